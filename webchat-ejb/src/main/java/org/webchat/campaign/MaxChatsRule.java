package org.webchat.campaign;

/**
 * Max chats (ADV-04): the most interactions that may wait in a campaign's queue; a customer who
 * would make the queue longer is refused with the Unavailable message (MSG-03). The one place this
 * rule is decided.
 *
 * <p>{@code waiting} counts the campaign's interactions waiting for an agent (queued or offered, not
 * yet assigned), <em>not</em> counting the customer arriving. The customer is admitted while
 * {@code waiting < maxChats}: with Max chats 3 and 3 waiting, the fourth is refused.
 *
 * <p><b>Max chats 0 means no queue at all</b>, read literally from ADV-04 ("the most interactions
 * that may wait"): nobody may wait. A customer is then admitted only when nobody is waiting and the
 * caller knows an agent can take the chat at once ({@link #admits(int, boolean)}); otherwise it sees
 * Unavailable. (Not the "0 = unlimited" convention of some telephony queues: an unlimited queue is
 * written as a large number, up to the 100000 the form allows.) For Max chats of 1 or more, an agent
 * being free changes nothing, since nobody waiting is already under the limit.
 */
public final class MaxChatsRule {

    private final int maxChats;

    public MaxChatsRule(int maxChats) {
        if (maxChats < 0) {
            throw new IllegalArgumentException("Max chats must not be negative: " + maxChats);
        }
        this.maxChats = maxChats;
    }

    public static MaxChatsRule of(Campaign campaign) {
        return new MaxChatsRule(campaign.getMaxChats());
    }

    public int maxChats() {
        return maxChats;
    }

    /** Whether a customer arriving while {@code waiting} interactions wait may join the queue. */
    public boolean admits(int waiting) {
        return admits(waiting, false);
    }

    /**
     * As {@link #admits(int)}, also admitting a customer who will not wait: nobody is waiting ahead
     * and an agent is free to take the chat at once (what makes Max chats 0 usable).
     */
    public boolean admits(int waiting, boolean agentFreeNow) {
        if (waiting < 0) {
            throw new IllegalArgumentException("waiting must not be negative: " + waiting);
        }
        return waiting < maxChats || (waiting == 0 && agentFreeNow);
    }
}
