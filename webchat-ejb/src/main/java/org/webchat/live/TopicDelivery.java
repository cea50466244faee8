package org.webchat.live;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers to this node's observers the live events the other nodes of a cluster sent over the topic
 * ({@link TopicTransport}); this node's own were delivered as they were published, and are skipped. One session, so
 * that they are delivered one at a time in the order they arrive. No transaction: the sockets' sends are not undone.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/topic/webchat/events"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TopicDelivery implements MessageListener {

    private static final Logger LOG = Logger.getLogger(TopicDelivery.class.getName());

    @Inject
    @Delivered
    Event<LiveEvent> delivered;

    @Override
    public void onMessage(Message message) {
        List<LiveEvent> events;
        try {
            if (TopicTransport.thisNode().equals(message.getStringProperty(TopicTransport.ORIGIN))) {
                return;
            }
            events = EventWire.read(message.getBody(byte[].class));
        } catch (JMSException | IOException | ClassNotFoundException | RuntimeException e) {
            LOG.log(Level.WARNING, "A message on the live topic that is not live events, dropped", e);
            return;
        }
        for (LiveEvent event : events) {
            try {
                delivered.fire(event);
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "A live event from another node could not be delivered everywhere: " + event,
                        failed);
            }
        }
    }
}
