package org.webchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The supervisor socket's frames (issue 12): what is accepted, and a clear refusal for everything else. */
class SupervisorFrameReaderTest {

    @Test
    void aWatchNamesItsCampaignsInOrder() throws BadFrame {
        SupervisorFrame.Watch watch = (SupervisorFrame.Watch) FrameReader.supervisor(
                "{\"type\":\"watch\",\"campaigns\":[7,3,202001]}");
        assertEquals(List.of(7L, 3L, 202001L), watch.campaigns());
    }

    @Test
    void anEmptyWatchMeansAllOfTheGroup() throws BadFrame {
        assertEquals(List.of(), ((SupervisorFrame.Watch) FrameReader.supervisor("{\"type\":\"watch\",\"campaigns\":[]}"))
                .campaigns());
    }

    @Test
    void aPing() throws BadFrame {
        assertInstanceOf(SupervisorFrame.Ping.class, FrameReader.supervisor("{\"type\":\"ping\"}"));
    }

    @Test
    void theActsNameTheirAgentOrChat() throws BadFrame {
        assertEquals(new SupervisorFrame.Spy(3), FrameReader.supervisor("{\"type\":\"spy\",\"agent\":3}"));
        assertEquals(new SupervisorFrame.Unspy(3), FrameReader.supervisor("{\"type\":\"unspy\",\"agent\":3}"));
        assertEquals(new SupervisorFrame.Write(5, "w1", "Offer the refund", false), FrameReader.supervisor(
                "{\"type\":\"whisper\",\"interaction\":5,\"clientId\":\"w1\",\"text\":\"Offer the refund\"}"));
        assertEquals(new SupervisorFrame.Write(5, "b1", "Hello", true), FrameReader.supervisor(
                "{\"type\":\"barge-message\",\"interaction\":5,\"clientId\":\"b1\",\"text\":\"Hello\"}"));
        assertEquals(new SupervisorFrame.Barge(5), FrameReader.supervisor("{\"type\":\"barge\",\"interaction\":5}"));
        assertEquals(new SupervisorFrame.Pause(3, 8), FrameReader.supervisor("{\"type\":\"pause\",\"agent\":3,\"breakType\":8}"));
        assertEquals(new SupervisorFrame.BreakTypes(3), FrameReader.supervisor("{\"type\":\"break-types\",\"agent\":3}"));
        assertEquals(new SupervisorFrame.LogOut(3), FrameReader.supervisor("{\"type\":\"logout\",\"agent\":3}"));
        assertEquals(new SupervisorFrame.Info(3, java.time.ZoneId.of("Europe/Madrid")),
                FrameReader.supervisor("{\"type\":\"info\",\"agent\":3,\"zone\":\"Europe/Madrid\"}"));
        assertEquals(new SupervisorFrame.Info(3, java.time.ZoneOffset.UTC),
                FrameReader.supervisor("{\"type\":\"info\",\"agent\":3}"));
    }

    @Test
    void aWhisperHoldsAtMostTheLongestText() {
        String text = "x".repeat(FrameReader.MAX_TEXT + 1);
        assertEquals("too-long", assertThrows(BadFrame.class, () -> FrameReader.supervisor(
                "{\"type\":\"whisper\",\"interaction\":5,\"clientId\":\"w1\",\"text\":\"" + text + "\"}")).code());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"watch\"}|bad-field",
        "{\"type\":\"watch\",\"campaigns\":7}|bad-field",
        "{\"type\":\"watch\",\"campaigns\":[0]}|bad-field",
        "{\"type\":\"watch\",\"campaigns\":[-4]}|bad-field",
        "{\"type\":\"watch\",\"campaigns\":[1.5]}|bad-field",
        "{\"type\":\"watch\",\"campaigns\":[\"7\"]}|bad-field",
        "{\"type\":\"watch\",\"campaigns\":[9999999999999999999]}|bad-field",
        "{\"type\":\"watch\",\"campaigns\":[7,7]}|bad-field",
        "{\"type\":\"spy\"}|missing-field",
        "{\"type\":\"spy\",\"agent\":0}|bad-field",
        "{\"type\":\"spy\",\"agent\":\"3\"}|bad-field",
        "{\"type\":\"whisper\",\"interaction\":5,\"text\":\"hi\"}|missing-field",
        "{\"type\":\"whisper\",\"interaction\":5,\"clientId\":\"a b\",\"text\":\"hi\"}|bad-field",
        "{\"type\":\"whisper\",\"interaction\":5,\"clientId\":\"w1\",\"text\":\" \"}|bad-field",
        "{\"type\":\"barge-message\",\"clientId\":\"w1\",\"text\":\"hi\"}|missing-field",
        "{\"type\":\"pause\",\"agent\":3}|missing-field",
        "{\"type\":\"info\",\"agent\":3,\"zone\":\"Mars/Olympus\"}|bad-field",
        "{\"type\":\"kick\",\"agent\":3}|unknown-type",
        "[]|bad-json"
    })
    void badFramesAreRefusedWithACode(String frame, String code) {
        assertEquals(code, assertThrows(BadFrame.class, () -> FrameReader.supervisor(frame)).code());
    }

    @Test
    void aWatchNamesAtMostTwoHundredCampaigns() {
        String many = "{\"type\":\"watch\",\"campaigns\":[" + String.join(",",
                java.util.stream.IntStream.rangeClosed(1, 201).mapToObj(String::valueOf).toList()) + "]}";
        assertEquals("bad-field", assertThrows(BadFrame.class, () -> FrameReader.supervisor(many)).code());
    }
}
