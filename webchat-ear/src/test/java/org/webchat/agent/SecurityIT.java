package org.webchat.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.CampaignRepository;
import org.webchat.campaign.CampaignService;
import org.webchat.campaign.CampaignSummary;

/**
 * Logins, password storage, lockout and security groups inside the server, on the real database
 * (issue 2; ADM-01, ADM-02). The server runs with webchat.login.max-failures=3 (arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @Inject
    UserAccountService accounts;

    @Inject
    UserRepository users;

    @Inject
    CampaignRepository campaigns;

    @Inject
    CampaignService campaignService;

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private User createUser(String login, String password, SecurityGroup group, Role... roles) throws Exception {
        tx.begin();
        User user = accounts.create(login, "Test " + login, password, EnumSet.copyOf(List.of(roles)), group == null ? null : em.merge(group));
        tx.commit();
        return user;
    }

    @Test
    void passwordsAreStoredAsSaltedHashesNeverAsText() throws Exception {
        String login = unique("hash");
        createUser(login, "S3cret-pass", null, Role.AGENT);
        createUser(login + "b", "S3cret-pass", null, Role.AGENT);
        String stored = users.findByLogin(login).orElseThrow().getPasswordHash();
        String other = users.findByLogin(login + "b").orElseThrow().getPasswordHash();
        assertFalse(stored.contains("S3cret-pass"));
        assertTrue(stored.startsWith("pbkdf2-sha256$10000$"), "the server's work factor (arquillian.xml): " + stored);
        assertNotEquals(stored, other, "the same password gets a different salt and hash for each user");
        assertTrue(accounts.authenticate(login, "S3cret-pass").isAuthenticated());
    }

    /** A password hashed before the work factor changed is hashed again with today's at its next sign-in. */
    @Test
    void aPasswordOfAnotherWorkFactorIsHashedAgainAtTheNextSignIn() throws Exception {
        String login = unique("rehash");
        createUser(login, "S3cret-pass", null, Role.AGENT);
        tx.begin();
        users.findByLogin(login).orElseThrow().setPasswordHash(PasswordHash.hash("S3cret-pass", 20_000));
        tx.commit();
        assertEquals(LoginOutcome.Result.INVALID_CREDENTIALS, accounts.authenticate(login, "wrong-one").result());
        assertTrue(users.findByLogin(login).orElseThrow().getPasswordHash().startsWith("pbkdf2-sha256$20000$"),
                "a wrong password changes nothing");
        assertTrue(accounts.authenticate(login, "S3cret-pass").isAuthenticated());
        String stored = users.findByLogin(login).orElseThrow().getPasswordHash();
        assertTrue(stored.startsWith("pbkdf2-sha256$10000$"), stored);
        assertTrue(accounts.authenticate(login, "S3cret-pass").isAuthenticated(), "the new hash verifies");
    }

    @Test
    void aWrongPasswordAndAnUnknownLoginGetTheSameRefusal() throws Exception {
        String login = unique("wrong");
        createUser(login, "right-one", null, Role.AGENT);
        assertEquals(LoginOutcome.Result.INVALID_CREDENTIALS, accounts.authenticate(login, "wrong-one").result());
        assertEquals(LoginOutcome.Result.INVALID_CREDENTIALS, accounts.authenticate(unique("nobody"), "whatever").result());
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        String login = unique("lock");
        createUser(login, "right-one", null, Role.SUPERVISOR);
        assertEquals(LoginOutcome.Result.INVALID_CREDENTIALS, accounts.authenticate(login, "bad-1").result());
        assertEquals(LoginOutcome.Result.INVALID_CREDENTIALS, accounts.authenticate(login, "bad-2").result());
        LoginOutcome third = accounts.authenticate(login, "bad-3");
        assertEquals(LoginOutcome.Result.LOCKED, third.result());
        assertTrue(third.lockedUntil() != null);
        assertEquals(LoginOutcome.Result.LOCKED, accounts.authenticate(login, "right-one").result());
        assertTrue(accounts.lockedUntil(login).isPresent());
    }

    /** Issue 11, point 7: "locked" after as many failures whether the login exists or not. */
    @Test
    void anUnknownLoginLocksLikeARealOneSoTheMessageTellsNothing() throws Exception {
        String real = unique("real");
        String unknown = unique("ghost");
        createUser(real, "right-one", null, Role.AGENT);
        for (String login : new String[] {real, unknown}) {
            assertEquals(LoginOutcome.Result.INVALID_CREDENTIALS, accounts.authenticate(login, "bad-1").result(), login);
            assertEquals(LoginOutcome.Result.INVALID_CREDENTIALS, accounts.authenticate(login, "bad-2").result(), login);
            assertEquals(LoginOutcome.Result.LOCKED, accounts.authenticate(login, "bad-3").result(), login);
            assertEquals(LoginOutcome.Result.LOCKED, accounts.authenticate(login, "bad-4").result(), login);
            assertTrue(accounts.lockedUntil(login).isPresent(), login);
        }
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() throws Exception {
        String login = unique("reset");
        createUser(login, "right-one", null, Role.AGENT);
        accounts.authenticate(login, "bad-1");
        accounts.authenticate(login, "bad-2");
        assertTrue(accounts.authenticate(login, "right-one").isAuthenticated());
        assertEquals(LoginOutcome.Result.INVALID_CREDENTIALS, accounts.authenticate(login, "bad-3").result(),
                "the count started again after the successful login");
    }

    @Test
    void loginsAreCaseInsensitiveAndCarryTheUsersRoles() throws Exception {
        String login = unique("roles");
        createUser(login, "right-one", null, Role.SUPERVISOR, Role.AGENT);
        LoginOutcome outcome = accounts.authenticate(login.toUpperCase(), "right-one");
        assertTrue(outcome.isAuthenticated());
        assertEquals(login, outcome.login());
        assertEquals(Set.of(Role.SUPERVISOR, Role.AGENT), outcome.roles());
    }

    @Test
    void theFirstStartCreatedTheDemoUsersWithTheirRoles() {
        assertEquals(Set.of(Role.ADMIN), users.findByLogin("admin").orElseThrow().getRoles());
        assertEquals(Set.of(Role.SUPERVISOR), users.findByLogin("supervisor").orElseThrow().getRoles());
        assertEquals(Set.of(Role.AGENT), users.findByLogin("agent1").orElseThrow().getRoles());
        assertEquals(Set.of(Role.AGENT), users.findByLogin("agent2").orElseThrow().getRoles());
    }

    @Test
    void aUserSeesOnlyTheCampaignsOfItsSecurityGroup() throws Exception {
        tx.begin();
        SecurityGroup north = new SecurityGroup(unique("North"), null);
        SecurityGroup south = new SecurityGroup(unique("South"), null);
        em.persist(north);
        em.persist(south);
        String sales = unique("Sales");
        String support = unique("Support");
        String billing = unique("Billing");
        em.persist(new Campaign(sales, north));
        em.persist(new Campaign(support, north));
        Campaign billingCampaign = new Campaign(billing, south);
        em.persist(billingCampaign);
        tx.commit();
        String northAdmin = unique("north-admin");
        String southAdmin = unique("south-admin");
        String nobody = unique("groupless");
        createUser(northAdmin, "pw-north", north, Role.ADMIN);
        createUser(southAdmin, "pw-south", south, Role.ADMIN);
        createUser(nobody, "pw-none", null, Role.ADMIN);

        assertEquals(List.of(sales, support).stream().sorted().toList(),
                campaignService.visibleTo(northAdmin).stream().map(CampaignSummary::name).toList());
        assertEquals(List.of(billing), campaignService.visibleTo(southAdmin).stream().map(CampaignSummary::name).toList());
        assertEquals(List.of(), campaignService.visibleTo(nobody), "a user without a security group sees no campaign");
        // The demo group's campaigns (other test classes may add theirs to it), none of the groups above.
        List<String> demo = campaignService.visibleTo("admin").stream().map(CampaignSummary::name).toList();
        assertTrue(demo.containsAll(List.of("Demo", "Ventas")), demo.toString());
        assertTrue(demo.stream().noneMatch(List.of(sales, support, billing)::contains), demo.toString());

        Long billingId = billingCampaign.getId();
        assertTrue(campaignService.find(southAdmin, billingId).isPresent());
        assertTrue(campaignService.find(northAdmin, billingId).isEmpty(), "a campaign of another group cannot be opened by its id");
        assertTrue(campaignService.find(nobody, billingId).isEmpty());
    }
}
