package org.webchat.chat;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The customer socket's frames: what is accepted, and a clear refusal for everything else (issue 3). */
class FrameReaderTest {

    private static String refusal(String frame) {
        return assertThrows(BadFrame.class, () -> FrameReader.customer(frame)).code();
    }

    @Test
    void aHelloCarriesTheCampaignTheCustomerAndTheResumePoint() throws BadFrame {
        CustomerFrame.Hello hello = (CustomerFrame.Hello) FrameReader.customer("""
                {"type":"hello","v":1,"campaign":7,"token":"abc_DEF-123","lastSeq":12,"name":"Ana",
                 "email":"ana@example.com","phone":"+54 11 5555","language":"pt-BR","pageUrl":"https://shop.example.com/x"}""");
        assertEquals(7, hello.campaignId());
        assertEquals("abc_DEF-123", hello.token());
        assertEquals(12, hello.lastSeq());
        assertEquals("pt", hello.language());
        assertEquals("https://shop.example.com/x", hello.pageUrl());
    }

    @Test
    void anUnknownLanguageIsLeftToTheCampaignsDefault() throws BadFrame {
        CustomerFrame.Hello hello = (CustomerFrame.Hello) FrameReader.customer("{\"type\":\"hello\",\"v\":1,\"campaign\":1,\"name\":\"Ana\",\"language\":\"de\"}");
        assertNull(hello.language());
    }

    @Test
    void messageTextIsKeptExactlyAsTyped() throws BadFrame {
        CustomerFrame.Message message = (CustomerFrame.Message) FrameReader.customer(
                "{\"type\":\"message\",\"clientId\":\"m-1\",\"text\":\"<b>hi</b> & 👋\"}");
        assertEquals("<b>hi</b> & 👋", message.text());
        assertEquals("m-1", message.clientId());
    }

    @Test
    void theOtherFramesAreRead() throws BadFrame {
        assertInstanceOf(CustomerFrame.Ping.class, FrameReader.customer("{\"type\":\"ping\"}"));
        assertInstanceOf(CustomerFrame.End.class, FrameReader.customer("{\"type\":\"end\"}"));
        assertEquals(new CustomerFrame.Typing(true), FrameReader.customer("{\"type\":\"typing\",\"typing\":true}"));
        assertEquals(new CustomerFrame.Feedback(5, "great"), FrameReader.customer("{\"type\":\"feedback\",\"rating\":5,\"comment\":\"great\"}"));
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource(delimiter = '|', value = {
            "not json                                                  | bad-json",
            "[1,2]                                                     | bad-json",
            "{}                                                        | missing-field",
            "{\"type\":\"dance\"}                                      | unknown-type",
            "{\"type\":\"message\",\"text\":\"hi\"}                    | missing-field",
            "{\"type\":\"message\",\"clientId\":\"a b\",\"text\":\"x\"} | bad-field",
            "{\"type\":\"message\",\"clientId\":\"a\",\"text\":\"  \"} | bad-field",
            "{\"type\":\"message\",\"clientId\":\"a\",\"text\":7}      | bad-field",
            "{\"type\":\"hello\",\"v\":2,\"campaign\":1}               | bad-field",
            "{\"type\":\"hello\",\"v\":1,\"campaign\":0}               | bad-field",
            "{\"type\":\"hello\",\"v\":1,\"campaign\":1,\"email\":\"x\"} | bad-email",
            "{\"type\":\"hello\",\"v\":1,\"campaign\":1,\"name\":\"A\",\"pageUrl\":\"javascript:alert(1)\"} | bad-field",
            "{\"type\":\"feedback\",\"rating\":6}                      | bad-field",
            "{\"type\":\"typing\",\"typing\":\"yes\"}                  | bad-field"})
    void malformedFramesAreRefusedWithACode(String frame, String code) {
        assertEquals(code, refusal(frame));
    }

    @Test
    void anOversizedTextIsRefused() {
        String text = "x".repeat(FrameReader.MAX_TEXT + 1);
        assertEquals("too-long", refusal("{\"type\":\"message\",\"clientId\":\"a\",\"text\":\"" + text + "\"}"));
    }

    @Test
    void anOversizedFrameIsRefusedBeforeReadingIt() {
        assertEquals("too-big", refusal("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(FrameReader.MAX_FRAME) + "\"}"));
    }

    @Test
    void theAgentAnswersOffersAndReportsItsCalls() throws BadFrame {
        assertEquals(new AgentFrame.Accept(12), FrameReader.agent("{\"type\":\"accept\",\"interaction\":12}"));
        assertEquals(new AgentFrame.Decline(12), FrameReader.agent("{\"type\":\"decline\",\"interaction\":12}"));
        assertEquals(new AgentFrame.Call(true), FrameReader.agent("{\"type\":\"call\",\"onCall\":true}"));
        assertEquals(new AgentFrame.State(null), FrameReader.agent("{\"type\":\"state\"}"));
    }

    @ParameterizedTest(name = "agent frame {0} is refused as {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"type\":\"accept\"}                          | missing-field",
            "{\"type\":\"accept\",\"interaction\":0}      | bad-field",
            "{\"type\":\"decline\",\"interaction\":\"x\"} | bad-field",
            "{\"type\":\"call\"}                            | bad-field",
            "{\"type\":\"call\",\"onCall\":1}             | bad-field"})
    void malformedAgentFramesAreRefusedWithACode(String frame, String code) {
        assertEquals(code, assertThrows(BadFrame.class, () -> FrameReader.agent(frame)).code());
    }

