package org.webchat.agent;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.webchat.interaction.EmailAddress;

/**
 * The problems found in one form of the administration (users, security groups, break types, quality models):
 * each names its field (rows as {@code questions.2.max}) and a message key of the console's bundles with its
 * arguments, so that the console shows it beside the field in the administrator's language. Holds the rules the
 * forms share: required and bounded texts, whole numbers in a range, e-mail addresses, names unique in a table.
 */
public final class FormCheck {

    /** One thing wrong with one field. */
    public record Problem(String field, String key, List<String> args) {
        public static Problem of(String field, String key, Object... args) {
            return new Problem(field, key, Arrays.stream(args).map(String::valueOf).toList());
        }
    }

    private final List<Problem> problems = new ArrayList<>();

    public void add(String field, String key, Object... args) {
        problems.add(Problem.of(field, key, args));
    }

    /** Whether a problem was found with this field already. */
    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** A text that must be there, of at most {@code max} characters once trimmed. */
    public void required(String field, String text, int max) {
        String value = trim(text);
        if (value.isEmpty()) {
            add(field, "admin.error.required");
        } else {
            optional(field, value, max);
        }
    }

    /** A text that may be left empty, of at most {@code max} characters once trimmed. */
    public void optional(String field, String text, int max) {
        if (trim(text).length() > max) {
            add(field, "admin.error.tooLong", max);
        }
    }

    /** An e-mail address that may be left empty. */
    public void email(String field, String text) {
        String value = trim(text);
        if (!value.isEmpty() && !EmailAddress.isValid(value)) {
            add(field, "admin.error.email");
        }
    }

    /** A whole number in [min, max], or null after adding the problem. */
    public Integer whole(String field, String text, int min, int max) {
        String value = trim(text);
        if (!value.matches("-?[0-9]{1,9}")) {
            add(field, value.isEmpty() ? "admin.error.required" : "admin.error.number");
            return null;
        }
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            add(field, "admin.error.range", min, max);
            return null;
        }
        return number;
    }

    /** The id of an option chosen from a list; anything else came from a tampered request. */
    public void chosenId(String field, String text) {
        String value = trim(text);
        if (value.isEmpty()) {
            add(field, "admin.error.required");
        } else if (!value.matches("[0-9]{1,18}")) {
            add(field, "admin.error.choose");
        }
    }

    /**
     * Stores the form of a named setting shared by the whole installation (a security group's name is unique among
     * every group): refuses it with every problem found, and with its name when another {@code type} has it already
     * (in any case); otherwise writes it ({@code apply}) into the stored one it edits, or into a new one
     * ({@code create}) that it persists, and gives the id.
     */
    public <E> long store(EntityManager em, Class<E> type, NamedForm form, Supplier<E> create, Consumer<E> apply,
            Function<E, Long> id) throws FormRefused {
        return store(em, type, form, create, apply, id, null);
    }

    /**
     * As {@link #store(EntityManager, Class, NamedForm, Supplier, Consumer, Function)} for a setting of a security
     * group (a break type, a quality model; ADM-02): it edits only one of {@code group}, and its name is unique within
     * that group.
     */
    public <E> long storeIn(SecurityGroup group, EntityManager em, Class<E> type, NamedForm form, Supplier<E> create,
            Consumer<E> apply, Function<E, Long> id, Function<E, SecurityGroup> groupOf) throws FormRefused {
        if (group == null) {
            throw FormRefused.because("name", "admin.error.settingsNoGroup");
        }
        if (!form.isNew()) {
            E stored = em.find(type, form.getId());
            if (stored == null || !SecurityGroup.same(group, groupOf.apply(stored))) {
                throw FormRefused.because("name", "admin.error.missing");
            }
        }
        return store(em, type, form, create, apply, id, group);
    }

    private <E> long store(EntityManager em, Class<E> type, NamedForm form, Supplier<E> create, Consumer<E> apply,
            Function<E, Long> id, SecurityGroup group) throws FormRefused {
        E stored = null;
        if (!form.isNew()) {
            stored = em.find(type, form.getId());
            if (stored == null) {
                throw FormRefused.because("name", "admin.error.missing");
            }
        }
        if (!has("name") && nameTaken(em, type, form.getName(), form.getId(), group)) {
            problems.add(0, Problem.of("name", "admin.error.taken"));
        }
        if (!problems.isEmpty()) {
            throw new FormRefused(problems);
        }
        E entity = stored == null ? create.get() : stored;
        apply.accept(entity);
        if (stored == null) {
            em.persist(entity);
        }
        em.flush();
        return id.apply(entity);
    }

    /**
     * Whether another row of {@code entity} than {@code id} (null: any) has this name, in any case: among the rows of
     * {@code group}, or among every row when it is null.
     */
    private static boolean nameTaken(EntityManager em, Class<?> entity, String name, Long id, SecurityGroup group) {
        var query = em.createQuery("select count(e) from " + entity.getSimpleName()
                        + " e where lower(e.name) = lower(:name) and e.id <> :id"
                        + (group == null ? "" : " and e.securityGroup = :group"), Long.class)
                .setParameter("name", trim(name)).setParameter("id", id == null ? -1L : id);
        if (group != null) {
            query.setParameter("group", group);
        }
        return query.getSingleResult() > 0;
    }

    public static String trim(String text) {
        return text == null ? "" : text.trim();
    }
}
