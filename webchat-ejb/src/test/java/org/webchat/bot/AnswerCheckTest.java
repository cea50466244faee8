package org.webchat.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BOT-01: how a bot checks a typed answer, and reads a service's answer. */
class AnswerCheckTest {

    @Test
    void anEmailHasOneAtAndADottedDomain() {
        assertTrue(AnswerCheck.EMAIL.accepts(" ana@example.com ", null));
        assertFalse(AnswerCheck.EMAIL.accepts("ana@example", null));
        assertFalse(AnswerCheck.EMAIL.accepts("ana @example.com", null));
        assertFalse(AnswerCheck.EMAIL.accepts("a@b@example.com", null));
    }

    @Test
    void aPhoneHasSixToTwentyDigitsWithItsUsualSigns() {
        assertTrue(AnswerCheck.PHONE.accepts("+34 (91) 123-45-67", null));
        assertFalse(AnswerCheck.PHONE.accepts("12345", null));
        assertFalse(AnswerCheck.PHONE.accepts("call me maybe", null));
    }

    @Test
    void aPatternMatchesTheWholeAnswerAndTooLongAnAnswerIsNotRead() {
        assertTrue(AnswerCheck.PATTERN.accepts("AB-1234", "[A-Z]{2}-[0-9]{4}"));
        assertFalse(AnswerCheck.PATTERN.accepts("xAB-1234", "[A-Z]{2}-[0-9]{4}"));
        assertFalse(AnswerCheck.NONE.accepts("x".repeat(AnswerCheck.MAX_ANSWER + 1), null));
        assertFalse(AnswerCheck.NONE.accepts("   ", null));
    }

    @Test
    void aServicesAnswerSetsVariablesAndSaysLinesAndAnUnreadableOneIsAFailure() {
        BotRun.ServiceAnswer answer = BotCalls.answer(
                "{\"variables\": {\"plan\": \"gold\", \"points\": 12, \"vip\": true, \"nested\": {}}, \"messages\": [\"Hi\"]}")
                .orElseThrow();
        assertEquals(Map.of("plan", "gold", "points", "12", "vip", "true"), answer.variables());
        assertEquals(List.of("Hi"), answer.messages());
        assertTrue(BotCalls.answer("").orElseThrow().variables().isEmpty(), "an empty body is an empty answer");
        assertTrue(BotCalls.answer("<html>").isEmpty());
        assertTrue(BotCalls.answer(null).isEmpty(), "a body too large to read");
    }
}
