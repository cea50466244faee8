package org.webchat.interaction;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.webchat.campaign.Campaign;

/**
 * Mails an offline message to its campaign's offline address (MSG-05) through WildFly's mail session
 * {@code java:jboss/mail/Webchat} (its SMTP settings: README, "Mail"), one queued message at a time. A mail server
 * that fails is tried again later, every time waiting longer ({@link OfflineMail#retryDelay}), until
 * {@link OfflineMail#MAX_ATTEMPTS}; each failure is written on the interaction, which Recordings shows.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup",
                propertyValue = "java:/jms/queue/webchat/offline-mail"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        // A few at a time: a slow mail server should not hold many threads.
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")})
public class OfflineMailSender implements MessageListener {

    private static final Logger LOG = Logger.getLogger(OfflineMailSender.class.getName());

    /** A mail server that does not answer is given up after this long (milliseconds), and tried again later. */
    private static final String TIMEOUT = "20000";

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/Webchat")
    Session mail;

    @Inject
    OfflineMailQueue queue;

    /** The mail server's user and password, when it wants them (the mail session's own may not be empty). */
    @Inject
    @ConfigProperty(name = "webchat.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "webchat.smtp.password")
    Optional<String> password;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void onMessage(Message message) {
        long id;
        try {
            id = message.getLongProperty(OfflineMailQueue.INTERACTION);
        } catch (JMSException | NumberFormatException e) {
            LOG.log(Level.WARNING, "An offline mail without its interaction, dropped", e);
            return;
        }
        // Locked: a redelivered message and its retry never mail twice at once.
        Interaction interaction = em.find(Interaction.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (interaction == null || interaction.getOfflineMail() == null
                || interaction.getOfflineMail() == OfflineMailState.SENT
                || interaction.getOfflineMail() == OfflineMailState.FAILED) {
            return; // deleted since (retention), or done
        }
        Campaign campaign = interaction.getCampaign();
        String to = campaign.getOfflineEmail().orElse(null);
        if (to == null) {
            interaction.offlineMailFailed("no offline address", false);
            return;
        }
        try {
            send(OfflineMail.of(to, campaign.getName(), campaign.getDefaultLanguage(), interaction.getCustomer(),
                    interaction.getCreatedAt(), lines(id), campaign.zoneId()));
            interaction.offlineNotified(clock.instant().truncatedTo(ChronoUnit.MICROS));
            LOG.info(() -> "Offline message " + id + " mailed to its campaign's address");
        } catch (Exception e) {
            boolean retrying = interaction.getOfflineMailAttempts() + 1 < OfflineMail.MAX_ATTEMPTS;
            interaction.offlineMailFailed(describe(e), retrying);
            if (retrying) {
                queue.retry(id, interaction.getOfflineMailAttempts());
            }
            LOG.warning(() -> "Offline message " + id + " not mailed (attempt " + interaction.getOfflineMailAttempts()
                    + (retrying ? ", tried again later): " : ", given up): ") + describe(e));
        }
    }

    private List<String> lines(long id) {
        return em.createQuery("select m.text from ChatMessage m where m.interaction.id = :id and m.senderKind = :customer"
                        + " and m.text is not null order by m.seq", String.class)
                .setParameter("id", id).setParameter("customer", SenderKind.CUSTOMER).getResultList();
    }

    private void send(OfflineMail offline) throws Exception {
        // Timeouts: a mail server that hangs frees this thread (set once on the server's session, which has none).
        mail.getProperties().putIfAbsent("mail.smtp.connectiontimeout", TIMEOUT);
        mail.getProperties().putIfAbsent("mail.smtp.timeout", TIMEOUT);
        mail.getProperties().putIfAbsent("mail.smtp.writetimeout", TIMEOUT);
        MimeMessage mime = new MimeMessage(mail);
        mime.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(offline.to(), true));
        if (offline.replyTo() != null) {
            mime.setReplyTo(InternetAddress.parse(offline.replyTo(), true));
        }
        mime.setSubject(offline.subject(), StandardCharsets.UTF_8.name());
        // Plain text: whatever the customer typed is read, never rendered.
        mime.setText(offline.body(), StandardCharsets.UTF_8.name(), "plain");
        mime.setSentDate(java.util.Date.from(Instant.now(clock)));
        if (user.filter(u -> !u.isBlank()).isPresent()) {
            jakarta.mail.Transport.send(mime, user.get(), password.orElse(""));
        } else {
            jakarta.mail.Transport.send(mime);
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = e.getClass().getSimpleName() + ": " + e.getMessage()
                + (cause != e ? " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")" : "");
        return OfflineMail.oneLine(text, 300);
    }
}