    /**
     * Issue 11, point 3: inputs that once got past the reader and failed deep in the server (answered retry, never
     * counted, a stack trace each) are refused here, with the code the client acts on.
     */
    @ParameterizedTest(name = "hostile frame {0} is refused as {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"type\":\"hello\",\"v\":1,\"campaign\":1}                              | missing-field",
            "{\"type\":\"hello\",\"v\":1,\"campaign\":1,\"name\":\"  \"}             | missing-field",
            "{\"type\":\"hello\",\"v\":1,\"campaign\":1,\"name\":\"A\",\"email\":\"a\\\"b@x.example\"} | bad-email",
            "{\"type\":\"hello\",\"v\":1,\"campaign\":1e9999999999,\"name\":\"A\"}     | bad-json",
            "{\"type\":\"hello\",\"v\":1,\"campaign\":1e999999,\"name\":\"A\"}         | bad-field",
            "{\"type\":\"hello\",\"v\":1,\"campaign\":1.0,\"name\":\"A\"}              | bad-field"})
    void hostileHellosAreRefusedAtTheEdge(String frame, String code) {
        assertEquals(code, refusal(frame));
    }

    @Test
    void aThousandDigitNumberIsRefusedBeforeTheJsonReaderSeesIt() {
        assertEquals("bad-field", refusal("{\"type\":\"hello\",\"v\":1,\"campaign\":" + "9".repeat(1100) + "}"));
        assertEquals("bad-field", refusal("{\"type\":\"ping\",\"x\":-" + "1".repeat(30) + "}"));
    }

    @Test
    void deepNestingIsRefusedBeforeTheJsonReaderSeesIt() {
        String deep = "{\"type\":\"ping\",\"x\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
        assertEquals("bad-json", refusal(deep));
        // Brackets and digits inside strings are text, not structure.
        assertDoesNotThrow(() -> FrameReader.customer("{\"type\":\"message\",\"clientId\":\"m\",\"text\":\""
                + "[{".repeat(100) + "1".repeat(100) + "\\\"]\"}"));
    }

    @Test
    void theNameIsNeededOnlyToOpenANewChat() throws BadFrame {
        CustomerFrame.Hello resumed = (CustomerFrame.Hello) FrameReader.customer(
                "{\"type\":\"hello\",\"v\":1,\"campaign\":1,\"token\":\"abc\"}");
        assertNull(resumed.name());
    }

    @Test
    void theClientIdOfARefusedMessageIsKnownWhenReadable() {
        assertEquals("m-7", FrameReader.clientIdOf("{\"type\":\"message\",\"clientId\":\"m-7\",\"text\":7}"));
        assertNull(FrameReader.clientIdOf("{\"type\":\"message\",\"clientId\":\"a b\"}"));
        assertNull(FrameReader.clientIdOf("not json"));
    }
}
