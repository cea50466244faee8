package org.webchat.campaign;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.webchat.agent.FormCheck;
import org.webchat.agent.FormRefused;
import org.webchat.agent.Removal;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.User;
import org.webchat.agent.UserRepository;
import org.webchat.bot.Bot;
import org.webchat.quality.QualityModel;

/**
 * The administration of campaigns (ADM-01..07): an administrator opens, saves and removes the campaigns of their
 * own security group only (ADM-02). A running campaign reads its settings from the database at each use, so a
 * saved change applies to the next customer and the next routing decision without a restart.
 */
@Stateless
public class CampaignAdministration {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    CampaignRepository campaigns;

    /** The form of a campaign the administrator may see; empty for one of another group or archived. */
    public Optional<CampaignForm> open(String login, long id) {
        return visible(login, id).map(CampaignForm::of);
    }

    /**
     * The quality models to choose from (ADV-02), by name: those of the administrator's security group (ADM-02) that
     * are enabled, and the campaign's own even when it was disabled since, so that saving the campaign does not drop
     * it unseen.
     */
    public List<QualityModel> qualityModels(String login, String current) {
        long own = current != null && current.matches("[0-9]{1,18}") ? Long.parseLong(current) : -1;
        return users.groupOf(login)
                .map(group -> em.createQuery("select q from QualityModel q where q.securityGroup = :group"
                                + " and (q.enabled = true or q.id = :own) order by q.name", QualityModel.class)
                        .setParameter("group", group).setParameter("own", own).getResultList())
                .orElse(List.of());
    }

    /**
     * Stores the form: a new campaign in the administrator's security group, or the changes of one they may see.
     * Returns the campaign's id.
     */
    public long save(String login, CampaignForm form) throws FormRefused {
        User admin = users.findByLogin(login).orElseThrow(() -> new IllegalStateException("unknown user " + login));
        List<FormCheck.Problem> problems = new ArrayList<>(CampaignCheck.problems(form));
        Campaign campaign;
        if (form.isNew()) {
            if (admin.getSecurityGroup() == null) {
                throw new FormRefused(List.of(FormCheck.Problem.of("name", "admin.error.noGroup")));
            }
            campaign = new Campaign(form.value("name").isEmpty() ? "-" : form.value("name"), admin.getSecurityGroup());
        } else {
            campaign = visible(login, form.getId()).orElseThrow(() ->
                    new FormRefused(List.of(FormCheck.Problem.of("name", "admin.error.gone"))));
        }
        campaigns.findByName(form.value("name")).filter(other -> !other.getId().equals(campaign.getId()))
                .ifPresent(other -> problems.add(0, FormCheck.Problem.of("name", "admin.error.nameTaken")));
        QualityModel quality = null;
        if (!form.value("qualityModel").isEmpty() && problems.stream().noneMatch(p -> p.field().equals("qualityModel"))) {
            quality = em.find(QualityModel.class, Long.parseLong(form.value("qualityModel")));
            if (quality == null || !SecurityGroup.same(quality.getSecurityGroup(), campaign.getSecurityGroup())) {
                problems.add(FormCheck.Problem.of("qualityModel", "admin.error.choose"));
            }
        }
        Bot startBot = bot(form, "startBot", campaign, campaign.getStartBot(), problems);
        Bot endBot = bot(form, "endBot", campaign, campaign.getEndBot(), problems);
        if (!problems.isEmpty()) {
            throw new FormRefused(problems);
        }
        campaign.setStartBot(startBot);
        campaign.setEndBot(endBot);
        form.applyTo(campaign, quality, () -> {
            if (campaign.getId() != null) {
                em.flush();
            }
        });
        if (campaign.getId() == null) {
            em.persist(campaign);
            em.flush();
        }
        return campaign.getId();
    }

    /**
     * BOT-02: the bot chosen in the form's {@code field}, or null for none: one of the campaign's security group
     * (ADM-02; another group's is refused as a missing one), enabled or the one the campaign runs already (kept even
     * when disabled since, so that saving other settings does not drop it unseen).
     */
    private Bot bot(CampaignForm form, String field, Campaign campaign, Bot current, List<FormCheck.Problem> problems) {
        String id = form.value(field);
        if (id.isEmpty() || problems.stream().anyMatch(p -> p.field().equals(field))) {
            return null;
        }
        Bot bot = em.find(Bot.class, Long.parseLong(id));
        if (bot == null || !SecurityGroup.same(bot.getSecurityGroup(), campaign.getSecurityGroup())
                || !(bot.isEnabled() || current != null && bot.getId().equals(current.getId()))) {
            problems.add(FormCheck.Problem.of(field, "admin.error.choose"));
            return null;
        }
        return bot;
    }

    /**
     * ADM-07: removes a campaign; one with interactions is archived instead (its history keeps its campaign),
     * a campaign that never served anybody is deleted with its settings.
     */
    public Removal remove(String login, long id) {
        Optional<Campaign> found = visible(login, id);
        if (found.isEmpty()) {
            return Removal.NOT_FOUND;
        }
        Campaign campaign = found.get();
        long history = em.createQuery("select count(i) from Interaction i where i.campaign = :c", Long.class)
                .setParameter("c", campaign).getSingleResult();
        if (history > 0) {
            campaign.archive(Instant.now());
            return Removal.ARCHIVED;
        }
        em.remove(campaign);
        return Removal.DELETED;
    }

    /** ADV-13: the largest campaign image, in bytes. */
    public static final int MAX_IMAGE_BYTES = 512 * 1024;

    /**
     * ADV-13: sets the campaign's image from an upload; returns the message key of the refusal when it is not a
     * PNG, JPEG, GIF or WebP image (known by its content, not its name) of at most {@link #MAX_IMAGE_BYTES}.
     */
    public Optional<String> setImage(String login, long id, byte[] content) {
        Optional<Campaign> campaign = visible(login, id);
        if (campaign.isEmpty()) {
            return Optional.of("admin.error.gone");
        }
        if (content.length > MAX_IMAGE_BYTES) {
            return Optional.of("admin.error.imageSize");
        }
        Optional<String> type = ImageType.of(content);
        if (type.isEmpty()) {
            return Optional.of("admin.error.imageType");
        }
        campaign.get().setImage(content, type.get());
        return Optional.empty();
    }

    public void removeImage(String login, long id) {
        visible(login, id).ifPresent(c -> c.setImage(null, null));
    }

    /** Whether the campaign has an image, for its preview. */
    public boolean hasImage(String login, long id) {
        return visible(login, id).map(c -> c.getImage() != null).orElse(false);
    }

    private Optional<Campaign> visible(String login, long id) {
        return users.findByLogin(login).flatMap(user -> campaigns.find(id)
                .filter(c -> c.isVisibleTo(user) && !c.isArchived()));
    }
}
