package org.webchat.setup;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import org.webchat.agent.BreakType;
import org.webchat.agent.Role;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.User;
import org.webchat.agent.UserAccountService;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;
import org.webchat.campaign.MessageKind;
import org.webchat.quality.QualityModel;

/**
 * The demo of the run command: one administrator, one supervisor and two agents in the security group
 * "Demo", the campaign "Demo" open every day around the clock, with its messages in es, en and pt, canned
 * responses and a quality model, and a second campaign "Ventas" to transfer chats to.
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
        em.persist(sales);
    }

    private static void message(Campaign campaign, MessageKind kind, String es, String en, String pt) {
        campaign.setMessage(kind, Language.ES, es);
        campaign.setMessage(kind, Language.EN, en);
        campaign.setMessage(kind, Language.PT, pt);
    }
}
