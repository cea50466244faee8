package org.webchat.recording;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.webchat.agent.User;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.OfflineMailState;

/**
 * The offline messages under Recordings (REC-06, MSG-05): a supervisor marks one seen (who and when are kept), which
 * moves it to the Seen filter, or back to unseen; and reads who saw it and how its mail went. Only in the user's
 * security group ({@link RecordingAccess}): another group's message is refused by id as if it did not exist.
 */
@Stateless
public class OfflineMessages {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    RecordingAccess access;

    private final Clock clock = Clock.systemUTC();

    /**
     * Who saw an offline message and how its mail goes.
     *
     * @param seenBy       the name of who marked it seen; null while unseen
     * @param mail         null when it is not mailed
     * @param mailAttempts how many times the mail server was tried
     */
    public record Note(long id, boolean seen, String seenBy, Instant seenAt, OfflineMailState mail, Instant mailedAt,
                       int mailAttempts, String mailError) implements Serializable {

        static Note of(Interaction i) {
            return new Note(i.getId(), i.isSeen(), i.getSeenBy().map(User::getName).orElse(null), i.getSeenAt(),
                    i.getOfflineMail(), i.getOfflineNotifiedAt(), i.getOfflineMailAttempts(), i.getOfflineMailError());
        }
    }

    /**
     * Marks the offline message {@code id} seen by {@code login} now, or ({@code seen} false) unseen again; empty,
     * and nothing changed, when it is no offline message of the user's group.
     */
    public Optional<Note> mark(String login, long id, boolean seen) {
        Optional<User> reader = access.reader(login);
        if (reader.isEmpty()) {
            return Optional.empty();
        }
        Interaction message = em.find(Interaction.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || !message.isOffline() || message.getCampaign().getSecurityGroup() == null
                || !reader.get().getSecurityGroup().getId().equals(message.getCampaign().getSecurityGroup().getId())) {
            return Optional.empty();
        }
        if (message.isSeen() != seen) {
            // To the microsecond, as the database keeps it: the note returned reads as the next one will.
            message.markSeen(seen, reader.get(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        }
        return Optional.of(Note.of(message));
    }

    /** The notes of those of {@code ids} that are offline messages of the user's group, by id. */
    public Map<Long, Note> notes(String login, Collection<Long> ids) {
        Optional<Long> group = access.group(login);
        if (group.isEmpty() || ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select i from Interaction i left join fetch i.seenBy where i.id in :ids"
                        + " and i.offline = true and i.campaign.securityGroup.id = :group", Interaction.class)
                .setParameter("ids", ids).setParameter("group", group.get()).getResultStream()
                .collect(Collectors.toMap(Interaction::getId, Note::of));
    }
}
