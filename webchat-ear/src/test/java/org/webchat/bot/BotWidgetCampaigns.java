package org.webchat.bot;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.webchat.agent.SecurityGroup;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;
import org.webchat.interaction.Interaction;
import org.webchat.it.TestCampaigns;

/**
 * The server side of {@link BotWidgetScenarios} (issue 15, BOT-01, BOT-02), run in the container: campaigns whose
 * start bot asks with buttons and checks an e-mail, or whose end bot asks a survey; what the bots stored; and a bot's
 * timeout made due at once, as if its minutes had passed.
 */
public final class BotWidgetCampaigns {

    /** A start bot, its agent bw-0 waiting for the hand-off. */
    public static final long HELPED = 215_301;
    /** The same bot, no agent: asking for a person leaves the customer in the queue. */
    public static final long QUEUED = 215_302;
    /** No start bot; an end bot's survey after the agent bw-s-0 ends the chat. */
    public static final long SURVEYED = 215_303;
    /** The same start bot, whose timeout the test makes due. */
    public static final long TIMED = 215_304;
    public static final String PASSWORD = "bw-pw";

    private BotWidgetCampaigns() {
    }

    public static void create(EntityManager em) {
        // ADM-02: a bot is its group's; the campaigns, made as the chat tests make them, have none.
        SecurityGroup group = new SecurityGroup("Bw group", null);
        em.persist(group);
        Bot helper = new Bot("Bw shop helper", BotKind.FLOW, group);
        helper.setDisplayName("Shop helper");
        helper.setFlowDefinition("""
                {"steps": [
                  {"id": "hi", "type": "say", "text": {"en": "Hi {name}, I am the shop's helper."}},
                  {"id": "topic", "type": "ask", "variable": "topic", "text": {"en": "What is it about?"},
                   "options": [{"value": "billing", "label": {"en": "Billing"}},
                               {"value": "delivery", "label": {"en": "Delivery"}}]},
                  {"id": "mail", "type": "ask", "variable": "mail", "check": "email", "text": {"en": "Your e-mail?"},
                   "retry": {"en": "That is no e-mail, again?"}},
                  {"id": "human", "type": "transfer", "summary": {"en": "Topic {topic}"}}
                ]}""");
        helper.setTimeoutMessage(LocalText.of(null, "Nobody there? Bye.", null).toJson());
        em.persist(helper);
        Bot survey = new Bot("Bw shop survey", BotKind.FLOW, group);
        survey.setDisplayName("Shop survey");
        survey.setFlowDefinition("""
                {"steps": [{"id": "score", "type": "ask", "variable": "score", "text": "How did we do?",
                            "options": [{"value": "5", "label": "Well"}, {"value": "1", "label": "Badly"}]},
                           {"id": "bye", "type": "end", "text": "Thanks!"}]}""");
        em.persist(survey);

        Campaign helped = campaign(em, HELPED, "Bot shop");
        helped.setStartBot(helper);
        TestCampaigns.addAgents(em, helped, "bw", 1, PASSWORD);
        campaign(em, QUEUED, "Bot queue").setStartBot(helper);
        Campaign surveyed = campaign(em, SURVEYED, "Surveyed shop");
        surveyed.setEndBot(survey);
        TestCampaigns.addAgents(em, surveyed, "bw-s", 1, PASSWORD);
        campaign(em, TIMED, "Timed shop").setStartBot(helper);
    }

    private static Campaign campaign(EntityManager em, long id, String name) {
        Campaign campaign = TestCampaigns.create(em, id, name, true);
        campaign.setDefaultLanguage(Language.EN);
        return campaign;
    }

    /** The variables a campaign's only chat kept in table bot_variable in a phase, by name. */
    public static Map<String, String> variables(EntityManager em, long campaign, BotVariable.Phase phase) {
        Map<String, String> kept = new LinkedHashMap<>();
        em.createQuery("select v from BotVariable v where v.key.interactionId = :id and v.key.phase = :phase"
                        + " order by v.ordinal", BotVariable.class)
                .setParameter("id", onlyChat(em, campaign).getId()).setParameter("phase", phase).getResultList()
                .forEach(v -> kept.put(v.getName(), v.getValue()));
        return kept;
    }

    /** The bot of the campaign's only chat waited its minutes: the engine's sweep ends the chat (BOT-02). */
    public static void timeoutDue(EntityManager em, long campaign) {
        onlyChat(em, campaign).setBotDueAt(Instant.now().minusSeconds(1));
    }

    private static Interaction onlyChat(EntityManager em, long campaign) {
        return em.createQuery("select i from Interaction i where i.campaign.id = :c", Interaction.class)
                .setParameter("c", campaign).getSingleResult();
    }
}
