package org.webchat.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.ToOne;
import org.hibernate.mapping.Value;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Hibernate builds a proxy class (ByteBuddy) for every entity at each start, a fifth of the persistence unit's start
 * and on the deployment's critical path (issue 16, point 6). A proxy only ever stands for an entity that another one
 * refers to through a to-one association; Webchat never calls {@code getReference}. So every entity that no to-one
 * association of the model refers to, lazy or not, is marked as one Hibernate never proxies, before the session
 * factory builds its persisters. The rule reads the model itself: a new reference to an entity brings its proxy back.
 * Registered in {@code META-INF/services}; Hibernate calls it after the model is bound.
 */
public class ProxiesOnlyWhereReferenced implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        Set<String> referenced = new HashSet<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            collectReferences(entity.getPropertyClosure(), referenced);
            if (entity.getIdentifierProperty() != null) {
                collectReferences(List.of(entity.getIdentifierProperty()), referenced);
            }
        }
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (!referenced.contains(entity.getEntityName()) && entity.getSuperclass() == null
                    && !entity.hasSubclasses()) {
                entity.setLazy(false);
            }
        }
    }

    private static void collectReferences(List<Property> properties, Set<String> referenced) {
        for (Property property : properties) {
            Value value = property.getValue();
            if (value instanceof ToOne reference) {
                referenced.add(reference.getReferencedEntityName());
            } else if (value instanceof Component embedded) {
                collectReferences(embedded.getProperties(), referenced);
            }
        }
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {
        // Nothing was registered.
    }
}
