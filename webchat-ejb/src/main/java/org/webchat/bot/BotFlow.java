package org.webchat.bot;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A bot's flow (BOT-01): its steps in order, kept as JSON in {@link Bot#getFlowDefinition()}. {@link #parse} reads and
 * checks a flow: every jump lands on a step, every path from the first step can end (a transfer or an end), and no
 * loop runs without asking the customer something, so a flow that is accepted always finishes or waits for the
 * customer. The format:
 * <pre>
 * {"steps": [
 *   {"id": "hi", "type": "say", "text": {"es": "..", "en": "..", "pt": ".."}},
 *   {"id": "topic", "type": "ask", "text": {..}, "variable": "topic",
 *    "options": [{"value": "billing", "label": {..}}], "check": "none|email|phone|pattern", "pattern": "..",
 *    "retry": {..}, "attempts": 3, "onInvalid": "stepId"},
 *   {"id": "route", "type": "branch", "variable": "topic",
 *    "cases": [{"test": "equals|contains|matches|empty", "value": "billing", "goto": "stepId"}], "else": "stepId"},
 *   {"id": "crm", "type": "request", "url": "https://..", "timeoutSeconds": 5, "onError": "stepId"},
 *   {"id": "human", "type": "transfer", "campaign": 1, "agent": null, "summary": {..}},
 *   {"id": "bye", "type": "end", "text": {..}}
 * ]}
 * </pre>
 * Any step but transfer and end may name its {@code next}; without it, it goes on to the step below it.
 */
public record BotFlow(List<BotStep> steps) {

    public static final int MAX_STEPS = 200;
    private static final Pattern STEP_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final JsonProvider JSON = JsonProvider.provider();

    public BotFlow {
        steps = List.copyOf(steps);
    }

    /** The flow in {@code json}, checked; or why it cannot run. */
    public static BotFlow parse(String json) throws FlowRefused {
        if (json == null || json.isBlank()) {
            throw new FlowRefused("no-steps", null, null);
        }
        JsonObject root;
        try (var reader = JSON.createReader(new StringReader(json))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException notJson) {
            throw new FlowRefused("not-json", null, null);
        }
        if (!(root.get("steps") instanceof JsonArray array)) {
            throw new FlowRefused("no-steps", null, null);
        }
        List<BotStep> steps = new ArrayList<>();
        for (JsonValue value : array) {
            if (!(value instanceof JsonObject step)) {
                throw new FlowRefused("bad-step", null, null);
            }
            steps.add(step(step));
        }
        BotFlow flow = new BotFlow(steps);
        flow.check();
        return flow;
    }

    /** Checks a flow built in the editor, as {@link #parse} checks a stored one. */
    public BotFlow checked() throws FlowRefused {
        check();
        return this;
    }

    public BotStep first() {
        return steps.get(0);
    }

    /** The step called {@code id}, or null. */
    public BotStep step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** The id of the step below {@code step} in the flow, or null for the last. */
    public String following(BotStep step) {
        int at = steps.indexOf(step);
        return at + 1 < steps.size() ? steps.get(at + 1).id() : null;
    }

