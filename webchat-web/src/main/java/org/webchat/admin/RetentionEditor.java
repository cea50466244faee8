package org.webchat.admin;

import static org.webchat.admin.AdminTexts.say;
import static org.webchat.admin.AdminTexts.text;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.webchat.agent.FormCheck;
import org.webchat.agent.FormRefused;
import org.webchat.retention.Retention;
import org.webchat.retention.RetentionRecord;

/**
 * Retention on the administration's settings page (issue 13, point 6), for the administrator's security group: the
 * period in days (empty: forever), a run of the retention job now with how many it deleted, a customer's erasure by
 * e-mail, and the records of what retention deleted (times in UTC, as the supervision trail).
 */
@Named("retentionEditor")
@ViewScoped
public class RetentionEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How long "Run now" waits for the job to tell how many it deleted before saying it goes on. */
    static final int WAIT_TENTHS = 30;

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Inject
    transient SecurityContext security;

    @Inject
    transient Retention retention;

    private String days = "";
    private String email = "";
    private Map<String, String> errors = new HashMap<>();
    private List<RetentionRecord> records;
    /** The run started here that had not told its result when "Run now" answered: the page asks until it does. */
    private Long running;

    @PostConstruct
    void init() {
        days = retention.period(login()).map(String::valueOf).orElse("");
        records = retention.records(login());
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    private void refused(FormRefused refused) {
        for (FormCheck.Problem problem : refused.problems()) {
            // Retention's own texts count with {0,choice,...}, which takes a number; the shared ones show them as typed.
            Object[] args = problem.key().startsWith("admin.retention.")
                    ? problem.args().stream().map(a -> a.matches("[0-9]{1,18}") ? (Object) Long.valueOf(a) : a).toArray()
                    : problem.args().toArray();
            errors.putIfAbsent(problem.field(), text(problem.key(), args));
        }
    }

    public void save() {
        errors = new HashMap<>();
        try {
            Optional<Integer> period = retention.savePeriod(login(), days);
            days = period.map(String::valueOf).orElse("");
            period.ifPresentOrElse(d -> say(FacesMessage.SEVERITY_INFO, "admin.retention.saved", d),
                    () -> say(FacesMessage.SEVERITY_INFO, "admin.retention.saved.forever"));
        } catch (FormRefused refused) {
            refused(refused);
            say(FacesMessage.SEVERITY_ERROR, "admin.retention.refused");
        }
    }

    /**
     * Starts the job and waits a little for it to say how many it deleted; a large backlog (or a busy server) goes on
     * in the background, and the page then asks every second ({@link #checkRun}) until the result shows.
     */
    public void runNow() throws InterruptedException {
        errors = new HashMap<>();
        try {
            long execution = retention.runNow(login());
            Optional<Integer> deleted = Optional.empty();
            for (int i = 0; i < WAIT_TENTHS && deleted.isEmpty(); i++) {
                Thread.sleep(100);
                deleted = retention.deletedBy(login(), execution);
            }
            running = deleted.isPresent() ? null : execution;
            deleted.ifPresentOrElse(n -> say(FacesMessage.SEVERITY_INFO, "admin.retention.ran", n),
                    () -> say(FacesMessage.SEVERITY_INFO, "admin.retention.running"));
        } catch (FormRefused refused) {
            say(FacesMessage.SEVERITY_ERROR, refused.problems().get(0).key());
        }
        records = retention.records(login());
    }

    /** The run "Run now" left going: once it has told how many it deleted, says so and shows it in the records. */
    public void checkRun() {
        Optional<Integer> deleted = running == null ? Optional.empty() : retention.deletedBy(login(), running);
        if (deleted.isPresent()) {
            running = null;
            say(FacesMessage.SEVERITY_INFO, "admin.retention.ran", deleted.get());
            records = retention.records(login());
        }
    }

    public boolean isRunning() {
        return running != null;
    }

    public void erase() {
        errors = new HashMap<>();
        try {
            int deleted = retention.erase(login(), email);
            say(FacesMessage.SEVERITY_INFO, "admin.retention.erased", deleted, RetentionRecord.mask(FormCheck.trim(email)));
            email = "";
        } catch (FormRefused refused) {
            refused(refused);
            say(FacesMessage.SEVERITY_ERROR, "admin.retention.erase.refused");
        }
        records = retention.records(login());
    }

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<RetentionRecord> getRecords() {
        return records;
    }

    public String at(RetentionRecord record) {
        return AT.format(record.getActedAt());
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }
}
