package org.webchat.bot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.EventMetadata;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.webchat.live.Delivered;
import org.webchat.live.FromThisNode;
import org.webchat.live.LiveEvent;
import org.webchat.routing.RoutingEngine;

/**
 * Wakes the bot engine: a customer line in a chat where a bot talks, and the work a bot's transaction left once it
 * committed. The chats with a bot are known from the bots' own events, which every node receives: every other
 * message passes by without a query. The node a customer's line was posted on moves its bot on.
 */
@ApplicationScoped
public class BotTriggers {

    private final Set<Long> chatsWithBots = ConcurrentHashMap.newKeySet();

    @Inject
    Bots bots;

    @Inject
    BotCalls calls;

    @Inject
    RoutingEngine engine;

    void onEvent(@Observes @Delivered LiveEvent event, EventMetadata delivery) {
        if (event instanceof LiveEvent.BotChanged changed) {
            if ("BOT".equals(changed.state()) || "SURVEY".equals(changed.state())) {
                chatsWithBots.add(changed.interactionId());
            } else {
                chatsWithBots.remove(changed.interactionId());
            }
        } else if (event instanceof LiveEvent.MessagePosted posted && "CUSTOMER".equals(posted.sender())
                && chatsWithBots.contains(posted.interactionId()) && FromThisNode.Literal.marks(delivery)) {
            bots.advanceLater(posted.interactionId());
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) BotWork work) {
        if (work.request() != null) {
            calls.send(work.interactionId(), work.request());
        } else if (work.agentId() != null) {
            engine.handToLater(work.agentId(), work.interactionId());
        } else {
            bots.advanceLater(work.interactionId());
        }
    }

    /** A chat whose bot was running when the server stopped (see {@link BotRecovery}). */
    void running(long interactionId) {
        chatsWithBots.add(interactionId);
    }
}
