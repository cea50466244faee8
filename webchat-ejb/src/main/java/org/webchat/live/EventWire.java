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
import java.util.ArrayList;
import java.util.List;

/**
 * Live events as they travel between the nodes of a cluster, a few in each message, in order: Java serialization of
 * a list of the events' records, read back through a filter that admits only the live events' own classes and the
 * JDK's values they hold (times, lists, strings). Whatever else a message on the topic carries is refused before any
 * of it is built.
 */
final class EventWire {

    /** The classes an event is made of; anything else is refused. */
    static final ObjectInputFilter ADMITTED = ObjectInputFilter.Config.createFilter(
            "maxdepth=12;maxrefs=100000;maxbytes=8000000;maxarray=100000;"
                    + "org.webchat.live.LiveEvent$*;java.time.*;java.lang.*;java.util.*;!*");

    private EventWire() {
    }

    /** Events, in order, as one message. */
    static byte[] write(List<LiveEvent> events) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * events.size());
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(events));
        } catch (IOException e) {
            throw new UncheckedIOException("Live events that cannot be serialized: " + events, e);
        }
        return bytes.toByteArray();
    }

    /** The events, in order, or an exception when the bytes are not ours. */
    static List<LiveEvent> read(byte[] data) throws IOException, ClassNotFoundException {
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
            if (read instanceof List<?> list && list.stream().allMatch(LiveEvent.class::isInstance)) {
                return list.stream().map(LiveEvent.class::cast).toList();
            }
            throw new InvalidClassException(read == null ? "null" : read.getClass().getName(), "not live events");
        }
    }
}
