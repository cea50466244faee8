package org.webchat.interaction;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queues the mail of an offline message (MSG-05) on the JMS queue WebchatOfflineMail, which
 * {@link OfflineMailSender} reads. The message is sent in the caller's transaction, so it is delivered only once
 * that commits, and the customer who left the message never waits for the mail server. Mailing is on only when
 * {@code webchat.smtp.host} ({@code WEBCHAT_SMTP_HOST}) is set (README, "Mail"), and only for campaigns with an
 * offline address.
 */
@ApplicationScoped
public class OfflineMailQueue {

    /** The JMS property naming the interaction whose mail a queued message is. */
    static final String INTERACTION = "interaction";

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/webchat/offline-mail")
    Queue queue;

    @Inject
    @ConfigProperty(name = "webchat.smtp.host")
    Optional<String> host;

    /** The wait before the first retry; doubled at each failure up to an hour. */
    @Inject
    @ConfigProperty(name = "webchat.smtp.retry-seconds", defaultValue = "60")
    long retrySeconds;

    /** Whether offline messages are mailed at all: a mail server is set. */
    public boolean isOn() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Queues the mail of the offline message {@code message}, if mailing is on and its campaign has an address. */
    public void enqueue(Interaction message) {
        if (isOn() && message.isOffline() && message.getCampaign().getOfflineEmail().isPresent()) {
            message.offlineMailQueued();
            send(message.getId(), Duration.ZERO);
        }
    }

    /** Queues another attempt of the mail of {@code interactionId}, after {@code attempts} failed ones. */
    void retry(long interactionId, int attempts) {
        send(interactionId, OfflineMail.retryDelay(attempts, Duration.ofSeconds(Math.max(1, retrySeconds))));
    }

    private void send(long interactionId, Duration delay) {
        jms.createProducer().setDeliveryDelay(delay.toMillis()).setProperty(INTERACTION, interactionId)
                .send(queue, "");
    }
}
