package org.webchat.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15, point 5: what a start bot and a survey keep of their variables, shown apart in Recordings. */
class BotVariablesTest {

    private static Map<String, String> given() {
        Map<String, String> variables = BotVariables.of("Demo", 7, "ana@example.com", "", "Ana");
        variables.put(BotVariables.INITIAL_MESSAGE, "Sales");
        return variables;
    }

    @Test
    void aStartBotKeepsItsInitialMessageAndWhatItAskedNotTheInteractionsOwn() {
        Map<String, String> variables = given();
        variables.put("topic", "sales");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(BotVariables.INITIAL_MESSAGE, "Sales");
        expected.put("topic", "sales");
        assertEquals(expected, BotVariables.toKeep(BotState.Phase.START, variables, Map.of()));
    }

    @Test
    void aSurveyKeepsOnlyItsAnswersNotWhatTheStartBotCollected() {
        Map<String, String> startKept = Map.of(BotVariables.INITIAL_MESSAGE, "Sales", "topic", "sales",
                "mail", "ana@example.com");
        Map<String, String> variables = given(); // what the survey was given, as the engine begins it
        startKept.forEach(variables::putIfAbsent);
        variables.put("score", "5");
        variables.put("comment", "Quick and kind");
        variables.put("topic", "billing"); // asked again by the survey, answered otherwise: its answer
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("topic", "billing");
        expected.put("score", "5");
        expected.put("comment", "Quick and kind");
        assertEquals(expected, BotVariables.toKeep(BotState.Phase.END, variables, startKept));
    }

    @Test
    void aSurveyWithoutAStartBotKeepsNotTheCustomersFirstLine() {
        Map<String, String> variables = given();
        variables.put("score", "1");
        assertEquals(Map.of("score", "1"), BotVariables.toKeep(BotState.Phase.END, variables, Map.of()));
    }
}
