package org.webchat.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.webchat.campaign.Language;

/** BOT-01, BOT-02: a flow runs step by step, with its variables, branches and questions asked again. */
class BotRunTest {

    private final BotRun run;

    BotRunTest() throws FlowRefused {
        run = new BotRun(BotFlow.parse(BotFlowTest.MENU), Language.ES);
    }

    private static BotState fresh() {
        return BotState.starting(BotState.Phase.START, BotVariables.of("Ventas", 7, "ana@example.com", "", "Ana"), 0);
    }

    @Test
    void theStartGreetsWithTheBuiltInVariablesAndAsksWithButtonsInTheChatsLanguage() {
        BotRun.Turn turn = run.start(fresh());
        assertEquals("Hola Ana", turn.lines().get(0).text());
        assertEquals(List.of("Facturación", "Something else"), turn.lines().get(1).options());
        assertInstanceOf(BotRun.Wait.class, turn.next());
        assertEquals("topic", turn.state().step());
    }

    @Test
    void aButtonByLabelOrNumberKeepsTheOptionsValueAndTheBranchFollowsIt() {
        BotRun.Turn asked = run.start(fresh());
        BotRun.Turn billing = run.answer(asked.state(), " facturación ");
        assertEquals("billing", billing.state().variables().get("topic"));
        assertEquals("mail", billing.state().step());
        BotRun.Turn other = run.answer(asked.state(), "2");
        BotRun.HandOff handOff = assertInstanceOf(BotRun.HandOff.class, other.next());
        assertEquals("Topic other, mail", handOff.summary());
        assertEquals(null, handOff.reason());
    }

    @Test
    void aRefusedAnswerIsAskedAgainThenAPersonTakesOver() {
        BotState atMail = run.answer(run.start(fresh()).state(), "Billing").state();
        BotRun.Turn again = run.answer(atMail, "not an address");
        assertEquals("That is no e-mail address, again?", again.lines().get(0).text());
        assertEquals(1, again.state().attempts());
        BotRun.Turn givenUp = run.answer(again.state(), "still not");
        assertEquals(BotRun.Reason.NO_VALID_ANSWER, ((BotRun.HandOff) givenUp.next()).reason());
        BotRun.Turn good = run.answer(again.state(), "ana@example.com");
        assertEquals("Topic billing, mail ana@example.com", ((BotRun.HandOff) good.next()).summary());
    }

    @Test
    void aButtonQuestionRefusesAnAnswerThatIsNoOption() {
        BotRun.Turn turn = run.answer(run.start(fresh()).state(), "pizza");
        assertInstanceOf(BotRun.Wait.class, turn.next());
        assertEquals(List.of("Facturación", "Something else"), turn.lines().get(0).options());
    }

    @Test
    void aRequestStepWaitsForItsServiceWhoseAnswerSetsVariablesAndSpeaks() throws FlowRefused {
        BotRun withService = new BotRun(BotFlow.parse("""
                {"steps": [{"id": "crm", "type": "request", "url": "http://localhost/crm", "onError": "sorry"},
                           {"id": "tell", "type": "end", "text": "Plan {plan}"},
                           {"id": "sorry", "type": "end", "text": "Down"}]}"""), Language.EN);
        BotRun.Turn calling = withService.start(fresh());
        BotRun.Call call = assertInstanceOf(BotRun.Call.class, calling.next());
        assertEquals(call.request(), calling.state().request());
        assertTrue(BotRun.ignores(calling.state()));
        BotRun.Turn done = withService.answered(calling.state(),
                new BotRun.ServiceAnswer(Map.of("plan", "gold", "name", "Mallory"), List.of("Found you")));
        assertEquals(List.of("Found you", "Plan gold"), done.lines().stream().map(BotRun.Line::text).toList());
        assertEquals("Ana", done.state().variables().get("name"), "a service cannot overwrite a built-in variable");
        assertInstanceOf(BotRun.Finish.class, done.next());
        assertEquals("Down", withService.failed(calling.state(), "HTTP 503").lines().get(0).text());
    }

    @Test
    void stateSurvivesItsStoredForm() {
        BotState state = run.answer(run.start(fresh()).state(), "Billing").state().seen(4);
        assertEquals(state, BotState.parse(state.toJson()));
    }
}
