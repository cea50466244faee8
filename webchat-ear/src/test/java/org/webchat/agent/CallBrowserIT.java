package org.webchat.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.DatagramSocket;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.call.Call;
import org.webchat.call.CallEnd;
import org.webchat.call.CallSide;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;
import org.webchat.it.TestCampaigns;

/**
 * Issue 14 between two real Chromiums with fake devices (AV-01..04, AGT-04): a customer in the widget calls, the agent
 * hears the ring and sees it over another chat, accepts, and both peer connections reach connected with audio and
 * video bytes arriving on both sides; hang-up ends both; an audio call; a decline; the agent calls the customer; the
 * agent on a call meanwhile; a second window of the agent shows the call as elsewhere; every call a line in both
 * transcripts and stored. Then a ring that lapses (webchat.call.ring-seconds) and a relay-only ICE policy with an
 * unreachable TURN server, whose failure both sides explain. The server reads those system properties at each call:
 * this test sets them inside the server between its scenarios. The browser side is {@link CallScenarios}, so that
 * this class names no Selenium type (it is loaded in the server too).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CallBrowserIT {

    static final long CALLS = 214_201;
    static final String AGENT = "acall-0";
    static final String PASSWORD = "acall-pw";

    /** How the calls of the scenarios end, in order: {@link CallScenarios} makes them. */
    static final List<String> EXPECTED_ENDS = List.of("HUNG_UP", "HUNG_UP", "DECLINED", "HUNG_UP", "HUNG_UP", "HUNG_UP",
            "HUNG_UP", "NO_ANSWER", "FAILED");
    /** The call the agent starts. */
    static final int AGENTS_CALL = 3;

    private static final String RING = "webchat.call.ring-seconds";
    private static final String POLICY = "webchat.call.ice-policy";
    private static final String TURN = "webchat.call.turn-urls";
    private static final String SECRET = "webchat.call.turn-secret";

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aCampaignThatAllowsCalls() throws Exception {
        tx.begin();
        Campaign calls = TestCampaigns.create(em, CALLS, "Video desk", true);
        calls.setDefaultLanguage(Language.EN);
        calls.setAudioVideoAllowed(true); // ADV-12
        TestCampaigns.addAgents(em, calls, "acall", 1, PASSWORD);
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void videoAndAudioCallsConnectBothWaysAndEndOnBothSides() throws Exception {
        new CallScenarios(base).callsBetweenTheWidgetAndTheWorkspace();
    }

    @Test
    @Order(3)
    void aShortRing() {
        System.setProperty(RING, "5");
    }

    @Test
    @Order(4)
    @RunAsClient
    void aCallNobodyAnswersStopsRingingWhenItsTimeIsOver() throws Exception {
        new CallScenarios(base).aRingThatLapses();
    }

    @Test
    @Order(5)
    void relayOnlyThroughATurnServerThatIsNotThere() throws Exception {
        System.clearProperty(RING);
        int closed;
        try (DatagramSocket probe = new DatagramSocket(0)) {
            closed = probe.getLocalPort(); // free now, and nothing listens on it once closed
        }
        System.setProperty(POLICY, "relay");
        System.setProperty(TURN, "turn:127.0.0.1:" + closed);
        System.setProperty(SECRET, "not-a-real-secret");
    }

    @Test
    @Order(6)
    @RunAsClient
    void aConnectionThatCannotBeMadeEndsTheCallWithItsReasonOnBothSides() throws Exception {
        new CallScenarios(base).aTurnServerThatIsNotThere();
    }

    @Test
    @Order(7)
    void everyCallIsStored() {
        System.clearProperty(POLICY);
        System.clearProperty(TURN);
        System.clearProperty(SECRET);
        List<Call> calls = em.createQuery("select c from Call c where c.interaction.campaign.id = :campaign order by c.id",
                Call.class).setParameter("campaign", CALLS).getResultList();
        List<CallEnd> ends = calls.stream().map(c -> c.getEndReason().orElseThrow()).toList();
        assertEquals(EXPECTED_ENDS, ends.stream().map(Enum::name).toList(), "issue 14, point 4");
        assertTrue(calls.stream().allMatch(c -> c.getAgent().isPresent()), "each call names its agent");
        assertEquals(CallSide.AGENT, calls.get(AGENTS_CALL).getStartedBy(), "the agent's own call");
        assertTrue(calls.get(0).getAnsweredAt().isPresent(), "the first call was answered");
    }
}