    private void check() throws FlowRefused {
        if (steps.isEmpty()) {
            throw new FlowRefused("no-steps", null, null);
        }
        if (steps.size() > MAX_STEPS) {
            throw new FlowRefused("too-many-steps", null, String.valueOf(MAX_STEPS));
        }
        Map<String, BotStep> byId = new HashMap<>();
        for (BotStep step : steps) {
            checkStep(step);
            if (byId.put(step.id(), step) != null) {
                throw new FlowRefused("duplicate-id", step.id(), step.id());
            }
        }
        Map<String, List<String>> edges = new HashMap<>();
        for (BotStep step : steps) {
            List<String> targets = step.targets(following(step));
            for (String target : targets) {
                if (!byId.containsKey(target)) {
                    throw new FlowRefused("dangling-target", step.id(), target);
                }
            }
            edges.put(step.id(), targets);
        }
        Set<String> reachable = reach(List.of(first().id()), edges);
        // Every reachable step can still end: walk back from the ends.
        Map<String, List<String>> back = new HashMap<>();
        edges.forEach((from, targets) -> targets.forEach(to -> back.computeIfAbsent(to, t -> new ArrayList<>()).add(from)));
        List<String> ends = steps.stream().filter(s -> s instanceof BotStep.Transfer || s instanceof BotStep.Finish)
                .map(BotStep::id).toList();
        Set<String> canEnd = reach(ends, back);
        for (BotStep step : steps) {
            if (reachable.contains(step.id()) && !canEnd.contains(step.id())) {
                throw new FlowRefused("never-ends", step.id(), null);
            }
        }
        // A loop must ask the customer something, or it would run for ever without anyone answering.
        Map<String, List<String>> unasked = new HashMap<>();
        edges.forEach((from, targets) -> unasked.put(from, byId.get(from) instanceof BotStep.Ask ? List.of() : targets));
        String looping = loopIn(unasked);
        if (looping != null) {
            throw new FlowRefused("loop-without-question", looping, null);
        }
    }

    private static void checkStep(BotStep step) throws FlowRefused {
        String id = step.id();
        if (step instanceof BotStep.Say say) {
            need(!say.text().isEmpty(), "text-required", id);
        } else if (step instanceof BotStep.Ask ask) {
            need(!ask.text().isEmpty(), "text-required", id);
            checkVariable(ask.variable(), id);
            need(ask.options().size() <= BotStep.Ask.MAX_OPTIONS, "too-many-options", id);
            for (BotStep.Option option : ask.options()) {
                need(!option.label().isEmpty(), "option-label-required", id);
                need(option.value() != null && !option.value().isBlank() && option.value().length() <= 200,
                        "option-value-required", id);
            }
            need(ask.attempts() >= 1 && ask.attempts() <= BotStep.Ask.MAX_ATTEMPTS, "bad-attempts", id);
            if (ask.check() == AnswerCheck.PATTERN) {
                checkPattern(ask.pattern(), id);
            }
        } else if (step instanceof BotStep.Branch branch) {
            checkVariable(branch.variable(), id);
            need(!branch.cases().isEmpty(), "case-required", id);
            for (BotStep.Case test : branch.cases()) {
                need(test.test() != null && test.target() != null, "bad-case", id);
                if (test.test() == BotStep.Test.MATCHES) {
                    checkPattern(test.value(), id);
                } else if (test.test() != BotStep.Test.EMPTY) {
                    need(test.value() != null && !test.value().isBlank(), "case-value-required", id);
                }
            }
        } else if (step instanceof BotStep.Request request) {
            need(isWebAddress(request.url()), "bad-url", id);
            need(request.timeoutSeconds() >= 1 && request.timeoutSeconds() <= BotStep.Request.MAX_TIMEOUT_SECONDS,
                    "bad-timeout", id);
        } else if (step instanceof BotStep.Transfer transfer) {
            need(transfer.campaignId() == null || transfer.agentId() == null, "one-target", id);
        }
    }

    /** The built-in variables (BOT-02) a bot may read but not ask into. */
    public static final Set<String> BUILT_IN = Set.of(BotVariables.CHANNEL, BotVariables.CAMPAIGN,
            BotVariables.INTERACTION, BotVariables.CUSTOMER, BotVariables.PHONE, BotVariables.NAME,
            BotVariables.INITIAL_MESSAGE);

    private static void checkVariable(String name, String id) throws FlowRefused {
        need(name != null && VARIABLE_NAME.matcher(name).matches(), "bad-variable", id);
    }

    private static void checkPattern(String pattern, String id) throws FlowRefused {
        try {
            AnswerCheck.compile(pattern);
        } catch (PatternSyntaxException bad) {
            throw new FlowRefused("bad-pattern", id, pattern);
        }
    }

