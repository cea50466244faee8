package org.webchat.routing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.webchat.agent.Role;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.User;
import org.webchat.campaign.Campaign;
import org.webchat.interaction.ChatService;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.InteractionTransfer;
import org.webchat.interaction.SenderKind;
import org.webchat.live.LiveChannel;
import org.webchat.live.LiveEvent;

/**
 * Transfers of a chat to another agent or campaign (AGT-08), in the database, each change published to the
 * agents it concerns. The routing engine decides them under its locks; this class keeps their records.
 */
@Stateless
public class Transfers {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    LiveChannel live;

    @Inject
    AgentPresence presence;

    @Inject
    ChatService chat;

    /** Who and where a chat may be transferred to (AGT-08). */
    public record Targets(List<AgentTarget> agents, List<CampaignTarget> campaigns) {
    }

    public record AgentTarget(long id, String name, String state) {
    }

    public record CampaignTarget(long id, String name) {
    }

    /**
     * For the agent's open chat: the other agents of its security group signed in now, and the other enabled
     * campaigns of that group (ADM-02: a chat never leaves its tenant); empty when the chat is not the agent's.
     */
    public Optional<Targets> targets(long agentId, long interactionId) {
        Interaction interaction = em.find(Interaction.class, interactionId);
        if (interaction == null || interaction.getState() != org.webchat.interaction.InteractionState.ASSIGNED
                || !interaction.getAgent().map(a -> a.getId() == agentId).orElse(false)) {
            return Optional.empty();
        }
        SecurityGroup group = em.find(User.class, agentId).getSecurityGroup();
        List<AgentTarget> agents = presence.loggedIn().stream().filter(p -> p.agentId() != agentId)
                .map(p -> Optional.ofNullable(em.find(User.class, p.agentId())).filter(u -> isTarget(u, group))
                        .map(u -> new AgentTarget(u.getId(), u.getName(), p.state().name())))
                .flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(AgentTarget::name)).toList();
        var query = em.createQuery("select c from Campaign c where c.enabled = true and c.archivedAt is null"
                        + " and c.id <> :current and " + SecurityGroup.is("c.securityGroup", group) + " order by c.name",
                        Campaign.class)
                .setParameter("current", interaction.getCampaign().getId());
        if (group != null) {
            query.setParameter("group", group);
        }
        List<CampaignTarget> campaigns = query.getResultStream().map(c -> new CampaignTarget(c.getId(), c.getName())).toList();
        return Optional.of(new Targets(agents, campaigns));
    }

    /** Whether a chat of an agent of {@code group} may be transferred to this user (AGT-08, ADM-02). */
    static boolean isTarget(User to, SecurityGroup group) {
        return to.hasRole(Role.AGENT) && SecurityGroup.same(to.getSecurityGroup(), group);
    }

    /** Whether a chat of an agent of {@code group} may be transferred to this campaign's queue (AGT-08, ADM-02). */
    static boolean isTarget(Campaign to, SecurityGroup group) {
        return to.isEnabled() && !to.isArchived() && SecurityGroup.same(to.getSecurityGroup(), group);
    }

    /** The interaction's transfer still waiting for an answer, if any. */
    public Optional<InteractionTransfer> pending(long interactionId) {
        return em.createQuery("select t from InteractionTransfer t where t.interaction.id = :interaction"
                        + " and t.acceptedAt is null and t.returnedAt is null", InteractionTransfer.class)
                .setParameter("interaction", interactionId).getResultStream().findFirst();
    }

    /** The transfers offered to the agent and not answered yet, as they were announced. */
    public List<LiveEvent.TransferChanged> offeredTo(long agentId) {
        return pendingTo(agentId).stream().map(t -> event(t, "REQUESTED", t.getRequestedAt())).toList();
    }

    /** The transfers offered to the agent and not answered yet, oldest first. */
    public List<InteractionTransfer> pendingTo(long agentId) {
        return em.createQuery("select t from InteractionTransfer t join fetch t.interaction where t.toAgent.id = :agent"
                        + " and t.acceptedAt is null and t.returnedAt is null order by t.requestedAt", InteractionTransfer.class)
                .setParameter("agent", agentId).getResultList();
    }

    /** Pending transfers past their campaign's max transfer time at {@code now}. */
    public List<InteractionTransfer> due(Instant now) {
        return em.createQuery("select t from InteractionTransfer t join fetch t.interaction join fetch t.fromCampaign"
                        + " where t.acceptedAt is null and t.returnedAt is null", InteractionTransfer.class)
                .getResultStream()
                .filter(t -> t.returnsAt().map(at -> !now.isBefore(at)).orElse(false))
                .toList();
    }

    public InteractionTransfer request(Interaction interaction, User from, User toAgent, Campaign toCampaign, String note,
                                       Instant now) {
        InteractionTransfer transfer = new InteractionTransfer(interaction, from, toAgent, toCampaign, note, now);
        em.persist(transfer);
        publish(transfer, "REQUESTED", now);
        return transfer;
    }

    /**
     * The agent the interaction was just assigned to took it: the customer and both agents read who took over
     * (issue 11, point 17), in the chat's language, named only where the campaign shows agent names (ADV-08).
     */
    public void accept(InteractionTransfer transfer, Instant now) {
        transfer.accept(now);
        Interaction interaction = transfer.getInteraction();
        interaction.getAgent().ifPresent(agent -> chat.post(interaction.getId(), SenderKind.SYSTEM, null, null,
                TakeoverLine.text(interaction.getLanguage(), interaction.getCampaign().isShowAgentName() ? agent.getName()
                        : null)));
        publish(transfer, "ACCEPTED", now);
    }

    public void returnToAgent(InteractionTransfer transfer, Instant now) {
        transfer.returnToAgent(now);
        publish(transfer, "RETURNED", now);
    }

    private void publish(InteractionTransfer transfer, String status, Instant now) {
        live.publish(event(transfer, status, now));
    }

    private static LiveEvent.TransferChanged event(InteractionTransfer transfer, String status, Instant at) {
        Interaction interaction = transfer.getInteraction();
        return new LiveEvent.TransferChanged(interaction.getId(), transfer.getFromAgent().getId(),
                transfer.getFromAgent().getName(), transfer.getToAgent().map(User::getId).orElse(null),
                transfer.getToCampaign().map(Campaign::getId).orElse(null), transfer.getFromCampaign().getName(),
                interaction.getCustomer().getName(), status, transfer.returnsAt().orElse(null), at,
                transfer.getNote().orElse(null), "ACCEPTED".equals(status)
                        ? interaction.getAgent().map(User::getName).orElse(null) : null);
    }
}
