package org.webchat.recording;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns a search of recordings may be sorted on, each with its fixed JPQL path: a sort names one of these, and
 * nothing a request sends reaches the query's text. Ties are broken by the newest id first, so pages never overlap.
 */
public enum RecordingSort {
    ID("id", "i.id", false),
    CREATED("created", "i.createdAt", false),
    CAMPAIGN("campaign", "c.name", false),
    AGENT("agent", "a.name", true),
    CUSTOMER("customer", "i.customer.name", false),
    EMAIL("email", "i.customer.email", true),
    QUEUED("queued", "i.queuedAt", true),
    STARTED("started", "i.firstAssignedAt", true),
    ENDED("ended", "i.endedAt", true),
    RATING("rating", "f.rating", true);

    /** The order of a search nobody sorted: newest first. */
    public static final Order NEWEST = new Order(CREATED, false);

    private final String field;
    private final String path;
    private final boolean nullable;

    RecordingSort(String field, String path, boolean nullable) {
        this.field = field;
        this.path = path;
        this.nullable = nullable;
    }

    /** The name the page's table uses for the column. */
    public String field() {
        return field;
    }

    /** The column of this name; empty for any other, which is not sorted on. */
    public static Optional<RecordingSort> of(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }

    /** A column and a direction. Empty values (no agent yet, no rating) come last either way. */
    public record Order(RecordingSort column, boolean ascending) {

        public Order {
            java.util.Objects.requireNonNull(column, "column");
        }

        /** The sort of the column named {@code field}, or {@link #NEWEST} when it names none. */
        public static Order of(String field, boolean ascending) {
            return RecordingSort.of(field).map(c -> new Order(c, ascending)).orElse(NEWEST);
        }

        /**
         * The order by clause. Only a column that may be empty says where its empty values go: on one that never is,
         * that would keep PostgreSQL from reading an index in its order (an ascending index read backwards puts
         * nulls first).
         */
        String jpql() {
            return column.path + (ascending ? " asc" : " desc") + (column.nullable ? " nulls last" : "")
                    + (column == ID ? "" : ", i.id desc");
        }
    }
}
