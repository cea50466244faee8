package org.webchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.webchat.call.CallKind;

/** Issue 14: call frames are read field by field; what is relayed is rebuilt from the checked fields only. */
class CallFrameReaderTest {

    @Test
    void aCustomerStartsACallOfItsChatAndAnAgentNamesTheChat() throws BadFrame {
        var customer = (CallFrame.Start) ((CustomerFrame.Calling) FrameReader.customer(
                "{\"type\":\"call-start\",\"kind\":\"video\",\"interaction\":99}")).frame();
        assertNull(customer.interaction(), "a customer's socket is bound to its chat: an id it names is ignored");
        assertEquals(CallKind.VIDEO, customer.kind());
        var agent = (CallFrame.Start) ((AgentFrame.Calling) FrameReader.agent(
                "{\"type\":\"call-start\",\"kind\":\"audio\",\"interaction\":7}")).frame();
        assertEquals(7L, agent.interaction());
        assertEquals("bad-field", assertThrows(BadFrame.class,
                () -> FrameReader.customer("{\"type\":\"call-start\",\"kind\":\"screen\"}")).code());
        assertEquals("missing-field", assertThrows(BadFrame.class,
                () -> FrameReader.agent("{\"type\":\"call-start\",\"kind\":\"audio\"}")).code());
    }

    @Test
    void aSignalKeepsOnlyTheDescriptionAndTheCandidatesFields() throws BadFrame {
        var signal = (CallFrame.Signal) ((CustomerFrame.Calling) FrameReader.customer("{\"type\":\"call-signal\","
                + "\"call\":3,\"html\":\"<img>\",\"description\":{\"type\":\"answer\",\"sdp\":\"v=0\",\"x\":1},"
                + "\"candidates\":[{\"candidate\":\"\",\"sdpMid\":\"0\",\"sdpMLineIndex\":0,\"foo\":\"bar\"}]}")).frame();
        assertEquals(3, signal.call());
        assertEquals("{\"description\":{\"type\":\"answer\",\"sdp\":\"v=0\"},"
                + "\"candidates\":[{\"candidate\":\"\",\"sdpMid\":\"0\",\"sdpMLineIndex\":0}]}", signal.payload());
    }

    @Test
    void aSignalWithNothingTooManyCandidatesOrABadDescriptionIsRefused() {
        assertEquals("missing-field", code("{\"type\":\"call-signal\",\"call\":3}"));
        assertEquals("bad-field", code("{\"type\":\"call-signal\",\"call\":3,\"description\":{\"type\":\"rollback\",\"sdp\":\"x\"}}"));
        assertEquals("bad-field", code("{\"type\":\"call-signal\",\"call\":3,\"description\":\"v=0\"}"));
        assertEquals("bad-field", code("{\"type\":\"call-signal\",\"call\":3,\"candidates\":[]}"));
        String many = "{\"candidate\":\"\"},".repeat(CallFrameReader.MAX_CANDIDATES + 1);
        assertEquals("bad-field", code("{\"type\":\"call-signal\",\"call\":3,\"candidates\":[" + many.substring(0, many.length() - 1) + "]}"));
        assertEquals("too-long", code("{\"type\":\"call-signal\",\"call\":3,\"candidates\":[{\"candidate\":\""
                + "a".repeat(CallFrameReader.MAX_CANDIDATE + 1) + "\"}]}"));
        assertEquals("bad-field", code("{\"type\":\"call-signal\",\"call\":0,\"candidates\":[{\"candidate\":\"\"}]}"));
    }

    @Test
    void aHangUpMaySayThePeerConnectionFailed() throws BadFrame {
        var failed = (CallFrame.HangUp) ((AgentFrame.Calling) FrameReader.agent(
                "{\"type\":\"call-hangup\",\"call\":5,\"failed\":true}")).frame();
        assertTrue(failed.failed());
        assertInstanceOf(CallFrame.Answer.class, ((AgentFrame.Calling) FrameReader.agent(
                "{\"type\":\"call-answer\",\"call\":5}")).frame());
    }

    private static String code(String frame) {
        return assertThrows(BadFrame.class, () -> FrameReader.customer(frame)).code();
    }
}
