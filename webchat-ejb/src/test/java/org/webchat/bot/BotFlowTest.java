package org.webchat.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** BOT-01: a flow is refused when a jump lands nowhere, a path never ends, or a loop asks nothing. */
class BotFlowTest {

    static final String MENU = """
            {"steps": [
              {"id": "hi", "type": "say", "text": {"en": "Hello {name}", "es": "Hola {name}"}},
              {"id": "topic", "type": "ask", "text": {"en": "What about?"}, "variable": "topic",
               "options": [{"value": "billing", "label": {"en": "Billing", "es": "Facturación"}},
                           {"value": "other", "label": {"en": "Something else"}}]},
              {"id": "route", "type": "branch", "variable": "topic",
               "cases": [{"test": "equals", "value": "billing", "goto": "mail"}], "else": "human"},
              {"id": "mail", "type": "ask", "text": {"en": "Your e-mail?"}, "variable": "mail", "check": "email",
               "retry": {"en": "That is no e-mail address, again?"}, "attempts": 2},
              {"id": "human", "type": "transfer", "summary": {"en": "Topic {topic}, mail {mail}"}}
            ]}""";

    @Test
    void aFlowReadsAndWritesBackTheSame() throws FlowRefused {
        BotFlow flow = BotFlow.parse(MENU);
        assertEquals(5, flow.steps().size());
        assertEquals(flow, BotFlow.parse(flow.toJson()));
    }

    @Test
    void theDemosBotsAreFlowsThatCanRun() throws Exception {
        for (String demo : new String[] {"demo-assistant.json", "demo-survey.json"}) {
            try (var in = org.webchat.setup.DemoData.class.getResourceAsStream(demo)) {
                BotFlow flow = BotFlow.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                assertEquals(flow, BotFlow.parse(flow.toJson()), demo);
            }
        }
    }

    @Test
    void aJumpToNoStepIsRefusedNamingIt() {
        FlowRefused refused = assertThrows(FlowRefused.class, () -> BotFlow.parse(MENU.replace("\"goto\": \"mail\"",
                "\"goto\": \"nowhere\"")));
        assertEquals("dangling-target", refused.code());
        assertEquals("route", refused.stepId());
        assertEquals("nowhere", refused.detail());
    }

    @Test
    void aPathThatFallsOffTheEndIsRefused() {
        String flow = """
                {"steps": [{"id": "a", "type": "ask", "text": "?", "variable": "x"},
                           {"id": "b", "type": "say", "text": "bye"}]}""";
        assertEquals("never-ends", assertThrows(FlowRefused.class, () -> BotFlow.parse(flow)).code());
    }

    @Test
    void aLoopThatNeverReachesAnEndIsRefused() {
        String flow = """
                {"steps": [{"id": "a", "type": "ask", "text": "?", "variable": "x", "next": "a"},
                           {"id": "b", "type": "end"}]}""";
        assertEquals("never-ends", assertThrows(FlowRefused.class, () -> BotFlow.parse(flow)).code());
    }

    @Test
    void aLoopThatAsksNothingIsRefusedAndOneThatAsksIsAccepted() throws FlowRefused {
        String silent = """
                {"steps": [{"id": "a", "type": "say", "text": "hi"},
                           {"id": "b", "type": "branch", "variable": "x",
                            "cases": [{"test": "empty", "goto": "a"}], "else": "c"},
                           {"id": "c", "type": "end"}]}""";
        assertEquals("loop-without-question", assertThrows(FlowRefused.class, () -> BotFlow.parse(silent)).code());
        BotFlow.parse(silent.replace("{\"id\": \"a\", \"type\": \"say\", \"text\": \"hi\"}",
                "{\"id\": \"a\", \"type\": \"ask\", \"text\": \"hi\", \"variable\": \"x\"}"));
    }

    @Test
    void stepsAreCheckedOneByOne() {
        assertEquals("bad-pattern", refusal("""
                {"steps": [{"id": "a", "type": "ask", "text": "?", "variable": "x", "check": "pattern", "pattern": "(["},
                           {"id": "b", "type": "end"}]}"""));
        assertEquals("bad-url", refusal("""
                {"steps": [{"id": "a", "type": "request", "url": "file:///etc/passwd"}, {"id": "b", "type": "end"}]}"""));
        assertEquals("duplicate-id", refusal("""
                {"steps": [{"id": "a", "type": "say", "text": "x"}, {"id": "a", "type": "end"}]}"""));
        assertEquals("bad-type", refusal("{\"steps\": [{\"id\": \"a\", \"type\": \"dance\"}]}"));
        assertEquals("not-json", refusal("{steps"));
        assertEquals("no-steps", refusal("{\"steps\": []}"));
        assertEquals("text-required", refusal("{\"steps\": [{\"id\": \"a\", \"type\": \"say\"}, {\"id\": \"b\", \"type\": \"end\"}]}"));
        assertEquals("one-target", refusal("{\"steps\": [{\"id\": \"a\", \"type\": \"transfer\", \"campaign\": 1, \"agent\": 2}]}"));
    }

    private static String refusal(String json) {
        return assertThrows(FlowRefused.class, () -> BotFlow.parse(json)).code();
    }
}
