package org.webchat.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.webchat.campaign.Language;

/**
 * Runs a bot flow (BOT-01) one event at a time: the start, an answer of the customer, or the outcome of a request
 * step. Plain Java: it reads the flow and the state and says what to do (the lines to say, then wait, call a
 * service, hand off or finish) with the state to keep; the engine stores and sends.
 */
public final class BotRun {

    /** Steps run for one event at most: a guard, as {@link BotFlow} already refuses loops that ask nothing. */
    static final int MAX_STEPS_PER_TURN = 500;

    /** A line the bot says, with its quick replies (labels in the chat's language; empty: none). */
    public record Line(String text, List<String> options) {
        public Line {
            options = List.copyOf(options);
        }
    }

    /** What the engine does after the lines. */
    public sealed interface Next {
    }

    /** Waits for the customer's answer. */
    public record Wait() implements Next {
    }

    /** POSTs the variables to {@code url}; the answer comes back as {@link #answered} or {@link #failed}. */
    public record Call(String url, int timeoutSeconds, String request) implements Next {
    }

    /**
     * Hands the chat to a person: campaign {@code campaignId} (null: its own) or agent {@code agentId}; {@code summary}
     * for the agent (may be empty); {@code reason}: why, when the flow did not choose it (null when it did).
     */
    public record HandOff(Long campaignId, Long agentId, String summary, Reason reason, String detail) implements Next {
    }

    /** Ends the interaction (BOT-02). */
    public record Finish() implements Next {
    }

    /** Why a bot handed a chat to a person without a transfer step saying so. */
    public enum Reason {
        /** The customer gave no valid answer in the attempts allowed. */
        NO_VALID_ANSWER,
        /** A service did not answer well (detail: how). */
        SERVICE_FAILED,
        /** The customer asked for a person. */
        PERSON_ASKED,
        /** The flow ran too many steps without the customer. */
        RUNAWAY,
        /** The bot's flow or service could not be used (detail: how). */
        BOT_BROKEN
    }

    /** What to say and do after an event, and the state to keep. */
    public record Turn(List<Line> lines, Next next, BotState state) {
        public Turn {
            lines = List.copyOf(lines);
        }
    }

    /** A service's answer to a request step: variables to set and messages to say. */
    public record ServiceAnswer(Map<String, String> variables, List<String> messages) {
    }

    private final BotFlow flow;
    private final Language language;

    public BotRun(BotFlow flow, Language language) {
        this.flow = flow;
        this.language = language;
    }

    /** The bot starts: from the first step. */
    public Turn start(BotState state) {
        return run(flow.first().id(), state, new ArrayList<>());
    }

    /** The customer wrote {@code text} while the bot waited at a question (other moments: see {@link #ignores}). */
    public Turn answer(BotState state, String text) {
        BotStep.Ask ask = (BotStep.Ask) flow.step(state.step());
        String value = accepted(ask, text == null ? "" : text);
        List<Line> lines = new ArrayList<>();
        if (value != null) {
            return run(nextOf(ask), state.with(ask.variable(), value), lines);
        }
        int attempts = state.attempts() + 1;
        if (attempts >= ask.attempts()) {
            if (ask.onInvalid() != null) {
                return run(ask.onInvalid(), state, lines);
            }
            return new Turn(lines, new HandOff(null, null, "", Reason.NO_VALID_ANSWER, null), state);
        }
        LocalText again = ask.retry().isEmpty() ? ask.text() : ask.retry();
        lines.add(new Line(again.in(language, state.variables()), labels(ask)));
        return new Turn(lines, new Wait(), state.at(ask.id(), BotState.Waiting.ANSWER, attempts, state.variables(), null));
    }

    /** Whether the bot takes no answer now: it waits for a service, not for the customer. */
    public static boolean ignores(BotState state) {
        return state.waiting() != BotState.Waiting.ANSWER || state.step() == null;
    }

    /** The request step's service answered {@code request}. */
    public Turn answered(BotState state, ServiceAnswer answer) {
        BotStep.Request step = (BotStep.Request) flow.step(state.step());
        BotState next = state;
        for (Map.Entry<String, String> variable : answer.variables().entrySet()) {
            if (BotVariables.isName(variable.getKey()) && !BotFlow.BUILT_IN.contains(variable.getKey())) {
                next = next.with(variable.getKey(), variable.getValue());
            }
        }
        List<Line> lines = new ArrayList<>();
        answer.messages().stream().filter(m -> m != null && !m.isBlank()).limit(10)
                .forEach(m -> lines.add(new Line(BotVariables.kept(m.strip()), List.of())));
        return run(nextOf(step), next, lines);
    }

