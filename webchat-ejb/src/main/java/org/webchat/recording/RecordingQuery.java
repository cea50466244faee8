package org.webchat.recording;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.webchat.quality.EvaluationKind;

/**
 * One search of recordings as JPQL (REC-01): the conditions of {@link RecordingCriteria} within one security group
 * (ADM-02), each a fixed text with named parameters. What the user typed only ever travels as a parameter; the parts
 * of names and e-mails match anywhere, their LIKE wildcards taken literally.
 */
public final class RecordingQuery {

    /** The escape character of the LIKE patterns. */
    static final char ESCAPE = '!';

    private static final String FROM = " from Interaction i join i.campaign c";
    private static final String FEEDBACK = " left join CustomerFeedback f on f.interaction = i";

    private final String where;
    private final Map<String, Object> parameters;
    private final boolean byRating;

    private RecordingQuery(String where, Map<String, Object> parameters, boolean byRating) {
        this.where = where;
        this.parameters = Map.copyOf(parameters);
        this.byRating = byRating;
    }

    /** The conversations of the campaigns of security group {@code groupId} that meet {@code criteria}. */
    public static RecordingQuery of(long groupId, RecordingCriteria criteria) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        conditions.add("c.securityGroup.id = :group");
        parameters.put("group", groupId);
        if (criteria.from() != null) {
            conditions.add("i.createdAt >= :from");
            parameters.put("from", criteria.from());
        }
        if (criteria.until() != null) {
            conditions.add("i.createdAt < :until");
            parameters.put("until", criteria.until());
        }
        if (criteria.emailPart() != null) {
            // Stored in lower case (Customer), so no function hides the column.
            conditions.add("i.customer.email like :email escape '" + ESCAPE + "'");
            parameters.put("email", containing(criteria.emailPart()));
        }
        if (criteria.customerPart() != null) {
            conditions.add("lower(i.customer.name) like :customer escape '" + ESCAPE + "'");
            parameters.put("customer", containing(criteria.customerPart()));
        }
        if (!criteria.campaigns().isEmpty()) {
            conditions.add("c.id in :campaigns");
            parameters.put("campaigns", List.copyOf(criteria.campaigns()));
        }
        if (!criteria.agents().isEmpty()) {
            conditions.add("i.agent.id in :agents");
            parameters.put("agents", List.copyOf(criteria.agents()));
        }
        // REC-06: seen or not is said of offline messages, so asking for either asks for offline messages.
        if (criteria.offlineOnly() || criteria.seen() != null) {
            conditions.add("i.offline = true");
        }
        if (criteria.seen() != null) {
            conditions.add("i.seen = :seen");
            parameters.put("seen", criteria.seen());
        }
        if (criteria.rating() != null) {
            conditions.add("f.rating = :rating");
            parameters.put("rating", criteria.rating());
        }
        if (criteria.graded() != null) {
            conditions.add((criteria.graded() ? "" : "not ") + "exists (select e.id from Evaluation e"
                    + " where e.interaction = i and e.kind = :supervisorKind)");
            parameters.put("supervisorKind", EvaluationKind.SUPERVISOR);
        }
        return new RecordingQuery(" where " + String.join(" and ", conditions), parameters, criteria.rating() != null);
    }

    /** The one conversation {@code id}, when it is of a campaign of security group {@code groupId} (REC-03). */
    public static RecordingQuery one(long groupId, long id) {
        return new RecordingQuery(" where c.securityGroup.id = :group and i.id = :id", Map.of("group", groupId, "id", id),
                false);
    }

    /** {@code %part%} with the part's own {@code %}, {@code _} and escape characters taken literally. */
    static String containing(String part) {
        StringBuilder pattern = new StringBuilder("%");
        for (char ch : part.toCharArray()) {
            if (ch == '%' || ch == '_' || ch == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(ch);
        }
        return pattern.append('%').toString();
    }

    /** How many conversations there are: the ratings joined only when the search asks for one. */
    public String count() {
        return "select count(i)" + FROM + (byRating ? FEEDBACK : "") + where;
    }

    /**
     * One page's columns, in {@link RecordingRow#of(Object[], java.util.Map)}'s order: id, campaign, agent, customer,
     * e-mail, created, queued, started, ended, end reason, offline, seen, rating, phone, comment.
     */
    public String page(RecordingSort.Order order) {
        return columns() + " order by " + order.jpql();
    }

    private String columns() {
        return "select i.id, c.name, a.name, i.customer.name, i.customer.email, i.createdAt, i.queuedAt,"
                + " i.firstAssignedAt, i.endedAt, i.endReason, i.offline, i.seen, f.rating, i.customer.phone, f.comment"
                + FROM + " left join i.agent a" + FEEDBACK + where;
    }

    /**
     * The same search's conversations before conversation {@code before} (from the newest when null), by id, newest
     * first: what an export reads a chunk at a time, each chunk starting where the last one stopped, however many
     * conversations there are and whatever arrives meanwhile (REC-02).
     */
    public String chunk(Long before) {
        return columns() + (before == null ? "" : " and i.id < " + before) + " order by i.id desc";
    }

    /** The parameters of both queries, by name. */
    public Map<String, Object> parameters() {
        return parameters;
    }

    /** The supervisors' grades of some conversations: interaction id, count, average score (REC-05). */
    static final String GRADES = "select e.interaction.id, count(e), avg(e.score) from Evaluation e"
            + " where e.interaction.id in :ids and e.kind = :supervisorKind group by e.interaction.id";
}
