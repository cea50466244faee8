/**
 * Routing: which agent gets which queued interaction of a campaign (STR-01..07, ADV-01).
 *
 * <p>The decision is plain Java with no container in it, so that every strategy and delivery
 * order can be tested alone: {@link org.webchat.routing.Dispatcher} takes the campaign's queue in
 * arrival order and a {@link org.webchat.routing.AgentSnapshot} of each member, and returns a
 * {@link org.webchat.routing.DispatchPlan}. The routing engine (the only writer of assignments)
 * gathers the snapshots, asks for a plan and carries it out in one transaction.
 *
 * <p>{@link org.webchat.routing.RoutingStrategy#of} is the one place that maps a campaign's
 * {@link org.webchat.campaign.Strategy} to its rule, {@link org.webchat.routing.DeliveryOrderRule#of}
 * the one place for {@link org.webchat.campaign.DeliveryOrder}.
 *
 * <p>{@link org.webchat.routing.RoutingEngine} keeps the assignment core and every entry point (each under its
 * lock, in its own transaction); transfers ({@link org.webchat.routing.TransferDecisions}), the take-back of an
 * agent's chats ({@link org.webchat.routing.TakeBack}) and the customer's time limits
 * ({@link org.webchat.routing.TimeLimits}) are carried out inside that transaction by beans of their own.
 *
 * <p>The cost of an event does not grow with the queue's length (issue 16): the events of a campaign ask one pending
 * dispatch ({@link org.webchat.routing.PendingDispatches}), and a dispatch reads only as many of the queue's head as
 * its agents have room for ({@link org.webchat.routing.Dispatcher#room}), none when nobody has room.
 */
package org.webchat.routing;
