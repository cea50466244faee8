package org.webchat.recording;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.webchat.agent.FormCheck;
import org.webchat.agent.FormRefused;
import org.webchat.interaction.CustomerFeedback;

/**
 * The search of recordings as the page edits it (REC-01), kept as the user left it: start and end date in the user's
 * time zone, a part of the e-mail, campaigns and agents (several), offline only, seen or unseen; also a part of the
 * customer's name, the rating and whether a supervisor graded it. {@link #criteria()} checks it at the edge and
 * refuses it naming each field that is wrong, with a key of the console's bundles.
 */
public class RecordingFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    /** At most this many campaigns or agents in one search: a page offers the group's, never thousands. */
    static final int MAX_CHOSEN = 500;
    static final int MAX_EMAIL = 254;
    static final int MAX_NAME = 200;

    /** REC-06 and REC-04 answer a yes/no question, or leave it open. */
    public enum Choice { ANY, YES, NO;

        Boolean asBoolean() {
            return this == ANY ? null : this == YES;
        }
    }

    private LocalDate from;
    private LocalDate to;
    private String zone = "";
    private String email = "";
    private List<Long> campaigns = new ArrayList<>();
    private List<Long> agents = new ArrayList<>();
    private boolean offlineOnly;
    private Choice seen = Choice.ANY;
    private String customer = "";
    private Integer rating;
    private Choice graded = Choice.ANY;

    /** The search checked: the criteria it stands for, or refused with every problem found. */
    public RecordingCriteria criteria() throws FormRefused {
        FormCheck check = new FormCheck();
        ZoneId userZone = RecordingCriteria.UTC;
        String zoneText = FormCheck.trim(zone);
        if (!zoneText.isEmpty()) {
            try {
                userZone = ZoneId.of(zoneText);
            } catch (DateTimeException wrong) {
                check.add("zone", "recordings.error.zone");
            }
        }
        if (from != null && to != null && to.isBefore(from)) {
            check.add("to", "admin.error.endBeforeStart");
        }
        check.optional("email", email, MAX_EMAIL);
        check.optional("customer", customer, MAX_NAME);
        if (rating != null && (rating < CustomerFeedback.MIN_RATING || rating > CustomerFeedback.MAX_RATING)) {
            check.add("rating", "admin.error.range", CustomerFeedback.MIN_RATING, CustomerFeedback.MAX_RATING);
        }
        chosen(check, "campaigns", campaigns);
        chosen(check, "agents", agents);
        if (!check.problems().isEmpty()) {
            throw new FormRefused(check.problems());
        }
        return new RecordingCriteria(
                from == null ? null : from.atStartOfDay(userZone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(userZone).toInstant(),
                userZone, part(email), new LinkedHashSet<>(campaigns), new LinkedHashSet<>(agents), offlineOnly,
                seen.asBoolean(), part(customer), rating, graded.asBoolean());
    }

    /** Ids picked from the page's lists; a null or a flood of them came from a tampered request. */
    private static void chosen(FormCheck check, String field, List<Long> ids) {
        if (ids.size() > MAX_CHOSEN || ids.stream().anyMatch(id -> id == null || id < 1)) {
            check.add(field, "admin.error.choose");
        }
    }

    private static String part(String text) {
        String value = FormCheck.trim(text).toLowerCase(Locale.ROOT);
        return value.isEmpty() ? null : value;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<Long> getCampaigns() {
        return campaigns;
    }

    public void setCampaigns(List<Long> campaigns) {
        this.campaigns = campaigns == null ? new ArrayList<>() : new ArrayList<>(campaigns);
    }

    public List<Long> getAgents() {
        return agents;
    }

    public void setAgents(List<Long> agents) {
        this.agents = agents == null ? new ArrayList<>() : new ArrayList<>(agents);
    }

    public boolean isOfflineOnly() {
        return offlineOnly;
    }

    public void setOfflineOnly(boolean offlineOnly) {
        this.offlineOnly = offlineOnly;
    }

    public Choice getSeen() {
        return seen;
    }

    public void setSeen(Choice seen) {
        this.seen = seen == null ? Choice.ANY : seen;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public Choice getGraded() {
        return graded;
    }

    public void setGraded(Choice graded) {
        this.graded = graded == null ? Choice.ANY : graded;
    }
}