    static boolean isWebAddress(String url) {
        if (url == null || url.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException bad) {
            return false;
        }
    }

    private static void need(boolean holds, String code, String id) throws FlowRefused {
        if (!holds) {
            throw new FlowRefused(code, id, null);
        }
    }

    private static Set<String> reach(List<String> from, Map<String, List<String>> edges) {
        Set<String> seen = new HashSet<>(from);
        List<String> todo = new ArrayList<>(from);
        while (!todo.isEmpty()) {
            for (String next : edges.getOrDefault(todo.remove(todo.size() - 1), List.of())) {
                if (seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        return seen;
    }

    /** A step on a cycle of {@code edges}, or null when there is none (depth-first, iterative). */
    private static String loopIn(Map<String, List<String>> edges) {
        Map<String, Integer> mark = new HashMap<>(); // 1: on the path, 2: done
        for (String start : edges.keySet()) {
            if (mark.containsKey(start)) {
                continue;
            }
            List<String> path = new ArrayList<>(List.of(start));
            List<Integer> index = new ArrayList<>(List.of(0));
            mark.put(start, 1);
            while (!path.isEmpty()) {
                int top = path.size() - 1;
                List<String> targets = edges.getOrDefault(path.get(top), List.of());
                int at = index.get(top);
                if (at == targets.size()) {
                    mark.put(path.remove(top), 2);
                    index.remove(top);
                    continue;
                }
                index.set(top, at + 1);
                String next = targets.get(at);
                Integer state = mark.get(next);
                if (state == null) {
                    mark.put(next, 1);
                    path.add(next);
                    index.add(0);
                } else if (state == 1) {
                    return next;
                }
            }
        }
        return null;
    }

    // ---- reading ----

    private static BotStep step(JsonObject json) throws FlowRefused {
        String id = string(json, "id");
        if (id == null || !STEP_ID.matcher(id).matches()) {
            throw new FlowRefused("bad-id", null, id);
        }
        String type = string(json, "type");
        String next = string(json, "next");
        return switch (type == null ? "" : type) {
            case "say" -> new BotStep.Say(id, LocalText.read(json.get("text")), next);
            case "ask" -> new BotStep.Ask(id, LocalText.read(json.get("text")), string(json, "variable"),
                    options(json, id), check(string(json, "check"), id), string(json, "pattern"),
                    LocalText.read(json.get("retry")), number(json, "attempts", 3), string(json, "onInvalid"), next);
            case "branch" -> new BotStep.Branch(id, string(json, "variable"), cases(json, id), string(json, "else"));
            case "request" -> new BotStep.Request(id, string(json, "url"), number(json, "timeoutSeconds", 5),
                    string(json, "onError"), next);
            case "transfer" -> new BotStep.Transfer(id, id(json, "campaign"), id(json, "agent"),
                    LocalText.read(json.get("summary")));
            case "end" -> new BotStep.Finish(id, LocalText.read(json.get("text")));
            default -> throw new FlowRefused("bad-type", id, type);
        };
    }

    private static List<BotStep.Option> options(JsonObject json, String id) throws FlowRefused {
        List<BotStep.Option> options = new ArrayList<>();
        if (json.get("options") instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (!(value instanceof JsonObject option)) {
                    throw new FlowRefused("option-label-required", id, null);
                }
                LocalText label = LocalText.read(option.get("label"));
                String kept = string(option, "value");
                options.add(new BotStep.Option(kept != null ? kept : label.in(org.webchat.campaign.Language.DEFAULT), label));
            }
        }
        return options;
    }

    private static List<BotStep.Case> cases(JsonObject json, String id) throws FlowRefused {
        List<BotStep.Case> cases = new ArrayList<>();
        if (json.get("cases") instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (!(value instanceof JsonObject test)) {
                    throw new FlowRefused("bad-case", id, null);
                }
                BotStep.Test kind;
                try {
                    kind = BotStep.Test.valueOf(String.valueOf(string(test, "test")).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException unknown) {
                    throw new FlowRefused("bad-case", id, string(test, "test"));
                }
                cases.add(new BotStep.Case(kind, string(test, "value"), string(test, "goto")));
            }
        }
        return cases;
    }

    private static AnswerCheck check(String name, String id) throws FlowRefused {
        try {
            return name == null ? AnswerCheck.NONE : AnswerCheck.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new FlowRefused("bad-check", id, name);
        }
    }

    private static String string(JsonObject json, String name) throws FlowRefused {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            String s = text.getString();
            return s.isBlank() ? null : s.length() > 2000 ? tooLong(name) : s;
        }
        throw new FlowRefused("bad-field", null, name);
    }

    private static String tooLong(String name) throws FlowRefused {
        throw new FlowRefused("text-too-long", null, name);
    }

    private static int number(JsonObject json, String name, int otherwise) throws FlowRefused {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return otherwise;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.intValue();
        }
        throw new FlowRefused("bad-field", null, name);
    }

