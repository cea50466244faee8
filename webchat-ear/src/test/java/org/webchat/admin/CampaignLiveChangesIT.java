package org.webchat.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.agent.Role;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.UserAccountService;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.CampaignAdministration;
import org.webchat.campaign.CampaignForm;
import org.webchat.campaign.Language;
import org.webchat.campaign.MessageKind;
import org.webchat.it.SocketClient;
import org.webchat.it.TestCampaigns;

/**
 * Issue 6, point 5: a running campaign obeys what the administration saves, at once and without a restart. Its
 * limit of waiting chats (ADV-04) and the Unavailable message (MSG-03) are changed while it takes customers, then
 * its schedule (ADM-06) and the Out of hours message (MSG-02); the next customer meets each change. The campaign
 * has no members, so that customers wait in its queue. Logins and names start with "live-".
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignLiveChangesIT {

    static final long LIVE = 200_711;
    static final String ADMIN = "live-admin";

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    UserAccountService accounts;

    @Inject
    CampaignAdministration administration;

    @ArquillianResource
    URL base;

    private static String hello(String name) {
        return "{\"type\":\"hello\",\"v\":1,\"campaign\":" + LIVE + ",\"name\":\"" + name + "\",\"language\":\"en\"}";
    }

    @Test
    @Order(1)
    void aRunningCampaignOfTheAdministratorsGroup() throws Exception {
        tx.begin();
        SecurityGroup group = new SecurityGroup("live-Group", null);
        em.persist(group);
        accounts.create(ADMIN, "live Administrator", "live-admin-pw", EnumSet.of(Role.ADMIN), group);
        Campaign campaign = TestCampaigns.create(em, LIVE, "live-Campaign", true);
        campaign.setSecurityGroup(group);
        campaign.setDefaultLanguage(Language.EN);
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void atFirstTwoCustomersWait() throws Exception {
        try (SocketClient first = SocketClient.customer(base); SocketClient second = SocketClient.customer(base)) {
            first.send(hello("Uma"));
            assertEquals("QUEUED", first.await("welcome").getString("state"));
            second.send(hello("Vera"));
            assertEquals("QUEUED", second.await("welcome").getString("state"));
            end(first);
            end(second);
        }
    }

    @Test
    @Order(3)
    void theAdministratorAllowsOneWaitingChatWithItsOwnUnavailableMessage() throws Exception {
        CampaignForm form = administration.open(ADMIN, LIVE).orElseThrow();
        form.getValues().put("maxChats", "1");
        form.getMessages().put(CampaignForm.messageKey(MessageKind.UNAVAILABLE, Language.EN),
                "live: our queue is full, please come back later");
        administration.save(ADMIN, form);
    }

    @Test
    @Order(4)
    @RunAsClient
    void theNextSecondCustomerIsTurnedAwayWithThatMessage() throws Exception {
        try (SocketClient first = SocketClient.customer(base); SocketClient second = SocketClient.customer(base)) {
            first.send(hello("Wanda"));
            assertEquals("QUEUED", first.await("welcome").getString("state"));
            second.send(hello("Xenia"));
            JsonObject refused = second.await("refused");
            assertEquals("queue-full", refused.getString("reason"));
            assertEquals("live: our queue is full, please come back later", refused.getString("text"));
            end(first);
        }
    }

    @Test
    @Order(5)
    void theAdministratorClosesTheCampaignTodayWithItsOwnOutOfHoursMessage() throws Exception {
        CampaignForm form = administration.open(ADMIN, LIVE).orElseThrow();
        DayOfWeek today = ZonedDateTime.now(ZoneId.of(form.getValues().get("timeZone"))).getDayOfWeek();
        List<String> otherDays = new ArrayList<>();
        for (DayOfWeek day : EnumSet.complementOf(EnumSet.of(today))) {
            otherDays.add(day.name());
        }
        form.getSchedule().clear();
        form.getSchedule().add(new CampaignForm.ScheduleRow(otherDays, "00:00", "00:00"));
        form.getMessages().put(CampaignForm.messageKey(MessageKind.OUT_OF_HOURS, Language.EN),
                "live: closed today, open tomorrow");
        administration.save(ADMIN, form);
    }

    @Test
    @Order(6)
    @RunAsClient
    void theNextCustomerFindsItClosedWithThatMessage() throws Exception {
        try (SocketClient customer = SocketClient.customer(base)) {
            customer.send(hello("Yara"));
            JsonObject refused = customer.await("refused");
            assertEquals("out-of-hours", refused.getString("reason"));
            assertEquals("live: closed today, open tomorrow", refused.getString("text"));
        }
    }

    private static void end(SocketClient customer) throws InterruptedException {
        customer.send("{\"type\":\"end\"}");
        customer.await(f -> "ENDED".equals(f.getString("state", null)), "the end");
    }
}
