package org.webchat.recording;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.webchat.agent.Role;
import org.webchat.quality.EvaluationKind;

/**
 * Finds recordings (REC-01) for the signed-in user: only the conversations of the security group it reads
 * ({@link RecordingAccess}), whatever ids its criteria name. Results come a page at a time with their count,
 * never every row.
 */
@Stateless
public class RecordingSearch {

    /** The largest page a request may ask for. */
    public static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    RecordingAccess access;

    /** A campaign or an agent to choose in the search. */
    public record Option(long id, String name) implements java.io.Serializable {
    }

    /** How many conversations meet the criteria. */
    public long count(String login, RecordingCriteria criteria) {
        return access.group(login).map(group -> {
            RecordingQuery query = RecordingQuery.of(group, criteria);
            return bind(em.createQuery(query.count(), Long.class), query).getSingleResult();
        }).orElse(0L);
    }

    /** The conversations from {@code offset} on, at most {@code size} (1 to {@link #MAX_PAGE}), in {@code order}. */
    public List<RecordingRow> page(String login, RecordingCriteria criteria, RecordingSort.Order order, int offset,
                                   int size) {
        if (offset < 0 || size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("a page starts at 0 or later and holds 1 to " + MAX_PAGE + " rows");
        }
        Optional<Long> group = access.group(login);
        if (group.isEmpty()) {
            return List.of();
        }
        return rows(em, RecordingQuery.of(group.get(), criteria), order, offset, size);
    }

    /**
     * At most {@code size} (1 to {@link #MAX_PAGE}) conversations before conversation {@code before} (from the newest
     * when null), by id, newest first: an export reads the whole result this way, a chunk at a time (REC-02).
     */
    public List<RecordingRow> chunk(String login, RecordingCriteria criteria, Long before, int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("a chunk holds 1 to " + MAX_PAGE + " rows");
        }
        return access.group(login).map(group -> {
            RecordingQuery query = RecordingQuery.of(group, criteria);
            return withGrades(em, bind(em.createQuery(query.chunk(before), Object[].class), query)
                    .setMaxResults(size).getResultList());
        }).orElse(List.of());
    }

    /** The rows of {@code query} from {@code offset} on, at most {@code size}, each with its grades. */
    static List<RecordingRow> rows(EntityManager em, RecordingQuery query, RecordingSort.Order order, int offset,
                                   int size) {
        return withGrades(em, bind(em.createQuery(query.page(order), Object[].class), query)
                .setFirstResult(offset).setMaxResults(size).getResultList());
    }

    private static List<RecordingRow> withGrades(EntityManager em, List<Object[]> rows) {
        Map<Long, RecordingRow.Grades> grades = grades(em, rows.stream().map(r -> ((Number) r[0]).longValue()).toList());
        return rows.stream().map(r -> RecordingRow.of(r, grades)).toList();
    }

    private static Map<Long, RecordingRow.Grades> grades(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(RecordingQuery.GRADES, Object[].class).setParameter("ids", ids)
                .setParameter("supervisorKind", EvaluationKind.SUPERVISOR).getResultList().stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(),
                        r -> RecordingRow.Grades.of((Number) r[1], (Number) r[2])));
    }

    private static <Q extends Query> Q bind(Q query, RecordingQuery search) {
        search.parameters().forEach(query::setParameter);
        return query;
    }

    /** The campaigns of the user's group to choose from, archived ones too (their conversations stay), by name. */
    public List<Option> campaigns(String login) {
        return access.group(login).map(group -> options(em.createQuery(
                "select c.id, c.name from Campaign c where c.securityGroup.id = :group order by c.name", Object[].class)
                .setParameter("group", group))).orElse(List.of());
    }

    /** The agents of the user's group to choose from, by name. */
    public List<Option> agents(String login) {
        return access.group(login).map(group -> options(em.createQuery("select u.id, u.name from User u join u.roles r"
                        + " where u.securityGroup.id = :group and r = :agent order by u.name", Object[].class)
                .setParameter("group", group).setParameter("agent", Role.AGENT))).orElse(List.of());
    }

    private static List<Option> options(jakarta.persistence.TypedQuery<Object[]> query) {
        return query.getResultList().stream().map(r -> new Option(((Number) r[0]).longValue(), (String) r[1])).toList();
    }
}
