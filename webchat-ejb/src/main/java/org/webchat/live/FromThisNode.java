package org.webchat.live;

import jakarta.enterprise.inject.spi.EventMetadata;
import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A delivered event that was published on this node (issue 17). Every node delivers every event to its sockets, but
 * what an event sets off (a dispatch, a bot's next step, a call ended with its chat) is done once in the cluster: by
 * the node it happened on. On a single node every event is from this node.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface FromThisNode {

    final class Literal extends AnnotationLiteral<FromThisNode> implements FromThisNode {

        private static final long serialVersionUID = 1L;

        /** Whether the observed event was published on this node. */
        public static boolean marks(EventMetadata event) {
            return event.getQualifiers().stream().anyMatch(q -> q.annotationType() == FromThisNode.class);
        }
    }
}
