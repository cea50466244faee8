package org.webchat.schema;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * Hibernate's mapper for JSON columns, named in {@code persistence.xml}: Webchat maps none. Without it, Hibernate builds
 * a Jackson {@code ObjectMapper} and looks up Jackson's modules at every start for columns that do not exist, a tenth
 * of the persistence unit's start (issue 16, point 6). An attribute mapped to JSON later fails with this refusal.
 */
public class NoJsonColumns implements FormatMapper {

    private static final String REFUSAL = "Webchat maps no JSON column: to map one, take hibernate.type.json_format_mapper"
            + " out of persistence.xml";

    @Override
    public <T> T fromString(CharSequence json, JavaType<T> type, WrapperOptions options) {
        throw new UnsupportedOperationException(REFUSAL);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        throw new UnsupportedOperationException(REFUSAL);
    }
}
