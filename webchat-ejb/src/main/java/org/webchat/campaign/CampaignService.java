package org.webchat.campaign;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.webchat.agent.Picture;
import org.webchat.agent.Role;
import org.webchat.agent.UserRepository;

/** Campaigns as the consoles see them, always through the viewer's security group (ADM-02). */
@Stateless
public class CampaignService {

    @Inject
    CampaignRepository campaigns;

    @Inject
    UserRepository users;

    /** The campaigns the user with this login may see; none for an unknown login. */
    public List<CampaignSummary> visibleTo(String login) {
        return users.findByLogin(login)
                .map(user -> campaigns.visibleTo(user).stream().map(CampaignSummary::of).toList())
                .orElse(List.of());
    }

    /** What the customer's widget needs of a campaign; empty for an unknown one. */
    public Optional<WidgetSettings> widget(long id) {
        return campaigns.find(id).filter(c -> !c.isArchived()).map(WidgetSettings::of);
    }

    /** The campaign image (ADV-13), shown to customers as every agent's picture. */
    public Optional<Picture> image(long id) {
        return campaigns.find(id).filter(c -> c.getImage() != null)
                .map(c -> new Picture(c.getImage(), c.getImageContentType()));
    }

    /** An agent's photo, shown to its customers with its name (ADV-08); empty for anyone who is not an agent. */
    public Optional<Picture> agentPhoto(long agentId) {
        return users.find(agentId).filter(u -> u.hasRole(Role.AGENT) && u.getPhoto() != null)
                .map(u -> new Picture(u.getPhoto(), u.getPhotoContentType()));
    }

    /** One campaign, only when the user with this login may see it (an id guessed from outside gets nothing). */
    public Optional<Campaign> find(String login, Long id) {
        return users.findByLogin(login).flatMap(user -> campaigns.find(id).filter(c -> c.isVisibleTo(user)));
    }
}
