package org.webchat.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: what one node sends another over the live topic reads back as the same events in the same order, and
 * nothing else reads.
 */
class EventWireTest {

    @Test
    void aMessageWithItsAttachmentAndABotsButtonsReadsBackEqual() throws Exception {
        LiveEvent posted = new LiveEvent.MessagePosted(7, 3, 12L, 41, "c-1", "BOT", "Ana's bot", "<b>Which?</b>",
                new LiveEvent.Attachment(5, "FILE", "a.pdf", "application/pdf", 1234, "k3y"),
                Instant.parse("2026-12-01T10:15:30.123456Z"), false,
                new LiveEvent.BotLine(9, true, List.of("Sales", "Support")));
        assertEquals(List.of(posted), EventWire.read(EventWire.write(List.of(posted))));
    }

    @Test
    void eventsOfEveryKindSentTogetherReadBackEqualInTheirOrder() throws Exception {
        List<LiveEvent> events = List.of(new LiveEvent.AgentChanged(4, "ON_BREAK", "Lunch", Instant.EPOCH, "Sup"),
                new LiveEvent.AccessChanged(4), new LiveEvent.BotChanged(7, 3, "OFF", true, null),
                new LiveEvent.Typing(7, null, "CUSTOMER", true));
        assertEquals(events, EventWire.read(EventWire.write(events)));
    }

    @Test
    void aFullMessageOfEventsStaysWithinTheFilterLimits() throws Exception {
        List<LiveEvent> many = new ArrayList<>();
        for (int i = 0; i < TopicTransport.EVENTS_A_MESSAGE; i++) {
            many.add(new LiveEvent.MessagePosted(7, 3, 12L, i, "c-" + i, "CUSTOMER", "Ana", "Line " + i, null,
                    Instant.parse("2026-12-01T10:15:30Z").plusMillis(i), false, null));
        }
        assertEquals(many, EventWire.read(EventWire.write(many)));
    }

    /** A class of the deployment that is not an event, as a hostile message on the topic could name: it tells if built. */
    static final class NotAnEvent implements Serializable {
        private static final long serialVersionUID = 1L;
        static volatile boolean built;

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            built = true;
        }
    }

    @Test
    void bytesThatAreNotALiveEventAreRefusedBeforeAnythingIsBuilt() throws Exception {
        assertThrows(InvalidClassException.class, () -> EventWire.read(serialized(new NotAnEvent())));
        assertFalse(NotAnEvent.built, "refused by the filter, not after it was read");
        assertThrows(InvalidClassException.class, () -> EventWire.read(serialized(new ArrayList<>(List.of("x")))),
                "a list of JDK values is no events");
        assertThrows(InvalidClassException.class, () -> EventWire.read(serialized("x")), "nor is a value alone");
        assertThrows(IOException.class, () -> EventWire.read(new byte[] {1, 2, 3}));
    }

    private static byte[] serialized(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }
}
