package org.webchat.setup;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.webchat.agent.BreakType;
import org.webchat.agent.Role;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.User;
import org.webchat.agent.UserAccountService;
import org.webchat.bot.Bot;
import org.webchat.bot.BotFlow;
import org.webchat.bot.BotKind;
import org.webchat.bot.FlowRefused;
import org.webchat.bot.LocalText;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;
import org.webchat.campaign.MessageKind;
import org.webchat.quality.QualityModel;

/**
 * The demo of the run command: one administrator, one supervisor and two agents in the security group
 * "Demo", the campaign "Demo" open every day around the clock, with its messages in es, en and pt, canned
 * responses and a quality model, and a second campaign "Ventas" to transfer chats to; two bots of the group (issue 15):
 * an assistant, which greets Ventas's customers and may be given to Demo too, and a survey for a campaign's end.
 */
@Stateless
public class DemoData {

    static final String LOGINS = "admin/admin, supervisor/supervisor, agent1/agent1, agent2/agent2";

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    UserAccountService accounts;

    public void create() {
        SecurityGroup group = new SecurityGroup("Demo", "Users and campaigns of the demo");
        em.persist(group);

        accounts.create("admin", "Ada Admin", "admin", EnumSet.of(Role.ADMIN), group);
        accounts.create("supervisor", "Sofía Supervisor", "supervisor", EnumSet.of(Role.SUPERVISOR), group);
        User agent1 = accounts.create("agent1", "Ana Agent", "agent1", EnumSet.of(Role.AGENT), group);
        User agent2 = accounts.create("agent2", "Bruno Agent", "agent2", EnumSet.of(Role.AGENT), group);
        agent1.setScreenMonitoringAllowed(true); // SUP-12: the demo's supervisor may watch Ana's screen

        em.persist(new BreakType("Lunch", "pi pi-apple", group));
        em.persist(new BreakType("Training", "pi pi-book", group));

        Campaign campaign = new Campaign("Demo", group);
        campaign.addAllowedDomain("localhost");
        campaign.addAllowedDomain("127.0.0.1");
        campaign.addScheduleEntry(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        campaign.setOfflineMessageEnabled(true);
        campaign.setAudioVideoAllowed(true); // ADV-12: the demo's customers may call (issue 14)
        message(campaign, MessageKind.WELCOME,
                "¡Hola! Un agente le atenderá en breve.",
                "Hello! An agent will be with you shortly.",
                "Olá! Um atendente vai falar com você em breve.");
        message(campaign, MessageKind.OUT_OF_HOURS,
                "Estamos fuera del horario de atención. Déjenos un mensaje y le responderemos.",
                "We are out of office hours. Leave us a message and we will get back to you.",
                "Estamos fora do horário de atendimento. Deixe uma mensagem e responderemos.");
        message(campaign, MessageKind.UNAVAILABLE,
                "Todos nuestros agentes están ocupados. Por favor, vuelva a intentarlo más tarde.",
                "All our agents are busy. Please try again later.",
                "Todos os nossos atendentes estão ocupados. Tente novamente mais tarde.");
        message(campaign, MessageKind.AGENT_AUTOMATIC,
                "Hola, soy su agente. ¿En qué puedo ayudarle?",
                "Hi, I am your agent. How can I help you?",
                "Olá, sou seu atendente. Como posso ajudar?");
        message(campaign, MessageKind.COMMENTS,
                "Gracias por contactarnos. ¡Hasta pronto!",
                "Thank you for contacting us. See you soon!",
                "Obrigado pelo contato. Até breve!");
        campaign.addMember(agent1, 0);
        campaign.addMember(agent2, 20);
        campaign.addCannedResponse("/hola", "Saludo", "¡Hola! ¿En qué puedo ayudarle hoy?", Language.ES);
        campaign.addCannedResponse("/hello", "Greeting", "Hello! How can I help you today?", Language.EN);
        campaign.addCannedResponse("/ola", "Saudação", "Olá! Como posso ajudar hoje?", Language.PT);
        campaign.addCannedResponse("/bye", "Goodbye", "Thank you for contacting us. Have a nice day!", Language.EN);
        // ADV-02: the form the agent answers after each chat.
        QualityModel quality = new QualityModel("Calidad del chat", "Cómo fue la atención", group);
        quality.addQuestion("¿Se resolvió la consulta?", 2, 1, 5);
        quality.addQuestion("¿Fue cordial la atención?", 1, 1, 5);
        em.persist(quality);
        campaign.setQualityModel(quality);
        em.persist(campaign);

        // A second queue to transfer chats to (AGT-08), answered by the second agent only.
        Campaign sales = new Campaign("Ventas", group);
        sales.addAllowedDomain("localhost");
        sales.addAllowedDomain("127.0.0.1");
        sales.addScheduleEntry(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        sales.addMember(agent2, 0);

        // BOT-01, BOT-02: Ventas greets with the assistant; both bots, of the group Demo (ADM-02), may be given to the
        // campaign Demo in its form.
        Bot assistant = bot(group, "Demo assistant", "Asistente", "demo-assistant.json", 5,
                "Como no recibimos respuesta, cerramos este chat. ¡Escríbanos cuando quiera!",
                "As we heard nothing back, we are closing this chat. Write to us whenever you like!",
                "Como não recebemos resposta, encerramos este chat. Escreva quando quiser!");
        em.persist(assistant);
        em.persist(bot(group, "Demo survey", "Encuesta", "demo-survey.json", 2, null, null, null));
        sales.setStartBot(assistant);
        em.persist(sales);
    }

    private static Bot bot(SecurityGroup group, String name, String shownName, String flow, int timeoutMinutes, String es,
            String en, String pt) {
        Bot bot = new Bot(name, BotKind.FLOW, group);
        bot.setDisplayName(shownName);
        bot.setTimeoutMinutes(timeoutMinutes);
        try (var in = DemoData.class.getResourceAsStream(flow)) {
            bot.setFlowDefinition(BotFlow.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).toJson());
        } catch (IOException | FlowRefused broken) {
            throw new IllegalStateException("The demo bot " + name + " cannot be read", broken);
        }
        if (es != null) {
            bot.setTimeoutMessage(LocalText.of(es, en, pt).toJson());
        }
        return bot;
    }

    private static void message(Campaign campaign, MessageKind kind, String es, String en, String pt) {
        campaign.setMessage(kind, Language.ES, es);
        campaign.setMessage(kind, Language.EN, en);
        campaign.setMessage(kind, Language.PT, pt);
    }
}
