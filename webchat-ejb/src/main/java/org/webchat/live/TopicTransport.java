package org.webchat.live;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Carries this node's live events to the other nodes of a cluster (issue 17) over the JMS topic
 * {@code java:/jms/topic/webchat/events}, which Artemis' cluster of full-ha spreads to every node, where
 * {@link TopicDelivery} delivers them. Only when {@code webchat.cluster} is true (cluster.cli sets it); a single node
 * sends nothing.
 *
 * <p>One thread sends, in the order the events were published, so that every other node sees this node's events in
 * that order; the publishing threads only queue them, and what queued meanwhile goes in one message. Non-persistent:
 * an event is only news, and a node that misses some (it was restarting) has sockets whose clients catch up from the
 * database by sequence number. A full queue (the broker stuck) makes publishers wait rather than drop what the other
 * nodes' screens would then never show.
 */
@ApplicationScoped
public class TopicTransport {

    private static final Logger LOG = Logger.getLogger(TopicTransport.class.getName());

    /** The string property naming the node an event comes from, which that node's own delivery skips. */
    static final String ORIGIN = "origin";
    private static final int QUEUED_AT_MOST = 100_000;
    /**
     * Events queued meanwhile go together, up to this many a message: under load, one message's cost (the broker's
     * routing, the bridge to each node, the other nodes' delivery) is shared by many events; alone, one goes at once.
     */
    static final int EVENTS_A_MESSAGE = 64;

    @Inject
    @ConfigProperty(name = "webchat.cluster", defaultValue = "false")
    boolean cluster;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connections;

    @Resource(lookup = "java:/jms/topic/webchat/events")
    Topic topic;

    @Resource
    ManagedThreadFactory threads;

    private final BlockingQueue<LiveEvent> queued = new LinkedBlockingQueue<>(QUEUED_AT_MOST);
    private Thread sender;
    private volatile boolean stopping;

    /** This node's name in the cluster (jboss.node.name). */
    static String thisNode() {
        return System.getProperty("jboss.node.name", "");
    }

    void send(LiveEvent event) {
        if (!cluster) {
            return;
        }
        startSender();
        try {
            queued.put(event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warning(() -> "A live event not sent to the other nodes (interrupted): " + event);
        }
    }

    private synchronized void startSender() {
        if (sender == null) {
            sender = threads.newThread(this::sendQueued);
            sender.setName("webchat-topic-sender");
            sender.start();
        }
    }

    private void sendQueued() {
        List<LiveEvent> unsent = null;
        while (!stopping) {
            try (JMSContext context = connections.createContext()) {
                JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                        .setDisableMessageID(true).setDisableMessageTimestamp(true).setProperty(ORIGIN, thisNode());
                while (!stopping) {
                    if (unsent == null) {
                        unsent = new ArrayList<>();
                        unsent.add(queued.take());
                        queued.drainTo(unsent, EVENTS_A_MESSAGE - 1);
                    }
                    producer.send(topic, EventWire.write(unsent));
                    unsent = null;
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The live topic failed; connecting again", e);
                if (unsent != null && !(e instanceof JMSRuntimeException)) {
                    unsent = null; // the events themselves failed (serialization): the next ones go on
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }

    @PreDestroy
    synchronized void stop() {
        stopping = true;
        if (sender != null) {
            sender.interrupt();
        }
    }
}
