/**
 * The live event channel: what happened (a message stored, an interaction queued, offered, assigned or
 * ended, an agent's state, typing) reaches the sockets of the customer, the agent workspace, the
 * supervisor's dashboard and spy.
 *
 * <p>Services {@link org.webchat.live.LiveChannel#publish publish} a {@link org.webchat.live.LiveEvent};
 * it travels only once its transaction has committed (nothing is announced that could still roll back).
 * {@link org.webchat.live.LocalTransport} then {@link org.webchat.live.Delivered delivers} it to the observers of
 * this node at once, marked {@link org.webchat.live.FromThisNode}. In a cluster it also goes over the JMS topic
 * {@code java:/jms/topic/webchat/events} ({@link org.webchat.live.TopicTransport}) to the other nodes, whose
 * {@link org.webchat.live.TopicDelivery} delivers it to theirs: every node's sockets see every event, and what an
 * event sets off (a dispatch, a bot's step) is done by the node it happened on. No publisher knows how many nodes
 * there are.
 */
package org.webchat.live;
