package org.webchat.live;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;

/**
 * A live event as it travels between the nodes of a cluster: Java serialization of the event's records, read back
 * through a filter that admits only the live events' own classes and the JDK's values they hold (times, lists,
 * strings). Whatever else a message on the topic carries is refused before any of it is built.
 */
final class EventWire {

    /** The classes an event is made of; anything else is refused. */
    static final ObjectInputFilter ADMITTED = ObjectInputFilter.Config.createFilter(
            "maxdepth=12;maxrefs=10000;maxbytes=4000000;maxarray=100000;"
                    + "org.webchat.live.LiveEvent$*;java.time.*;java.lang.*;java.util.*;!*");

    private EventWire() {
    }

    static byte[] write(LiveEvent event) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(event);
        } catch (IOException e) {
            throw new UncheckedIOException("A live event that cannot be serialized: " + event, e);
        }
        return bytes.toByteArray();
    }

    /** The event, or an exception when the bytes are not one of ours. */
    static LiveEvent read(byte[] data) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data)) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                try { // the deployment's classes, whatever thread reads
                    return Class.forName(desc.getName(), false, EventWire.class.getClassLoader());
                } catch (ClassNotFoundException notThere) {
                    return super.resolveClass(desc);
                }
            }
        }) {
            in.setObjectInputFilter(ADMITTED);
            Object read = in.readObject();
            if (read instanceof LiveEvent event) {
                return event;
            }
            throw new InvalidClassException(read == null ? "null" : read.getClass().getName(), "not a live event");
        }
    }
}
