package org.webchat.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.webchat.agent.FormCheck;
import org.webchat.agent.SecurityGroup;
import org.webchat.bot.BotForm.StepRow;
import org.webchat.campaign.Language;

/** The rules of the Bots page's form (BOT-01, BOT-02): what it stores, what it refuses and where it says so. */
class BotFormTest {

    private static final LongPredicate ANY = id -> true;
    private static final SecurityGroup GROUP = new SecurityGroup("Demo", null);

    /** A flow bot that greets, asks with two buttons, branches on the answer and transfers or ends. */
    private static BotForm greeter() {
        BotForm form = BotForm.blank();
        form.setName("Greeter");
        form.getTimeoutMessage().put("en", "Bye for now.");
        form.addStep("say").getText().put("en", "Hello {name}!");
        StepRow ask = form.addStep("ask");
        ask.getText().put("es", "¿Qué necesita?");
        ask.setVariable("topic");
        ask.addOption();
        ask.getOptions().get(0).setValue("billing");
        ask.getOptions().get(0).getLabels().put("en", "Billing");
        ask.addOption();
        ask.getOptions().get(1).setValue("support");
        ask.getOptions().get(1).getLabels().put("en", "Support");
        StepRow branch = form.addStep("branch");
        branch.setVariable("topic");
        branch.getCases().get(0).setValue("billing");
        branch.getCases().get(0).setTarget("transfer-1");
        branch.setOtherwise("end-1");
        form.addStep("transfer").getText().put("en", "Wants billing");
        form.addStep("end").getText().put("pt", "Tchau");
        return form;
    }

    private static List<FormCheck.Problem> problems(BotForm form) {
        return form.check(ANY, ANY).problems();
    }

