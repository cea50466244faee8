package org.webchat.chat;

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
        CustomerFrame.Hello hello = (CustomerFrame.Hello) FrameReader.customer("{\"type\":\"hello\",\"v\":1,\"campaign\":1,\"language\":\"de\"}");
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
            "{\"type\":\"hello\",\"v\":1,\"campaign\":1,\"pageUrl\":\"javascript:alert(1)\"} | bad-field",
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
}
