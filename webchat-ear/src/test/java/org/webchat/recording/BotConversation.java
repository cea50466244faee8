package org.webchat.recording;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.User;
import org.webchat.bot.Bot;
import org.webchat.bot.BotKind;
import org.webchat.bot.BotVariable;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;
import org.webchat.interaction.Customer;
import org.webchat.interaction.EndReason;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.SenderKind;

/**
 * A stored conversation with bots, as the engine leaves it (issue 15, point 5): the start bot greets and asks, the
 * customer answers, the bot hands off with a note for the agent, an agent takes it and ends it, and the end bot's
 * survey is answered; what the start bot collected and the survey's answer are kept. Made in the caller's transaction.
 */
final class BotConversation {

    static final String BOT_NAME = "Asistente Demo";
    static final String QUESTION = "What is it about?";
    static final String NOTE = "Topic billing, plan gold";
    static final List<String> COLLECTED = List.of("topic: billing", "mail: vera@example.com");
    static final String SURVEY = "score: 5";

    private BotConversation() {
    }

    /** The conversation of customer {@code customer} with bot {@code botName} (shown as {@link #BOT_NAME}). */
    static Interaction seed(EntityManager em, Campaign campaign, User agent, String botName, String customer, Instant t0) {
        SecurityGroup group = campaign.getSecurityGroup();
        if (group == null) { // ADM-02: a bot is a group's, also where the test's campaign has none
            group = new SecurityGroup(botName + " group", null);
            em.persist(group);
        }
        Bot bot = new Bot(botName, BotKind.FLOW, group);
        bot.setDisplayName(BOT_NAME);
        bot.setFlowDefinition("{\"steps\": [{\"id\": \"bye\", \"type\": \"end\"}]}");
        em.persist(bot);
        Interaction chat = Interaction.withBot(campaign, new Customer(customer, "vera@example.com", null, null),
                Language.EN, null, bot, t0);
        em.persist(chat);
        em.persist(chat.post(SenderKind.BOT, null, null, QUESTION, null, t0.plusSeconds(1)));
        em.persist(chat.post(SenderKind.CUSTOMER, null, "b-1", "Billing, <b>please</b>", null, t0.plusSeconds(5)));
        em.persist(chat.post(SenderKind.BOT, null, null, NOTE, null, t0.plusSeconds(6), true));
        chat.handOff(null, NOTE, null, t0.plusSeconds(6));
        chat.assign(agent, t0.plusSeconds(20));
        em.persist(chat.post(SenderKind.AGENT, agent, null, "Hello, I see it is about billing", null, t0.plusSeconds(25)));
        chat.end(EndReason.AGENT, t0.plusSeconds(120));
        em.flush();
        // The engine names the bot of its lines as it posts them (ChatService.postBot); here, once they are stored.
        em.createNativeQuery("UPDATE chat_message SET sender_bot_id = " + bot.getId() + " WHERE interaction_id = "
                + chat.getId() + " AND sender_kind = 'BOT'").executeUpdate();
        em.persist(new BotVariable(chat.getId(), BotVariable.Phase.START, "topic", "billing", 0));
        em.persist(new BotVariable(chat.getId(), BotVariable.Phase.START, "mail", "vera@example.com", 1));
        em.persist(new BotVariable(chat.getId(), BotVariable.Phase.END, "score", "5", 0));
        return chat;
    }
}
