package org.webchat.bot;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongPredicate;
import org.webchat.agent.FormCheck;
import org.webchat.agent.NamedForm;
import org.webchat.campaign.Language;

/**
 * A bot as the administration's Bots page edits it (BOT-01, BOT-02): a unique name, the name customers read, FLOW or
 * ENDPOINT, enabled, its timeout in minutes (1 to 1440) with its message in each language, and either its flow's
 * steps as rows (added, removed, moved up and down, each with its fields) or its endpoint's URL. Every value is kept
 * as typed, so that a refused form comes back as it was sent. A flow is refused as {@link BotFlow#checked()} refuses
 * it (a jump to no step, a path that never ends...), the problem put on the step it is about.
 */
public class BotForm extends NamedForm {

    private static final long serialVersionUID = 1L;

    /** The step types in the flow's format, in the order the editor offers them. */
    public static final List<String> STEP_TYPES = List.of("say", "ask", "branch", "request", "transfer", "end");
    /** The longest timeout message in one language: the three are kept together in one column of 2000. */
    public static final int MAX_TIMEOUT_TEXT = 500;
    private static final int MAX_TIMEOUT_JSON = 2000;

    private String displayName = "";
    private String kind = BotKind.FLOW.name();
    private boolean enabled = true;
    private String timeoutMinutes = "5";
    private final Map<String, String> timeoutMessage = new HashMap<>();
    private String endpointUrl = "";
    private final List<StepRow> steps = new ArrayList<>();
    private boolean token;
    private boolean picture;

    private BotForm(Long id, String name) {
        super(id, name);
    }

    /** A new flow bot's form, with no steps yet. */
    public static BotForm blank() {
        return new BotForm(null, "");
    }

    /** The form of a stored bot. */
    public static BotForm of(Bot bot) {
        BotForm form = new BotForm(bot.getId(), bot.getName());
        form.displayName = bot.getDisplayName() == null ? "" : bot.getDisplayName();
        form.kind = bot.getKind().name();
        form.enabled = bot.isEnabled();
        form.timeoutMinutes = String.valueOf(bot.getTimeoutMinutes());
        LocalText message = timeoutText(bot.getTimeoutMessage());
        for (Language language : Language.values()) {
            form.timeoutMessage.put(language.code(), orEmpty(message.written(language)));
        }
        form.endpointUrl = bot.getEndpointUrl() == null ? "" : bot.getEndpointUrl();
        if (bot.getFlowDefinition() != null && !bot.getFlowDefinition().isBlank()) {
            try {
                BotFlow.parse(bot.getFlowDefinition()).steps().forEach(step -> form.steps.add(StepRow.of(step)));
            } catch (FlowRefused unreadable) {
                // A flow stored before today's rules: the editor starts it again rather than fail to open the bot.
            }
        }
        form.token = bot.getApiTokenHash() != null;
        form.picture = bot.getPicture().isPresent();
        return form;
    }

    /** A stored timeout message (BOT-02); one the engine could not read either shows empty, to be written again. */
    private static LocalText timeoutText(String stored) {
        try {
            return LocalText.parse(stored);
        } catch (FlowRefused unreadable) {
            return LocalText.empty();
        }
    }

    // ---- the steps, as the editor changes them ----

    /** Adds a step of {@code type} at the end, named by its type and the first free number (ask-2). */
    public StepRow addStep(String type) {
        if (!STEP_TYPES.contains(type)) {
            throw new IllegalArgumentException("no step type " + type);
        }
        int n = 1;
        while (stepIds().contains(type + "-" + n)) {
            n++;
        }
        StepRow row = new StepRow(type + "-" + n, type);
        steps.add(row);
        return row;
    }

    public void removeStep(int index) {
        steps.remove(index);
    }

    /** Moves a step {@code by} places (-1 up, +1 down); a jump names a step, so it still lands where it did. */
    public boolean moveStep(int index, int by) {
        int to = index + by;
        if (index < 0 || index >= steps.size() || to < 0 || to >= steps.size()) {
            return false;
        }
        steps.add(to, steps.remove(index));
        return true;
    }

