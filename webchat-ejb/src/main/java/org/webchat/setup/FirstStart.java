package org.webchat.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.webchat.agent.PasswordPolicy;
import org.webchat.agent.UserAccountService;
import org.webchat.agent.UserRepository;

/**
 * On an empty database, creates the first administrator from the configuration
 * ({@code webchat.admin.login}, {@code webchat.admin.password}; or the environment variables
 * {@code WEBCHAT_ADMIN_LOGIN}, {@code WEBCHAT_ADMIN_PASSWORD}), or the demo data when
 * {@code webchat.demo} ({@code WEBCHAT_DEMO}) is true. A database that has users is left alone. The first
 * administrator gets the first security group (a tenant, ADM-02), so that it can manage its users at once.
 *
 * <p>Tenants are made at setup, never in the consoles: at every start, {@code webchat.tenant.group},
 * {@code webchat.tenant.admin.login} and {@code webchat.tenant.admin.password} (or {@code WEBCHAT_TENANT_GROUP} and
 * so on) make a new security group with its first administrator, unless a group of that name exists already (so they
 * may stay set). Only whoever configures the server does that.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    /** The name of the first security group, until its administrator renames it. */
    static final String FIRST_GROUP = "Webchat";

    @Inject
    UserRepository users;

    @Inject
    UserAccountService accounts;

    @Inject
    DemoData demoData;

    @Inject
    PasswordPolicy passwords;

    @Inject
    FirstStartLock lock;

    @Inject
    @ConfigProperty(name = "webchat.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "webchat.admin.login", defaultValue = "admin")
    String adminLogin;

    @Inject
    @ConfigProperty(name = "webchat.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "webchat.tenant.group")
    Optional<String> tenantGroup;

    @Inject
    @ConfigProperty(name = "webchat.tenant.admin.login")
    Optional<String> tenantLogin;

    @Inject
    @ConfigProperty(name = "webchat.tenant.admin.password")
    Optional<String> tenantPassword;

    @PostConstruct
    void onStart() {
        passwords.check(); // a work factor below the least stops the deployment, not a later password change
        onEmptyDatabase();
        newTenant();
    }

    private void onEmptyDatabase() {
        // Another node starting at the same moment waits here until this one committed what it made.
        lock.take();
        if (users.count() > 0) {
            return;
        }
        if (demo) {
            demoData.create();
            LOG.info("Demo data created: " + DemoData.LOGINS);
            return;
        }
        String password = adminPassword.filter(p -> !p.isBlank()).orElseGet(FirstStart::oneTimePassword);
        // The first tenant: its administrator renames the group on the settings page.
        accounts.createTenant(FIRST_GROUP, adminLogin, password);
        if (adminPassword.isPresent()) {
            LOG.info("Administrator '" + adminLogin + "' created from the configuration");
        } else {
            LOG.warning("Administrator '" + adminLogin + "' created with the generated password " + password
                    + " (set webchat.admin.password or WEBCHAT_ADMIN_PASSWORD to choose it)");
        }
    }

    /** The tenant the configuration asks for, when its group does not exist yet. */
    private void newTenant() {
        Optional<String> group = tenantGroup.map(String::trim).filter(g -> !g.isEmpty());
        if (group.isEmpty()) {
            return;
        }
        String login = tenantLogin.map(String::trim).orElse("");
        String password = tenantPassword.orElse("");
        if (login.isEmpty() || password.isBlank()) {
            LOG.warning("The tenant '" + group.get() + "' needs webchat.tenant.admin.login and webchat.tenant.admin.password;"
                    + " it was not created");
            return;
        }
        try {
            if (accounts.createTenantUnlessTaken(group.get(), login, password)) {
                LOG.info("Tenant '" + group.get() + "' created with its administrator '" + login + "'");
            }
        } catch (EJBException e) {
            // Another node of the cluster made it at the same moment, or the login belongs to someone else.
            LOG.warning("The tenant '" + group.get() + "' was not created: " + e.getMessage());
        }
    }

    private static String oneTimePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
