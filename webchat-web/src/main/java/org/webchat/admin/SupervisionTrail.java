package org.webchat.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.webchat.supervision.SupervisorActs;

/**
 * The supervision audit trail in the administration (issue 12, point 5), read only: what the supervisors of the
 * administrator's security group (ADM-02) did, newest first; times in UTC.
 */
@Named("supervisionTrail")
@RequestScoped
public class SupervisionTrail {

    /** How many of the newest acts the page lists. */
    static final int SHOWN = 200;

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Inject
    SecurityContext security;

    @Inject
    SupervisorActs acts;

    private List<SupervisorActs.Entry> entries;

    public List<SupervisorActs.Entry> getEntries() {
        if (entries == null) {
            entries = acts.trail(security.getCallerPrincipal().getName(), SHOWN);
        }
        return entries;
    }

    public String at(SupervisorActs.Entry entry) {
        return AT.format(entry.at());
    }
}
