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

/** Issue 17: what one node sends another over the live topic reads back as the same event, and nothing else reads. */
class EventWireTest {

    @Test
    void aMessageWithItsAttachmentAndABotsButtonsReadsBackEqual() throws Exception {
        LiveEvent posted = new LiveEvent.MessagePosted(7, 3, 12L, 41, "c-1", "BOT", "Ana's bot", "<b>Which?</b>",
                new LiveEvent.Attachment(5, "FILE", "a.pdf", "application/pdf", 1234, "k3y"),
                Instant.parse("2026-12-01T10:15:30.123456Z"), false,
                new LiveEvent.BotLine(9, true, List.of("Sales", "Support")));
        assertEquals(posted, EventWire.read(EventWire.write(posted)));
    }

    @Test
    void everyKindOfEventWithoutValuesReadsBackEqual() throws Exception {
        for (LiveEvent event : List.of(new LiveEvent.AgentChanged(4, "ON_BREAK", "Lunch", Instant.EPOCH, "Sup"),
                new LiveEvent.AccessChanged(4), new LiveEvent.BotChanged(7, 3, "OFF", true, null),
                new LiveEvent.Typing(7, null, "CUSTOMER", true))) {
            assertEquals(event, EventWire.read(EventWire.write(event)));
        }
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
                "a JDK value alone is no event");
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
