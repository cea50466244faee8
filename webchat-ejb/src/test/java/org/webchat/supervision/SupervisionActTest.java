package org.webchat.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.webchat.agent.Role;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.User;
import org.webchat.campaign.Language;

/** Issue 12, point 5: an audit entry says who did what to whom; the barge-in line in each language. */
class SupervisionActTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final SecurityGroup group = new SecurityGroup("Demo", null);
    private final User supervisor = new User("sara", "Sara", "hash", EnumSet.of(Role.SUPERVISOR));
    private final User agent = new User("ana", "Ana", "hash", EnumSet.of(Role.AGENT));

    @Test
    @DisplayName("an act is kept in the supervisor's group, with its detail cut to 200 characters")
    void keptInTheSupervisorsGroup() {
        supervisor.setSecurityGroup(group);
        SupervisionAct act = new SupervisionAct(SupervisionAct.Kind.PAUSE, supervisor, agent, null, "x".repeat(250), NOW);

        assertEquals(group, act.getSecurityGroup());
        assertEquals(200, act.getDetail().orElseThrow().length());
        assertTrue(new SupervisionAct(SupervisionAct.Kind.LOG_OUT, supervisor, agent, null, " ", NOW).getDetail().isEmpty());
    }

    @Test
    @DisplayName("an act concerns an agent or a chat")
    void anActHasSomeoneOrSomeChat() {
        assertThrows(IllegalArgumentException.class,
                () -> new SupervisionAct(SupervisionAct.Kind.SPY_OPENED, supervisor, null, null, null, NOW));
        assertThrows(NullPointerException.class,
                () -> new SupervisionAct(SupervisionAct.Kind.SPY_OPENED, null, agent, null, null, NOW));
    }

    @Test
    @DisplayName("the barge-in line names the supervisor in the chat's language")
    void theBargeInLineInEachLanguage() {
        assertEquals("Sara (supervisor) joined the chat", BargeInLine.text(Language.EN, "Sara"));
        assertEquals("Sara (supervisor) se ha unido al chat", BargeInLine.text(Language.ES, "Sara"));
        assertEquals("Sara (supervisor) entrou no chat", BargeInLine.text(Language.PT, "Sara"));
        assertEquals("O'Brien (supervisor) joined the chat", BargeInLine.text(Language.EN, "O'Brien"),
                "a name is put in as it is");
    }
}
