package org.webchat.bot;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * A bot's life outside its events (issue 15, point 6): at start, every chat whose bot was running goes on where its
 * stored state says (a request in flight is sent again, lines written meanwhile are taken in); every few seconds,
 * the bots that waited past their timeout end their chats (BOT-02). Timeouts are a stored due time, so they
 * survive a restart.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class BotRecovery {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    Bots bots;

    @Inject
    BotCalls calls;

    @Inject
    BotTriggers triggers;

    @PostConstruct
    void resume() {
        List<Object[]> running = em.createQuery("select i.id, i.botState from Interaction i where i.bot is not null",
                Object[].class).getResultList();
        for (Object[] chat : running) {
            long id = (Long) chat[0];
            triggers.running(id);
            String request = chat[1] == null ? null : BotState.parse((String) chat[1]).request();
            if (request != null) {
                calls.send(id, request);
            } else {
                bots.advanceLater(id);
            }
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void timeouts() {
        List<Long> due = em.createQuery("select i.id from Interaction i where i.botDueAt <= :now and i.bot is not null",
                Long.class).setParameter("now", Instant.now()).setMaxResults(500).getResultList();
        due.forEach(bots::timeOut);
    }
}