    /** The request step's service failed ({@code how}: a timeout, a status), after its retries. */
    public Turn failed(BotState state, String how) {
        BotStep.Request step = (BotStep.Request) flow.step(state.step());
        if (step.onError() != null) {
            return run(step.onError(), state, new ArrayList<>());
        }
        return new Turn(List.of(), new HandOff(null, null, "", Reason.SERVICE_FAILED, how), state);
    }

    private Turn run(String from, BotState state, List<Line> lines) {
        String at = from;
        for (int steps = 0; steps < MAX_STEPS_PER_TURN; steps++) {
            BotStep step = flow.step(at);
            Map<String, String> variables = state.variables();
            if (step instanceof BotStep.Say say) {
                lines.add(new Line(say.text().in(language, variables), List.of()));
                at = nextOf(say);
            } else if (step instanceof BotStep.Ask ask) {
                lines.add(new Line(ask.text().in(language, variables), labels(ask)));
                return new Turn(lines, new Wait(), state.at(ask.id(), BotState.Waiting.ANSWER, 0, variables, null));
            } else if (step instanceof BotStep.Branch branch) {
                at = branch(branch, variables.getOrDefault(branch.variable(), ""));
            } else if (step instanceof BotStep.Request request) {
                String id = UUID.randomUUID().toString();
                return new Turn(lines, new Call(request.url(), request.timeoutSeconds(), id),
                        state.at(request.id(), BotState.Waiting.SERVICE, 0, variables, id));
            } else if (step instanceof BotStep.Transfer transfer) {
                return new Turn(lines, new HandOff(transfer.campaignId(), transfer.agentId(),
                        transfer.summary().in(language, variables), null, null), state.at(transfer.id(),
                        BotState.Waiting.ANSWER, 0, variables, null));
            } else if (step instanceof BotStep.Finish finish) {
                if (!finish.text().isEmpty()) {
                    lines.add(new Line(finish.text().in(language, variables), List.of()));
                }
                return new Turn(lines, new Finish(), state.at(finish.id(), BotState.Waiting.ANSWER, 0, variables, null));
            } else {
                // A step the flow no longer has (edited while this chat ran): a person takes over.
                return new Turn(lines, new HandOff(null, null, "", Reason.BOT_BROKEN, at), state);
            }
        }
        return new Turn(lines, new HandOff(null, null, "", Reason.RUNAWAY, null), state);
    }

    private String nextOf(BotStep step) {
        return step.targets(flow.following(step)).get(0);
    }

    private String branch(BotStep.Branch branch, String value) {
        String text = value.strip();
        for (BotStep.Case test : branch.cases()) {
            boolean holds = switch (test.test()) {
                case EQUALS -> text.equalsIgnoreCase(test.value().strip());
                case CONTAINS -> text.toLowerCase(Locale.ROOT).contains(test.value().strip().toLowerCase(Locale.ROOT));
                case MATCHES -> AnswerCheck.compile(test.value()).matcher(text).matches();
                case EMPTY -> text.isEmpty();
            };
            if (holds) {
                return test.target();
            }
        }
        return branch.otherwise() != null ? branch.otherwise() : flow.following(branch);
    }

    /** The value an answer gives the question's variable, or null when it is refused. */
    private static String accepted(BotStep.Ask ask, String text) {
        if (text.length() > AnswerCheck.MAX_ANSWER) {
            return null;
        }
        String answer = text.strip();
        if (!ask.options().isEmpty()) {
            List<BotStep.Option> options = ask.options();
            for (int i = 0; i < options.size(); i++) {
                BotStep.Option option = options.get(i);
                if (option.label().matches(answer) || option.value().equalsIgnoreCase(answer)
                        || answer.equals(String.valueOf(i + 1))) {
                    return option.value();
                }
            }
            return null;
        }
        return ask.check().accepts(answer, ask.pattern()) ? answer : null;
    }

    private List<String> labels(BotStep.Ask ask) {
        return ask.options().stream().map(o -> o.label().in(language)).toList();
    }
}
