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
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.User;
import org.webchat.agent.UserRepository;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.CampaignAdministration;
import org.webchat.campaign.ImageType;

/**
 * The administration of bots (BOT-01, BOT-02) of the administrator's security group (ADM-02): list, open, save and
 * remove them, make an external bot's API token, set its picture. Another group's bot is neither listed nor opened,
 * saved, removed nor given a token, whatever id is posted: it is answered as a missing one. A new bot is the
 * administrator's group's, and its name is unique within that group. A flow transfers only to a campaign or an agent of
 * the bot's group. A bot a campaign runs is not removed: the refusal names the campaigns, so the administrator chooses
 * another bot there first, knowingly. One that talked in chats is disabled instead, so the history keeps its name.
 */
@Stateless
public class BotAdministration {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    UserRepository users;

    /** The bots of the administrator's group, also the disabled ones, by name. */
    public List<BotSummary> bots(String login) {
        return users.groupOf(login).map(group -> em.createQuery("select b from Bot b where b.securityGroup = :g"
                        + " order by lower(b.name)", Bot.class).setParameter("g", group)
                .getResultStream().map(BotSummary::of).toList()).orElse(List.of());
    }

    public Optional<BotForm> open(String login, long id) {
        return own(login, id).map(BotForm::of);
    }

    /**
     * Stores a bot of the administrator's group; returns its id. Its flow's transfers must name a campaign of the group
     * that is not archived and an agent of the group (campaign-outside-group, agent-outside-group: a missing one is
     * answered alike, so another group's ids tell nothing).
     */
    public long save(String login, BotForm form) throws FormRefused {
        SecurityGroup group = users.groupOf(login).orElse(null);
        return form.check(id -> campaignOf(group, id), id -> agentOf(group, id)).storeIn(group, em, Bot.class, form,
                () -> new Bot(form.getName().trim(), BotKind.FLOW, group), form::applyTo, Bot::getId,
                Bot::getSecurityGroup);
    }

    private boolean campaignOf(SecurityGroup group, long id) {
        Campaign campaign = em.find(Campaign.class, id);
        return group != null && campaign != null && !campaign.isArchived()
                && SecurityGroup.same(group, campaign.getSecurityGroup());
    }

    private boolean agentOf(SecurityGroup group, long id) {
        User agent = em.find(User.class, id);
        return group != null && agent != null && agent.hasRole(Role.AGENT)
                && SecurityGroup.same(group, agent.getSecurityGroup());
    }

    /** The names of the campaigns that run the administrator's bot at their start or their end, by name. */
    public List<String> campaignsUsing(String login, long id) {
        return own(login, id).map(this::campaignsUsing).orElse(List.of());
    }

    private List<String> campaignsUsing(Bot bot) {
        return em.createQuery("select c.name from Campaign c where (c.startBot = :b or c.endBot = :b)"
                + " and c.archivedAt is null order by c.name", String.class).setParameter("b", bot).getResultList();
    }

    /**
     * Deletes a bot of the group nothing uses; one that a campaign runs stays ({@link Removal#IN_USE},
     * {@link #campaignsUsing} names them); one that talked in chats is disabled instead, so that its messages keep its
     * name.
     */
    public Removal remove(String login, long id) {
        Bot bot = own(login, id).orElse(null);
        if (bot == null) {
            return Removal.NOT_FOUND;
        }
        if (!campaignsUsing(bot).isEmpty()) { // an archived campaign runs nothing: its reference is dropped with the bot
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
     * "Make a new token": a new API token for an endpoint bot of the group, given back to be shown once; only its
     * SHA-256 is kept, and the one before stops working. Empty when the bot is gone, another group's or not an
     * endpoint bot.
     */
    public Optional<String> newToken(String login, long id) {
        Bot bot = own(login, id).orElse(null);
        if (bot == null || bot.getKind() != BotKind.ENDPOINT) {
            return Optional.empty();
        }
        String token = BotToken.make();
        bot.setApiTokenHash(Bot.tokenHash(token));
        return Optional.of(token);
    }

    /**
     * Sets the picture of a bot of the group from an upload, by the rules of a campaign's image: PNG, JPEG, GIF or WebP
     * (known by its content, not its name) of at most {@link CampaignAdministration#MAX_IMAGE_BYTES}; else the message
     * key of the refusal.
     */
    public Optional<String> setPicture(String login, long id, byte[] content) {
        Bot bot = own(login, id).orElse(null);
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

    public void removePicture(String login, long id) {
        own(login, id).ifPresent(bot -> bot.setPicture(null));
    }

    public Optional<Picture> picture(String login, long id) {
        return own(login, id).flatMap(Bot::getPicture);
    }

    /**
     * The bots a campaign of the administrator's group may run (BOT-02, ADM-02): the group's enabled ones, and among
     * {@code current} (the campaign's own) those of the group even if disabled since.
     */
    public List<Bot> choices(String login, List<Long> current) {
        return users.groupOf(login).map(group -> em.createQuery("select b from Bot b where b.securityGroup = :g"
                        + " and (b.enabled = true or b.id in :own) order by lower(b.name)", Bot.class)
                .setParameter("g", group).setParameter("own", current.isEmpty() ? List.of(-1L) : current)
                .getResultList()).orElse(List.of());
    }

    /** The agents of the administrator's security group a transfer step may name, by name. */
    public List<User> agents(String login) {
        return users.groupOf(login).map(group -> em.createQuery("select distinct u from User u join u.roles r"
                        + " where r = :role and u.securityGroup = :g order by u.name", User.class)
                .setParameter("role", Role.AGENT).setParameter("g", group).getResultList()).orElse(List.of());
    }

    /** The bot if it is of the administrator's group; another group's is answered as a missing one. */
    private Optional<Bot> own(String login, long id) {
        return users.groupOf(login).flatMap(group -> Optional.ofNullable(em.find(Bot.class, id))
                .filter(bot -> SecurityGroup.same(group, bot.getSecurityGroup())));
    }
}
