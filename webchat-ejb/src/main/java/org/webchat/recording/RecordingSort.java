package org.webchat.recording;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns a search of recordings may be sorted on, each with its fixed JPQL path: a sort names one of these, and
 * nothing a request sends reaches the query's text. Ties are broken by the newest id first, so pages never overlap.
 */
public enum RecordingSort {
    ID("id", "i.id"),
    CREATED("created", "i.createdAt"),
    CAMPAIGN("campaign", "c.name"),
    AGENT("agent", "a.name"),
    CUSTOMER("customer", "i.customer.name"),
    EMAIL("email", "i.customer.email"),
    QUEUED("queued", "i.queuedAt"),
    STARTED("started", "i.firstAssignedAt"),
    ENDED("ended", "i.endedAt"),
    RATING("rating", "f.rating");

    /** The order of a search nobody sorted: newest first. */
    public static final Order NEWEST = new Order(CREATED, false);

    private final String field;
    private final String path;

    RecordingSort(String field, String path) {
        this.field = field;
        this.path = path;
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

        String jpql() {
            String direction = ascending ? " asc" : " desc";
            return column.path + direction + " nulls last" + (column == ID ? "" : ", i.id desc");
        }
    }
}
