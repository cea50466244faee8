/**
 * The live event channel: what happened (a message stored, an interaction queued, offered, assigned or
 * ended, an agent's state, typing) reaches the sockets of the customer, the agent workspace, the
 * supervisor's dashboard and spy.
 *
 * <p>Services {@link org.webchat.live.LiveChannel#publish publish} a {@link org.webchat.live.LiveEvent};
 * it travels only once its transaction has committed (nothing is announced that could still roll back).
 * A transport then {@link org.webchat.live.Delivered delivers} it to the observers of this node. In one
 * node the transport is {@link org.webchat.live.LocalTransport}; across a cluster a transport over the
 * JMS topic {@code java:/jms/topic/webchat/events} takes its place, and no publisher or observer changes.
 */
package org.webchat.live;
