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
        "{\"type\":\"spy\",\"agent\":3}|unknown-type",
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
