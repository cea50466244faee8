package org.webchat.call;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.EventMetadata;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.webchat.live.Delivered;
import org.webchat.live.FromThisNode;
import org.webchat.live.LiveEvent;

/**
 * Ends a chat's calls when the chat ends or leaves its agent. The chats with a call ringing or up are known from
 * the calls' own events, which every node receives: every other change of every chat passes by without a query.
 * The node the chat changed on ends its calls.
 */
@ApplicationScoped
public class CallTriggers {

    private final Set<Long> chatsWithCalls = ConcurrentHashMap.newKeySet();

    @Inject
    Calls calls;

    void onEvent(@Observes @Delivered LiveEvent event, EventMetadata delivery) {
        if (event instanceof LiveEvent.CallChanged call) {
            if ("ENDED".equals(call.state())) {
                chatsWithCalls.remove(call.interactionId());
            } else {
                chatsWithCalls.add(call.interactionId());
            }
        } else if (event instanceof LiveEvent.InteractionChanged changed
                && chatsWithCalls.contains(changed.interactionId()) && FromThisNode.Literal.marks(delivery)) {
            calls.chatChanged(changed.interactionId(), changed.state(), changed.agentId());
        }
    }
}