    /** The ids of the steps, in order: what a jump may name. */
    public List<String> stepIds() {
        return steps.stream().map(StepRow::getId).toList();
    }

    // ---- the check ----

    /**
     * What is wrong with the form, but for a name another bot has (the administration checks that). A transfer
     * step's campaign and agent must pass {@code campaignAllowed} and {@code agentAllowed}: of the bot's security
     * group, and still there (ADM-02).
     */
    public FormCheck check(LongPredicate campaignAllowed, LongPredicate agentAllowed) {
        FormCheck check = new FormCheck();
        check.required("name", getName(), 100);
        check.optional("displayName", displayName, 100);
        BotKind botKind = kind();
        if (botKind == null) {
            check.add("kind", "admin.error.choose");
        }
        check.whole("timeoutMinutes", timeoutMinutes, 1, 1440);
        boolean any = false;
        for (Language language : Language.values()) {
            String text = FormCheck.trim(timeoutMessage.get(language.code()));
            check.optional("timeoutMessage." + language.code(), text, MAX_TIMEOUT_TEXT);
            any |= !text.isEmpty();
        }
        if (!any) {
            check.add("timeoutMessage.es", "admin.bots.error.timeoutMessage");
        } else if (timeoutJson().length() > MAX_TIMEOUT_JSON) {
            check.add("timeoutMessage.es", "admin.bots.error.timeoutMessageLong");
        }
        if (botKind == BotKind.ENDPOINT) {
            String url = FormCheck.trim(endpointUrl);
            if (url.isEmpty()) {
                check.add("endpointUrl", "admin.error.required");
            } else if (!BotFlow.isWebAddress(url)) {
                check.add("endpointUrl", "admin.bots.error.url");
            }
        } else if (botKind == BotKind.FLOW) {
            flow(check, campaignAllowed, agentAllowed);
        }
        return check;
    }

