package org.webchat.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.webchat.agent.Role;
import org.webchat.agent.UserAccountService;
import org.webchat.agent.UserRepository;

/**
 * On an empty database, creates the first administrator from the configuration
 * ({@code webchat.admin.login}, {@code webchat.admin.password}; or the environment variables
 * {@code WEBCHAT_ADMIN_LOGIN}, {@code WEBCHAT_ADMIN_PASSWORD}), or the demo data when
 * {@code webchat.demo} ({@code WEBCHAT_DEMO}) is true. A database that has users is left alone.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @Inject
    UserRepository users;

    @Inject
    UserAccountService accounts;

    @Inject
    DemoData demoData;

    @Inject
    @ConfigProperty(name = "webchat.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "webchat.admin.login", defaultValue = "admin")
    String adminLogin;

    @Inject
    @ConfigProperty(name = "webchat.admin.password")
    Optional<String> adminPassword;

    @PostConstruct
    void onEmptyDatabase() {
        if (users.count() > 0) {
            return;
        }
        if (demo) {
            demoData.create();
            LOG.info("Demo data created: " + DemoData.LOGINS);
            return;
        }
        String password = adminPassword.filter(p -> !p.isBlank()).orElseGet(FirstStart::oneTimePassword);
        accounts.create(adminLogin, "Administrator", password, EnumSet.of(Role.ADMIN), null);
        if (adminPassword.isPresent()) {
            LOG.info("Administrator '" + adminLogin + "' created from the configuration");
        } else {
            LOG.warning("Administrator '" + adminLogin + "' created with the generated password " + password
                    + " (set webchat.admin.password or WEBCHAT_ADMIN_PASSWORD to choose it)");
        }
    }

    private static String oneTimePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
