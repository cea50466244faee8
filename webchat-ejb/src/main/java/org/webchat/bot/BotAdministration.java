package org.webchat.bot;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.webchat.agent.FormRefused;
import org.webchat.agent.Picture;
import org.webchat.agent.Removal;
import org.webchat.agent.Role;
import org.webchat.agent.User;
import org.webchat.agent.UserRepository;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.CampaignAdministration;
import org.webchat.campaign.ImageType;

/**
 * The administration of bots (BOT-01, BOT-02): list, open, save and remove them, make an external bot's API token,
 * set its picture. A bot is the installation's (the table has no security group), like its name, unique in any case.
 * A bot a campaign runs is not removed: the refusal names the campaigns, so the administrator chooses another bot
 * there first, knowingly. One that talked in chats is disabled instead, so the history keeps its name.
 */
@Stateless
public class BotAdministration {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    UserRepository users;

    /** Every bot, also the disabled ones, by name. */
    public List<BotSummary> bots() {
        return em.createQuery("select b from Bot b order by lower(b.name)", Bot.class).getResultStream()
                .map(BotSummary::of).toList();
    }

    public Optional<BotForm> open(long id) {
        return Optional.ofNullable(em.find(Bot.class, id)).map(BotForm::of);
    }

    /**
     * Stores a bot; returns its id. Its flow's transfers must name a campaign that is not archived and an agent that
     * exists (unknown-campaign, unknown-agent).
     */
    public long save(BotForm form) throws FormRefused {
        return form.check(this::campaignKnown, this::agentKnown).store(em, Bot.class, form,
                () -> new Bot(form.getName().trim(), BotKind.FLOW), form::applyTo, Bot::getId);
    }

    private boolean campaignKnown(long id) {
        Campaign campaign = em.find(Campaign.class, id);
        return campaign != null && !campaign.isArchived();
    }

    private boolean agentKnown(long id) {
        User agent = em.find(User.class, id);
        return agent != null && agent.hasRole(Role.AGENT);
    }

    /** The names of the campaigns that run the bot at their start or their end, by name. */
    public List<String> campaignsUsing(long id) {
        return em.createQuery("select c.name from Campaign c where (c.startBot.id = :b or c.endBot.id = :b)"
                + " and c.archivedAt is null order by c.name", String.class).setParameter("b", id).getResultList();
    }

    /**
     * Deletes a bot nothing uses; one that a campaign runs stays ({@link Removal#IN_USE}, {@link #campaignsUsing}
     * names them); one that talked in chats is disabled instead, so that its messages keep its name.
     */
    public Removal remove(long id) {
        Bot bot = em.find(Bot.class, id);
        if (bot == null) {
            return Removal.NOT_FOUND;
        }
        if (!campaignsUsing(id).isEmpty()) { // an archived campaign runs nothing: its reference is dropped with the bot
            return Removal.IN_USE;
        }
        if (history(id)) {
            bot.setEnabled(false);
            return Removal.DISABLED;
        }
        em.remove(bot);
        return Removal.DELETED;
    }

    private boolean history(long id) {
        Number chats = (Number) em.createNativeQuery("select count(*) from interaction where bot_id = ?1")
                .setParameter(1, id).getSingleResult();
        Number messages = (Number) em.createNativeQuery("select count(*) from chat_message where sender_bot_id = ?1")
                .setParameter(1, id).getSingleResult();
        return chats.longValue() + messages.longValue() > 0;
    }

    /**
     * "Make a new token": a new API token for an endpoint bot, given back to be shown once; only its SHA-256 is kept,
     * and the one before stops working. Empty when the bot is gone or not an endpoint bot.
     */
    public Optional<String> newToken(long id) {
        Bot bot = em.find(Bot.class, id);
        if (bot == null || bot.getKind() != BotKind.ENDPOINT) {
            return Optional.empty();
        }
        String token = BotToken.make();
        bot.setApiTokenHash(Bot.tokenHash(token));
        return Optional.of(token);
    }

    /**
     * Sets the bot's picture from an upload, by the rules of a campaign's image: PNG, JPEG, GIF or WebP (known by its
     * content, not its name) of at most {@link CampaignAdministration#MAX_IMAGE_BYTES}; else the message key of the
     * refusal.
     */
    public Optional<String> setPicture(long id, byte[] content) {
        Bot bot = em.find(Bot.class, id);
        if (bot == null) {
            return Optional.of("admin.error.gone");
        }
        if (content.length > CampaignAdministration.MAX_IMAGE_BYTES) {
            return Optional.of("admin.error.imageSize");
        }
        Optional<String> type = ImageType.of(content);
        if (type.isEmpty()) {
            return Optional.of("admin.error.imageType");
        }
        bot.setPicture(new Picture(content, type.get()));
        return Optional.empty();
    }

    public void removePicture(long id) {
        Optional.ofNullable(em.find(Bot.class, id)).ifPresent(bot -> bot.setPicture(null));
    }

    public Optional<Picture> picture(long id) {
        return Optional.ofNullable(em.find(Bot.class, id)).flatMap(Bot::getPicture);
    }

    /** The bots a campaign may run: the enabled ones, and {@code current} (the campaign's own) even if disabled since. */
    public List<Bot> choices(List<Long> current) {
        return em.createQuery("select b from Bot b where b.enabled = true or b.id in :own order by lower(b.name)", Bot.class)
                .setParameter("own", current.isEmpty() ? List.of(-1L) : current).getResultList();
    }

    /** The agents of the administrator's security group a transfer step may name, by name. */
    public List<User> agents(String login) {
        return users.groupOf(login).map(group -> em.createQuery("select distinct u from User u join u.roles r"
                        + " where r = :role and u.securityGroup = :g order by u.name", User.class)
                .setParameter("role", Role.AGENT).setParameter("g", group).getResultList()).orElse(List.of());
    }
}