    private static Long id(JsonObject json, String name) throws FlowRefused {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral() && number.longValue() > 0) {
            return number.longValue();
        }
        throw new FlowRefused("bad-field", null, name);
    }

    // ---- writing ----

    /** The flow in the format {@link #parse} reads. */
    public String toJson() {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (BotStep step : steps) {
            JsonObjectBuilder json = JSON.createObjectBuilder().add("id", step.id());
            if (step instanceof BotStep.Say say) {
                text(json.add("type", "say"), "text", say.text()).add("next", nullable(say.next()));
            } else if (step instanceof BotStep.Ask ask) {
                text(json.add("type", "ask"), "text", ask.text()).add("variable", ask.variable());
                JsonArrayBuilder options = JSON.createArrayBuilder();
                ask.options().forEach(o -> options.add(text(JSON.createObjectBuilder().add("value", o.value()),
                        "label", o.label())));
                json.add("options", options).add("check", ask.check().name().toLowerCase(Locale.ROOT))
                        .add("pattern", nullable(ask.pattern()));
                text(json, "retry", ask.retry()).add("attempts", ask.attempts())
                        .add("onInvalid", nullable(ask.onInvalid())).add("next", nullable(ask.next()));
            } else if (step instanceof BotStep.Branch branch) {
                JsonArrayBuilder cases = JSON.createArrayBuilder();
                branch.cases().forEach(c -> cases.add(JSON.createObjectBuilder()
                        .add("test", c.test().name().toLowerCase(Locale.ROOT)).add("value", nullable(c.value()))
                        .add("goto", c.target())));
                json.add("type", "branch").add("variable", branch.variable()).add("cases", cases)
                        .add("else", nullable(branch.otherwise()));
            } else if (step instanceof BotStep.Request request) {
                json.add("type", "request").add("url", request.url()).add("timeoutSeconds", request.timeoutSeconds())
                        .add("onError", nullable(request.onError())).add("next", nullable(request.next()));
            } else if (step instanceof BotStep.Transfer transfer) {
                json.add("type", "transfer")
                        .add("campaign", transfer.campaignId() == null ? JsonValue.NULL : JSON.createValue(transfer.campaignId()))
                        .add("agent", transfer.agentId() == null ? JsonValue.NULL : JSON.createValue(transfer.agentId()));
                text(json, "summary", transfer.summary());
            } else if (step instanceof BotStep.Finish finish) {
                text(json.add("type", "end"), "text", finish.text());
            }
            array.add(json);
        }
        return JSON.createObjectBuilder().add("steps", array).build().toString();
    }

    private static JsonObjectBuilder text(JsonObjectBuilder json, String name, LocalText text) {
        return json.add(name, text.write(JSON.createObjectBuilder()));
    }

    private static JsonValue nullable(String value) {
        return value == null ? JsonValue.NULL : JSON.createValue(value);
    }
}
