package org.webchat.campaign;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
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

    /** One campaign, only when the user with this login may see it (an id guessed from outside gets nothing). */
    public Optional<Campaign> find(String login, Long id) {
        return users.findByLogin(login).flatMap(user -> campaigns.find(id).filter(c -> c.isVisibleTo(user)));
    }
}
