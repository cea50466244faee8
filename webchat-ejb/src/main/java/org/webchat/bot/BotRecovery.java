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
import java.util.Set;
import org.webchat.node.NodeLease;

/**
 * A bot's life outside its events (issue 15, point 6; issue 17). At start, this node learns which chats have a bot
 * running (its triggers then wake them). Every few seconds: the bots that waited past their timeout end their chats
 * (BOT-02); timeouts are a stored due time, so they survive a restart and fire on whichever node looks first, once.
 * And a chat whose bot's node is gone (an earlier start of this one, or a node of the cluster whose lease lapsed) is
 * taken over and goes on where its stored state says: a request in flight is sent again, lines written meanwhile are
 * taken in; at start, that is every chat this node's earlier start left.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "NodeLease"})
public class BotRecovery {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    Bots bots;

    @Inject
    BotCalls calls;

    @Inject
    BotTriggers triggers;

    @Inject
    NodeLease nodes;

    @PostConstruct
    void atStart() {
        em.createQuery("select i.id from Interaction i where i.bot is not null", Long.class).getResultList()
                .forEach(triggers::running);
        takeOver();
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void timeouts() {
        List<Long> due = em.createQuery("select i.id from Interaction i where i.botDueAt <= :now and i.bot is not null",
                Long.class).setParameter("now", Instant.now()).setMaxResults(500).getResultList();
        due.forEach(bots::timeOut);
    }

    /** The chats whose bot's node is gone, taken over. */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void takeOver() {
        Set<String> alive = nodes.alive();
        List<Object[]> left = em.createQuery("select i.id, i.botNode, i.botState from Interaction i"
                + " where i.bot is not null and (i.botNode is null or i.botNode not in :alive)", Object[].class)
                .setParameter("alive", alive).setMaxResults(500).getResultList();
        for (Object[] chat : left) {
            long id = (Long) chat[0];
            if (!bots.takeOver(id, (String) chat[1])) {
                continue;
            }
            triggers.running(id);
            String request = chat[2] == null ? null : BotState.parse((String) chat[2]).request();
            if (request != null) {
                calls.send(id, request);
            } else {
                bots.advanceLater(id);
            }
        }
    }
}
