package org.webchat.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.agent.AgentSettings;
import org.webchat.agent.AgentState;
import org.webchat.agent.AgentStateChange;
import org.webchat.agent.BreakType;
import org.webchat.agent.PasswordHash;
import org.webchat.agent.Removal;
import org.webchat.agent.Role;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.User;
import org.webchat.agent.UserAccountService;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;
import org.webchat.interaction.Customer;
import org.webchat.interaction.EndReason;
import org.webchat.interaction.Interaction;
import org.webchat.it.TestCampaigns;
import org.webchat.quality.QualityModel;
import org.webchat.quality.QualityModelAdministration;

/**
 * The users and settings pages of the administration in a real Chromium (issue 6): the administrator's own security
 * group described (ADM-02: the only one it sees), a break type
 * and a quality model with two questions created, found in their lists, reopened and stored as typed, the break
 * type then offered in an agent's state list; a quality model whose lowest answer is not below its highest is
 * refused; a user created with every field is listed, reopened and stored with its password hashed, signs in and
 * reaches only its roles' areas; a password reset refuses the old password, accepts the new and ends the session
 * signed in with the old one, its open workspace included; an administrator
 * of another security group does not see the user; bad values are refused beside their fields with nothing typed
 * lost; a user with history is disabled instead of deleted, and its open session ends; a group with users stays, a quality model a campaign
 * uses and a break type taken are disabled; on the Retention tab (issue 13, point 6) a bad period is refused beside its
 * field, a period is saved, Run now says how many old conversations it deleted, an erasure is refused while the
 * customer's chat is live and otherwise says how many it deleted, and both show in the records. The browser side lives in
 * {@link UsersAndSettingsScenarios}; every login and name starts with "ua-", which no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UsersAndSettingsBrowserIT {

    static final String PASSWORD = "ua-admin-pw";
    static final String GROUP = "ua-Group";
    static final String OTHER_GROUP = "ua-Other group";
    static final String ADMIN = "ua-admin";
    static final String OTHER_ADMIN = "ua-other-admin";

    static final String USER_NAME = "ua Úrsula Agent";
    static final String USER_LOGIN = "ua-ursula";
    static final String USER_EMAIL = "ua-ursula@example.com";
    static final String FIRST_PASSWORD = "ua-first-password";
    static final String SECOND_PASSWORD = "ua-second-password";
    static final String KEPT_LOGIN = "ua-kept";
    static final String KEPT_PASSWORD = "ua-kept-password";

    static final String GROUP_DESCRIPTION = "Night shift of the ua team";
    static final String BREAK = "ua-Stretch";
    static final String MODEL = "ua-Service quality";
    static final String MODEL_DESCRIPTION = "How the ua chats went";
    static final List<String> QUESTIONS = List.of("Was the question solved?", "Was the agent polite?");

    /** Retention (issue 13, point 6): the group's campaign, in the retention helper's range of test ids. */
    static final long RETENTION_CAMPAIGN = 213_310;
    static final String ERASED_EMAIL = "ua-gdpr@example.com";

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    UserAccountService accounts;

    @Inject
    AgentSettings settings;

    @Inject
    QualityModelAdministration models;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void twoSecurityGroupsWithTheirAdministrators() throws Exception {
        tx.begin();
        SecurityGroup group = new SecurityGroup(GROUP, null);
        SecurityGroup other = new SecurityGroup(OTHER_GROUP, null);
        em.persist(group);
        em.persist(other);
        accounts.create(ADMIN, "ua Administrator", PASSWORD, EnumSet.of(Role.ADMIN), group);
        accounts.create(OTHER_ADMIN, "ua Other administrator", PASSWORD, EnumSet.of(Role.ADMIN), other);
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void theOwnSecurityGroupIsDescribedAndABreakTypeAndAQualityModelAreCreatedListedAndReopened() {
        new UsersAndSettingsScenarios(base).createSettingsAndReopenThem();
    }

    @Test
    @Order(3)
    @RunAsClient
    void aTakenNameAndAQualityModelWhoseLowestAnswerIsNotBelowItsHighestAreRefused() {
        new UsersAndSettingsScenarios(base).badSettingsAreRefused();
    }

    @Test
    @Order(4)
    void theSettingsAreStoredAsTyped() throws Exception {
        readBack(() -> {
            SecurityGroup group = one("select g from SecurityGroup g where g.name = :n", SecurityGroup.class, GROUP);
            assertEquals(GROUP_DESCRIPTION, group.getDescription());
            BreakType breakType = one("select b from BreakType b where b.name = :n", BreakType.class, BREAK);
            assertEquals("pi pi-heart", breakType.getIcon());
            assertTrue(breakType.isEnabled());
            QualityModel model = one("select q from QualityModel q where q.name = :n", QualityModel.class, MODEL);
            assertEquals(MODEL_DESCRIPTION, model.getDescription());
            assertEquals(List.of(QUESTIONS.get(0) + " 3 1..5", QUESTIONS.get(1) + " 1 0..10"), model.getQuestions().stream()
                    .map(q -> q.getText() + " " + q.getWeight() + " " + q.getScaleMin() + ".." + q.getScaleMax()).toList());
            assertEquals(0L, em.createQuery("select count(q) from QualityModel q where q.name like 'ua-Broken%'", Long.class)
                    .getSingleResult(), "a refused model is not stored");
        });
    }

    @Test
    @Order(5)
    @RunAsClient
    void aUserCreatedWithEveryFieldIsListedAndReopensWithEveryValue() {
        new UsersAndSettingsScenarios(base).createUserAndReopenIt();
    }

    @Test
    @Order(6)
    void theUserIsStoredAsTypedWithItsPasswordHashed() throws Exception {
        readBack(() -> {
            User user = user(USER_LOGIN);
            assertEquals(USER_NAME, user.getName());
            assertEquals(USER_EMAIL, user.getEmail());
            assertEquals(GROUP, user.getSecurityGroup().getName(), "ADM-02: in the administrator's group");
            assertEquals(Set.of(Role.AGENT, Role.SUPERVISOR), user.getRoles());
            assertTrue(user.isScreenMonitoringAllowed());
            assertTrue(user.isEnabled());
            assertFalse(user.getPasswordHash().contains(FIRST_PASSWORD), "never stored as typed");
            assertTrue(PasswordHash.verify(FIRST_PASSWORD, user.getPasswordHash()));
            assertTrue(user.getPasswordHash().startsWith("pbkdf2-sha256$10000$"),
                    "with the work factor the server is configured with (webchat.password.iterations, arquillian.xml)");
        });
    }

    @Test
    @Order(7)
    @RunAsClient
    void theNewUserSignsInAndReachesOnlyItsRolesAreasWhereTheNewBreakTypeIsOffered() {
        new UsersAndSettingsScenarios(base).theNewUserSignsIn();
    }

    @Test
    @Order(8)
    @RunAsClient
    void aPasswordResetRefusesTheOldPasswordAndAcceptsTheNew() {
        new UsersAndSettingsScenarios(base).resetThePassword();
    }

    @Test
    @Order(9)
    @RunAsClient
    void anAdministratorOfAnotherSecurityGroupDoesNotSeeTheUser() {
        new UsersAndSettingsScenarios(base).anotherGroupDoesNotSeeTheUser();
    }

    @Test
    @Order(10)
    @RunAsClient
    void badValuesAreRefusedBesideTheirFieldsInSpanishAndNothingTypedIsLost() {
        new UsersAndSettingsScenarios(base).badUsersAreRefused();
    }

    @Test
    @Order(11)
    @RunAsClient
    void aPasswordTypedBeforeARefusalIsKeptAndAUserWithHistoryIsDisabledInsteadOfDeleted() {
        new UsersAndSettingsScenarios(base).keepThePasswordAndRemoveUsers();
    }

    @Test
    @Order(12)
    void theUserWithHistoryStaysDisabledWithItsNewPasswordAndTheOtherIsGone() throws Exception {
        readBack(() -> {
            User user = user(USER_LOGIN);
            assertFalse(user.isEnabled(), "disabled, not deleted: its presence history keeps it");
            assertTrue(PasswordHash.verify(SECOND_PASSWORD, user.getPasswordHash()));
            assertEquals(0L, em.createQuery("select count(u) from User u where u.login = :l", Long.class)
                    .setParameter("l", KEPT_LOGIN).getSingleResult(), "a user without history is deleted");
            assertTrue(user(ADMIN).hasRole(Role.ADMIN), "the administrator kept their own role");
        });
    }

    @Test
    @Order(13)
    void whatIsInUseIsKeptOrDisabledInsteadOfDeleted() throws Exception {
        readBack(() -> {
            SecurityGroup group = one("select g from SecurityGroup g where g.name = :n", SecurityGroup.class, GROUP);
            assertEquals(Removal.IN_USE, settings.removeGroup(ADMIN, group.getId()), "a group with users stays");
            assertEquals(Removal.NOT_FOUND, settings.removeGroup(OTHER_ADMIN, group.getId()), "ADM-02: not another's");
            QualityModel model = one("select q from QualityModel q where q.name = :n", QualityModel.class, MODEL);
            Campaign campaign = new Campaign("ua-Campaign", group);
            campaign.setQualityModel(model);
            em.persist(campaign);
            assertEquals(Removal.DISABLED, models.remove(ADMIN, model.getId()), "a model a campaign uses");
            assertFalse(model.isEnabled());
            BreakType breakType = one("select b from BreakType b where b.name = :n", BreakType.class, BREAK);
            em.persist(new AgentStateChange(user(USER_LOGIN), AgentState.ON_BREAK, breakType, Instant.now(), null));
            assertEquals(Removal.DISABLED, settings.removeBreakType(ADMIN, breakType.getId()), "a break type taken");
            assertFalse(breakType.isEnabled());
        });
    }

    @Test
    @Order(14)
    void theGroupHasAnOldChatARecentOneAndACustomerWhoseChatIsLive() throws Exception {
        tx.begin();
        SecurityGroup group = one("select g from SecurityGroup g where g.name = :n", SecurityGroup.class, GROUP);
        Campaign campaign = TestCampaigns.create(em, RETENTION_CAMPAIGN, "ua-Retention", true);
        campaign.setSecurityGroup(group);
        Instant old = Instant.now().minus(Duration.ofDays(100));
        Interaction oldChat = Interaction.queued(campaign, new Customer("ua Old", "ua-old@example.com", null, null),
                Language.EN, null, old);
        oldChat.end(EndReason.ABANDONED, old.plusSeconds(60));
        em.persist(oldChat);
        em.persist(Interaction.offline(campaign, new Customer("ua Erased", ERASED_EMAIL, null, null), Language.EN, null,
                Instant.now().minus(Duration.ofDays(1))));
        em.persist(Interaction.queued(campaign, new Customer("ua Busy", "ua-busy@example.com", null, null), Language.EN,
                null, Instant.now()));
        tx.commit();
    }

    @Test
    @Order(15)
    @RunAsClient
    void retentionIsSetAndRunAndACustomerErasedOnTheSettingsPage() {
        new UsersAndSettingsScenarios(base).retentionIsSetRunAndACustomerErased();
    }

    @Test
    @Order(16)
    void theOldChatAndTheErasedCustomerAreGoneAndTheLiveChatStays() throws Exception {
        readBack(() -> {
            SecurityGroup group = one("select g from SecurityGroup g where g.name = :n", SecurityGroup.class, GROUP);
            assertEquals(30, group.getRetentionDays());
            assertEquals(List.of("ua-busy@example.com"), em.createQuery("select i.customer.email from Interaction i"
                    + " where i.campaign.id = :c", String.class).setParameter("c", RETENTION_CAMPAIGN).getResultList());
        });
    }

    /** Runs the checks of what was stored in a transaction that changes nothing. */
    private void readBack(Runnable checks) throws Exception {
        tx.begin();
        try {
            checks.run();
        } finally {
            tx.rollback();
        }
    }

    private User user(String login) {
        return one("select u from User u where u.login = :n", User.class, login);
    }

    private <T> T one(String query, Class<T> type, String name) {
        return em.createQuery(query, type).setParameter("n", name).getSingleResult();
    }
}
