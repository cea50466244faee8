package org.webchat.bot;

import java.util.List;
import java.util.stream.Stream;

/**
 * One step of a bot flow (BOT-01). A step that does not end the bot goes on to {@code next}, or, when that is null,
 * to the step after it in the flow. Step ids are the flow's own names, used by jumps.
 */
public sealed interface BotStep {

    String id();

    /** The steps this one may go on to; {@code following} is the step after it in the flow (null: none). */
    List<String> targets(String following);

    /** Says a text. */
    record Say(String id, LocalText text, String next) implements BotStep {
        public List<String> targets(String following) {
            return orFollowing(next, following);
        }
    }

    /**
     * Asks, and keeps the answer in {@code variable}: one of the {@code options} (quick replies; the value kept is the
     * option's), or a typed answer that passes {@code check}. A refused answer is asked again with {@code retry} (or
     * the question), up to {@code attempts} times; then the bot goes to {@code onInvalid}, or hands the chat to a
     * person when there is none.
     */
    record Ask(String id, LocalText text, String variable, List<Option> options, AnswerCheck check, String pattern,
               LocalText retry, int attempts, String onInvalid, String next) implements BotStep {
        public static final int MAX_ATTEMPTS = 10;
        public static final int MAX_OPTIONS = 10;

        public Ask {
            options = List.copyOf(options);
        }

        public List<String> targets(String following) {
            return Stream.concat(orFollowing(next, following).stream(), Stream.ofNullable(onInvalid)).toList();
        }
    }

    /** A quick reply: the button's label in each language, and the value kept when the customer chooses it. */
    record Option(String value, LocalText label) {
    }

    /** Goes to the target of the first case that holds for the variable, else to {@code otherwise} (or the next). */
    record Branch(String id, String variable, List<Case> cases, String otherwise) implements BotStep {
        public Branch {
            cases = List.copyOf(cases);
        }

        public List<String> targets(String following) {
            return Stream.concat(cases.stream().map(Case::target), orFollowing(otherwise, following).stream()).toList();
        }
    }

    /** A test of a branch: {@code value} is what EQUALS and CONTAINS compare with and the pattern of MATCHES. */
    record Case(Test test, String value, String target) {
    }

    enum Test {
        /** Equal, ignoring case and surrounding blanks. */
        EQUALS,
        /** Contains, ignoring case. */
        CONTAINS,
        /** The whole value matches the regular expression. */
        MATCHES,
        /** Empty or unset. */
        EMPTY
    }

    /**
     * POSTs the variables as JSON to {@code url}; the answer ({@code {"variables": {..}, "messages": [..]}}) may set
     * variables and say messages. A failure (no answer in {@code timeoutSeconds}, a status that is not 2xx) goes to
     * {@code onError}, or hands the chat to a person with the reason when there is none.
     */
    record Request(String id, String url, int timeoutSeconds, String onError, String next) implements BotStep {
        public static final int MAX_TIMEOUT_SECONDS = 30;

        public List<String> targets(String following) {
            return Stream.concat(orFollowing(next, following).stream(), Stream.ofNullable(onError)).toList();
        }
    }

    /**
     * Hands the chat to a person: the queue of campaign {@code campaignId} (null: the chat's own campaign), or agent
     * {@code agentId} when it can take it now. The agent reads {@code summary}.
     */
    record Transfer(String id, Long campaignId, Long agentId, LocalText summary) implements BotStep {
        public List<String> targets(String following) {
            return List.of();
        }
    }

    /** Says its text (if any) and ends the interaction (BOT-02). */
    record Finish(String id, LocalText text) implements BotStep {
        public List<String> targets(String following) {
            return List.of();
        }
    }

    private static List<String> orFollowing(String next, String following) {
        String target = next != null ? next : following;
        return target == null ? List.of() : List.of(target);
    }
}