    private static FormCheck.Problem only(BotForm form) {
        List<FormCheck.Problem> problems = problems(form);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void stepsAreNamedByTheirTypeAndTheFirstFreeNumber() {
        BotForm form = greeter();
        assertEquals(List.of("say-1", "ask-1", "branch-1", "transfer-1", "end-1"), form.stepIds());
        form.removeStep(0);
        assertEquals("say-1", form.addStep("say").getId());
        assertEquals("say-2", form.addStep("say").getId());
    }

    @Test
    void aGoodFlowIsStoredAsTheEngineReadsItBack() throws FlowRefused {
        BotForm form = greeter();
        assertEquals(List.of(), problems(form));
        Bot bot = new Bot("x", BotKind.ENDPOINT, GROUP);
        form.applyTo(bot);
        assertEquals("Greeter", bot.getName());
        assertEquals(BotKind.FLOW, bot.getKind());
        assertEquals(null, bot.getEndpointUrl());
        BotFlow flow = BotFlow.parse(bot.getFlowDefinition());
        assertEquals(5, flow.steps().size());
        BotStep.Ask ask = (BotStep.Ask) flow.step("ask-1");
        assertEquals(List.of("billing", "support"), ask.options().stream().map(BotStep.Option::value).toList());
        assertEquals("Support", ask.options().get(1).label().in(Language.EN));
        assertEquals("Bye for now.", LocalText.parse(bot.getTimeoutMessage()).in(Language.EN));
    }

    @Test
    void aStoredBotReopensWithEveryValue() {
        Bot bot = new Bot("x", BotKind.FLOW, GROUP);
        greeter().applyTo(bot);
        BotForm again = BotForm.of(bot);
        assertEquals(greeter().stepIds(), again.stepIds());
        StepRow branch = again.getSteps().get(2);
        assertEquals("transfer-1", branch.getCases().get(0).getTarget());
        assertEquals("end-1", branch.getOtherwise());
        assertEquals("Billing", again.getSteps().get(1).getOptions().get(0).getLabels().get("en"));
        assertEquals("Bye for now.", again.getTimeoutMessage().get("en"));
        assertEquals("", again.getTimeoutMessage().get("es"));
    }

    @Test
    void movingAStepKeepsItsIdSoJumpsStillLandOnIt() {
        BotForm form = greeter();
        assertTrue(form.moveStep(4, -1));
        assertEquals(List.of("say-1", "ask-1", "branch-1", "end-1", "transfer-1"), form.stepIds());
        assertFalse(form.moveStep(0, -1), "the first step cannot go up");
        assertFalse(form.moveStep(4, 1), "the last step cannot go down");
        assertEquals(List.of(), problems(form));
    }

    @Test
    void aDanglingBranchTargetIsRefusedOnItsStep() {
        BotForm form = greeter();
        form.getSteps().get(2).getCases().get(0).setTarget("nowhere");
        FormCheck.Problem problem = only(form);
        assertEquals("steps.2", problem.field());
        assertEquals("admin.bots.flow.dangling-target", problem.key());
        assertEquals(List.of("branch-1", "nowhere"), problem.args());
    }

    @Test
    void aPathThatNeverEndsIsRefused() {
        BotForm form = greeter();
        form.getSteps().get(2).setOtherwise("ask-1"); // asks again and again when the answer is not billing...
        form.getSteps().get(2).getCases().get(0).setTarget("say-1"); // ...and greets again when it is
        assertEquals(new FormCheck.Problem("steps.0", "admin.bots.flow.never-ends", List.of("say-1", "")), only(form));
        BotForm loop = BotForm.blank();
        loop.setName("Loop");
        loop.getTimeoutMessage().put("es", "Adiós");
        loop.addStep("say").getText().put("es", "Hola");
        loop.getSteps().get(0).setNext("say-1");
        assertEquals("admin.bots.flow.never-ends", only(loop).key());
    }

    @Test
    void aTransferToACampaignOrAgentOutsideTheBotsGroupIsRefused() {
        BotForm form = greeter();
        form.getSteps().get(3).setCampaign("215200");
        FormCheck.Problem problem = form.check(id -> false, ANY).problems().get(0);
        assertEquals("admin.bots.flow.campaign-outside-group", problem.key());
        assertEquals(List.of("transfer-1", "215200"), problem.args());
        form.getSteps().get(3).setCampaign("");
        form.getSteps().get(3).setAgent("7");
        assertEquals("admin.bots.flow.agent-outside-group", form.check(ANY, id -> false).problems().get(0).key());
        form.getSteps().get(3).setCampaign("215200");
        assertEquals("admin.bots.flow.one-target", problems(form).get(0).key());
        form.getSteps().get(3).setAgent("x");
        assertEquals(new FormCheck.Problem("steps.3.agent", "admin.error.choose", List.of()), only(form));
    }

    @Test
    void eachFieldIsCheckedBesideItsStep() {
        BotForm form = greeter();
        form.getSteps().get(1).setAttempts("0");
        assertEquals("steps.1.attempts", only(form).field());
        form.getSteps().get(1).setAttempts("2");
        form.getSteps().get(1).setVariable("2fast");
        assertEquals("admin.bots.flow.bad-variable", only(form).key());
        form.getSteps().get(1).setVariable("name");
        assertEquals("admin.bots.flow.builtin-variable", only(form).key());
        form.getSteps().get(1).setVariable("topic");
        form.getSteps().get(1).setCheck("PATTERN");
        form.getSteps().get(1).setPattern("([a-z");
        assertEquals("admin.bots.flow.bad-pattern", only(form).key());
        form.getSteps().get(1).setPattern("[0-9]{4}");
        form.getSteps().get(1).getOptions().get(0).getLabels().clear();
        assertEquals("admin.bots.flow.option-label-required", only(form).key());
        form.getSteps().get(1).removeOption(0);
        form.getSteps().get(0).getText().put("en", "x".repeat(LocalText.MAX_LENGTH + 1));
        assertEquals(new FormCheck.Problem("steps.0", "admin.bots.flow.text-too-long", List.of("say-1", "2000")), only(form));
        form.getSteps().get(0).getText().put("en", " ");
        assertEquals("admin.bots.flow.text-required", only(form).key());
    }

    @Test
    void aFlowWithNoStepsIsRefusedAsAWhole() {
        BotForm form = BotForm.blank();
        form.setName("Empty");
        form.getTimeoutMessage().put("es", "Adiós");
        assertEquals(new FormCheck.Problem("flow", "admin.bots.flow.no-steps", List.of("", "")), only(form));
    }

    @Test
    void theBotsOwnFieldsAreChecked() {
        BotForm form = greeter();
        form.setName(" ");
        form.setTimeoutMinutes("1441");
        form.getTimeoutMessage().clear();
        form.setKind("ROBOT");
        List<String> fields = problems(form).stream().map(FormCheck.Problem::field).toList();
        assertEquals(List.of("name", "kind", "timeoutMinutes", "timeoutMessage.es"), fields);
        form.getTimeoutMessage().putAll(Map.of("es", "\"".repeat(400), "en", "\"".repeat(400), "pt", "\"".repeat(400)));
        form.setName("Quotes");
        form.setKind("FLOW");
        form.setTimeoutMinutes("1440");
        assertEquals("admin.bots.error.timeoutMessageLong", only(form).key(), "three escaped texts overflow the column");
    }

    @Test
    void anEndpointBotNeedsAWebAddressAndKeepsNoSteps() {
        BotForm form = greeter();
        form.setKind("ENDPOINT");
        assertEquals("endpointUrl", only(form).field());
        form.setEndpointUrl("ftp://bots.example.com");
        assertEquals("admin.bots.error.url", only(form).key());
        form.setEndpointUrl("https://bots.example.com/hook");
        form.getSteps().get(2).getCases().get(0).setTarget("nowhere"); // not checked: an endpoint bot runs no steps
        assertEquals(List.of(), problems(form));
        Bot bot = new Bot("x", BotKind.FLOW, GROUP);
        form.applyTo(bot);
        assertEquals(BotKind.ENDPOINT, bot.getKind());
        assertEquals("https://bots.example.com/hook", bot.getEndpointUrl());
        assertNotNull(bot.getTimeoutMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo-assistant.json", "demo-survey.json"})
    void theDemoBotsOpenInTheEditorAndSaveBackTheSameFlow(String demo) throws Exception {
        String json;
        try (var in = BotFormTest.class.getResourceAsStream("/org/webchat/setup/" + demo)) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Bot bot = new Bot("Demo", BotKind.FLOW, GROUP);
        bot.setFlowDefinition(json);
        bot.setTimeoutMessage(LocalText.of("Adiós", null, null).toJson());
        BotForm form = BotForm.of(bot);
        assertEquals(List.of(), problems(form), "the administrator can save the demo as it is");
        form.applyTo(bot);
        assertEquals(BotFlow.parse(json).toJson(), bot.getFlowDefinition());
    }
}
