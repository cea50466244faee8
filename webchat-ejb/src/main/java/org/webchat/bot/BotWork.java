package org.webchat.bot;

/**
 * Work a bot leaves for after its transaction commits, on this node only (never a live event, which every node
 * receives): go on with the interaction ({@code request} null), send the outbound request {@code request}, or hand
 * the chat to agent {@code agentId}.
 */
record BotWork(long interactionId, String request, Long agentId) {

    static BotWork advance(long interactionId) {
        return new BotWork(interactionId, null, null);
    }

    static BotWork send(long interactionId, String request) {
        return new BotWork(interactionId, request, null);
    }

    static BotWork handTo(long interactionId, long agentId) {
        return new BotWork(interactionId, null, agentId);
    }
}