    /** The flow of the rows, checked; null after adding to {@code check} why it cannot be. */
    BotFlow flow(FormCheck check, LongPredicate campaignAllowed, LongPredicate agentAllowed) {
        int before = check.problems().size();
        List<BotStep> built = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            BotStep step = steps.get(i).toStep(check, "steps." + i);
            if (step != null) {
                built.add(step);
            }
        }
        if (check.problems().size() > before) {
            return null;
        }
        try {
            BotFlow flow = new BotFlow(built).checked();
            for (BotStep step : built) {
                if (step instanceof BotStep.Ask ask && BotFlow.BUILT_IN.contains(ask.variable())) {
                    throw new FlowRefused("builtin-variable", ask.id(), ask.variable());
                }
                if (step instanceof BotStep.Transfer transfer) {
                    // One answer for another group's and a missing one: the ids of other tenants tell nothing.
                    if (transfer.campaignId() != null && !campaignAllowed.test(transfer.campaignId())) {
                        throw new FlowRefused("campaign-outside-group", transfer.id(), String.valueOf(transfer.campaignId()));
                    }
                    if (transfer.agentId() != null && !agentAllowed.test(transfer.agentId())) {
                        throw new FlowRefused("agent-outside-group", transfer.id(), String.valueOf(transfer.agentId()));
                    }
                }
            }
            String json = flow.toJson();
            if (json.length() > Bot.MAX_FLOW_DEFINITION) {
                throw new FlowRefused("too-large", null, null);
            }
            return BotFlow.parse(json); // what the engine will read back
        } catch (FlowRefused refused) {
            refuse(check, refused);
            return null;
        }
    }

    /** Puts a refusal of the flow on the step it is about ({@code steps.2}), or on the flow as a whole. */
    private void refuse(FormCheck check, FlowRefused refused) {
        int at = refused.stepId() == null ? -1 : stepIds().indexOf(refused.stepId());
        check.add(at < 0 ? "flow" : "steps." + at, "admin.bots.flow." + refused.code(),
                refused.stepId() == null ? "" : refused.stepId(), refused.detail() == null ? "" : refused.detail());
    }

    /** Writes the form into the bot; the form must have passed {@link #check}. The token and picture are apart. */
    void applyTo(Bot bot) {
        bot.setName(getName().trim());
        String shown = FormCheck.trim(displayName);
        bot.setDisplayName(shown.isEmpty() ? null : shown);
        bot.setKind(kind());
        bot.setEnabled(enabled);
        bot.setTimeoutMinutes(Integer.parseInt(timeoutMinutes.trim()));
        bot.setTimeoutMessage(timeoutJson());
        if (kind() == BotKind.ENDPOINT) {
            bot.setEndpointUrl(endpointUrl.trim());
        } else {
            // Only a flow's steps are edited here; an endpoint bot keeps its earlier flow, if any, unseen.
            bot.setFlowDefinition(flow(new FormCheck(), id -> true, id -> true).toJson());
            bot.setEndpointUrl(null);
        }
    }

    private String timeoutJson() {
        return LocalText.of(timeoutMessage.get("es"), timeoutMessage.get("en"), timeoutMessage.get("pt")).toJson();
    }

    private BotKind kind() {
        try {
            return BotKind.valueOf(FormCheck.trim(kind));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public boolean isFlow() {
        return BotKind.FLOW.name().equals(kind);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getTimeoutMinutes() {
        return timeoutMinutes;
    }

    public void setTimeoutMinutes(String timeoutMinutes) {
        this.timeoutMinutes = timeoutMinutes;
    }

    /** The timeout message by language code (es, en, pt). */
    public Map<String, String> getTimeoutMessage() {
        return timeoutMessage;
    }

    public String getEndpointUrl() {
        return endpointUrl;
    }

    public void setEndpointUrl(String endpointUrl) {
        this.endpointUrl = endpointUrl;
    }

    public List<StepRow> getSteps() {
        return steps;
    }

    /** Whether the bot has an API token (only its hash is kept: the token itself was shown once). */
    public boolean isToken() {
        return token;
    }

    public boolean isPicture() {
        return picture;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Map<String, String> texts(LocalText text) {
        Map<String, String> texts = new HashMap<>();
        for (Language language : Language.values()) {
            texts.put(language.code(), orEmpty(text.written(language)));
        }
        return texts;
    }

    /** A text of the editor (by language code) as a step keeps it; null after adding why it cannot be. */
    private static LocalText local(Map<String, String> texts, FormCheck check, String field, String stepId) {
        Map<Language, String> kept = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String text = texts.get(language.code());
            if (text != null && text.strip().length() > LocalText.MAX_LENGTH) {
                check.add(field, "admin.bots.flow.text-too-long", stepId, LocalText.MAX_LENGTH);
                return null;
            }
            kept.put(language, text);
        }
        kept.values().removeIf(t -> t == null);
        return new LocalText(kept);
    }

    /** One step of the flow as the editor shows it: every field of every type, those of its type used. */
    public static class StepRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final String type;
        /** Say, ask and end: what the bot says; transfer: the summary the agent reads. By language code. */
        private final Map<String, String> text = new HashMap<>();
        private String variable = "";
        private final List<OptionRow> options = new ArrayList<>();
        private String check = AnswerCheck.NONE.name();
        private String pattern = "";
        private final Map<String, String> retry = new HashMap<>();
        private String attempts = "3";
        private String onInvalid = "";
        private String next = "";
        private final List<CaseRow> cases = new ArrayList<>();
        private String otherwise = "";
        private String url = "";
        private String timeoutSeconds = "5";
        private String onError = "";
        private String campaign = "";
        private String agent = "";

        public StepRow(String id, String type) {
            this.id = id;
            this.type = type;
            if (type.equals("branch")) {
                cases.add(new CaseRow());
            }
        }

        static StepRow of(BotStep step) {
            String type = step instanceof BotStep.Say ? "say" : step instanceof BotStep.Ask ? "ask"
                    : step instanceof BotStep.Branch ? "branch" : step instanceof BotStep.Request ? "request"
                    : step instanceof BotStep.Transfer ? "transfer" : "end";
            StepRow row = new StepRow(step.id(), type);
            row.cases.clear();
            if (step instanceof BotStep.Say say) {
                row.text.putAll(texts(say.text()));
                row.next = orEmpty(say.next());
            } else if (step instanceof BotStep.Ask ask) {
                row.text.putAll(texts(ask.text()));
                row.variable = orEmpty(ask.variable());
                ask.options().forEach(o -> row.options.add(new OptionRow(o.value(), texts(o.label()))));
                row.check = ask.check().name();
                row.pattern = orEmpty(ask.pattern());
                row.retry.putAll(texts(ask.retry()));
                row.attempts = String.valueOf(ask.attempts());
                row.onInvalid = orEmpty(ask.onInvalid());
                row.next = orEmpty(ask.next());
            } else if (step instanceof BotStep.Branch branch) {
                row.variable = orEmpty(branch.variable());
                branch.cases().forEach(c -> row.cases.add(new CaseRow(c.test().name(), orEmpty(c.value()), orEmpty(c.target()))));
                row.otherwise = orEmpty(branch.otherwise());
            } else if (step instanceof BotStep.Request request) {
                row.url = orEmpty(request.url());
                row.timeoutSeconds = String.valueOf(request.timeoutSeconds());
                row.onError = orEmpty(request.onError());
                row.next = orEmpty(request.next());
            } else if (step instanceof BotStep.Transfer transfer) {
                row.text.putAll(texts(transfer.summary()));
                row.campaign = transfer.campaignId() == null ? "" : String.valueOf(transfer.campaignId());
                row.agent = transfer.agentId() == null ? "" : String.valueOf(transfer.agentId());
            } else if (step instanceof BotStep.Finish finish) {
                row.text.putAll(texts(finish.text()));
            }
            return row;
        }

        /** The step of this row; null after adding to {@code check} what is wrong with a field ({@code at}). */
        BotStep toStep(FormCheck check, String at) {
            int before = check.problems().size();
            LocalText words = local(text, check, at, id);
            BotStep step = switch (type) {
                case "say" -> new BotStep.Say(id, words, blankToNull(next));
                case "ask" -> ask(check, at, words);
                case "branch" -> branch(check, at);
                case "request" -> {
                    Integer seconds = check.whole(at + ".timeoutSeconds", timeoutSeconds, 1, BotStep.Request.MAX_TIMEOUT_SECONDS);
                    yield seconds == null ? null : new BotStep.Request(id, FormCheck.trim(url), seconds, blankToNull(onError),
                            blankToNull(next));
                }
                case "transfer" -> new BotStep.Transfer(id, chosen(check, at + ".campaign", campaign),
                        chosen(check, at + ".agent", agent), words);
                case "end" -> new BotStep.Finish(id, words);
                default -> {
                    check.add(at, "admin.bots.flow.bad-type", id, type);
                    yield null;
                }
            };
            return check.problems().size() > before ? null : step;
        }

        private BotStep ask(FormCheck check, String at, LocalText words) {
            Integer times = check.whole(at + ".attempts", attempts, 1, BotStep.Ask.MAX_ATTEMPTS);
            AnswerCheck answerCheck;
            try {
                answerCheck = AnswerCheck.valueOf(FormCheck.trim(this.check).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                check.add(at + ".check", "admin.error.choose");
                return null;
            }
            List<BotStep.Option> kept = new ArrayList<>();
            for (OptionRow option : options) {
                LocalText label = local(option.labels, check, at, id);
                if (label != null) {
                    kept.add(new BotStep.Option(blankToNull(option.value), label));
                }
            }
            LocalText again = local(retry, check, at, id);
            if (times == null || words == null || again == null || kept.size() < options.size()) {
                return null;
            }
            return new BotStep.Ask(id, words, FormCheck.trim(variable), kept, answerCheck,
                    answerCheck == AnswerCheck.PATTERN ? blankToNull(pattern) : null, again, times, blankToNull(onInvalid),
                    blankToNull(next));
        }

        private BotStep branch(FormCheck check, String at) {
            List<BotStep.Case> kept = new ArrayList<>();
            for (CaseRow row : cases) {
                BotStep.Test test;
                try {
                    test = BotStep.Test.valueOf(FormCheck.trim(row.test).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException unknown) {
                    check.add(at, "admin.bots.flow.bad-case", id, "");
                    return null;
                }
                kept.add(new BotStep.Case(test, test == BotStep.Test.EMPTY ? null : blankToNull(row.value), blankToNull(row.target)));
            }
            return new BotStep.Branch(id, FormCheck.trim(variable), kept, blankToNull(otherwise));
        }

        private static Long chosen(FormCheck check, String field, String value) {
            String id = FormCheck.trim(value);
            if (id.isEmpty()) {
                return null;
            }
            if (!id.matches("[1-9][0-9]{0,17}")) {
                check.add(field, "admin.error.choose");
                return null;
            }
            return Long.parseLong(id);
        }

        public void addOption() {
            options.add(new OptionRow("", new HashMap<>()));
        }

        public void removeOption(int index) {
            options.remove(index);
        }

        public void addCase() {
            cases.add(new CaseRow());
        }

        public void removeCase(int index) {
            cases.remove(index);
        }

        public String getId() {
            return id;
        }

        public String getType() {
            return type;
        }

        public Map<String, String> getText() {
            return text;
        }

        public String getVariable() {
            return variable;
        }

        public void setVariable(String variable) {
            this.variable = variable;
        }

        public List<OptionRow> getOptions() {
            return options;
        }

        public String getCheck() {
            return check;
        }

        public void setCheck(String check) {
            this.check = check;
        }

        public String getPattern() {
            return pattern;
        }

        public void setPattern(String pattern) {
            this.pattern = pattern;
        }

        public Map<String, String> getRetry() {
            return retry;
        }

        public String getAttempts() {
            return attempts;
        }

        public void setAttempts(String attempts) {
            this.attempts = attempts;
        }

        public String getOnInvalid() {
            return onInvalid;
        }

        public void setOnInvalid(String onInvalid) {
            this.onInvalid = onInvalid;
        }

        public String getNext() {
            return next;
        }

        public void setNext(String next) {
            this.next = next;
        }

        public List<CaseRow> getCases() {
            return cases;
        }

        public String getOtherwise() {
            return otherwise;
        }

        public void setOtherwise(String otherwise) {
            this.otherwise = otherwise;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getTimeoutSeconds() {
            return timeoutSeconds;
        }

        public void setTimeoutSeconds(String timeoutSeconds) {
            this.timeoutSeconds = timeoutSeconds;
        }

        public String getOnError() {
            return onError;
        }

        public void setOnError(String onError) {
            this.onError = onError;
        }

        public String getCampaign() {
            return campaign;
        }

        public void setCampaign(String campaign) {
            this.campaign = campaign;
        }

        public String getAgent() {
            return agent;
        }

        public void setAgent(String agent) {
            this.agent = agent;
        }
    }

    /** A quick reply of an ask step: the value kept and the button's label by language code. */
    public static class OptionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String value;
        private final Map<String, String> labels;

        public OptionRow(String value, Map<String, String> labels) {
            this.value = value;
            this.labels = new HashMap<>(labels);
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public Map<String, String> getLabels() {
            return labels;
        }
    }

    /** A case of a branch step: its test (EQUALS, CONTAINS, MATCHES, EMPTY), the value it compares, its target. */
    public static class CaseRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String test;
        private String value;
        private String target;

        public CaseRow() {
            this(BotStep.Test.EQUALS.name(), "", "");
        }

        public CaseRow(String test, String value, String target) {
            this.test = test;
            this.value = value;
            this.target = target;
        }

        public String getTest() {
            return test;
        }

        public void setTest(String test) {
            this.test = test;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }
    }
}
