package org.webchat.it;

import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * One deployment for all the test classes of a server run: a test class with no {@code @Deployment} of its own
 * gets {@link Deployments#everyTest()} (the EAR with every test class in its WAR), deployed before the first such
 * class and undeployed only when the run ends. Importing, zipping, deploying and undeploying the EAR for each class
 * took most of the suite's time. A class with a deployment of its own (the benchmarks) still gets it, deployed and
 * undeployed around it as before.
 */
public class SharedDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Sharing.class);
    }

    public static class Sharing {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> scenario;

        @Inject
        private Event<GenerateDeployment> generate;

        @Inject
        private Event<UnDeployDeployment> undeploy;

        @Inject
        private Instance<ContainerRegistry> containers;

        /** Made once, then handed to each class: the same object, which knows it is deployed and where. */
        private DeploymentScenario shared;

        public void generate(@Observes EventContext<GenerateDeployment> event) {
            TestClass test = event.getEvent().getTestClass();
            if (test.getMethods(org.jboss.arquillian.container.test.api.Deployment.class).length > 0) {
                event.proceed();
            } else if (shared == null) {
                generate.fire(new GenerateDeployment(new TestClass(Deployments.class)));
                shared = scenario.get();
            } else {
                scenario.set(shared);
            }
        }

        public void deploy(@Observes EventContext<DeployManagedDeployments> event) {
            if (scenario.get() != shared || shared.deployedDeployments().isEmpty()) {
                event.proceed();
            }
        }

        public void keep(@Observes EventContext<UnDeployManagedDeployments> event) {
            if (scenario.get() != shared) {
                event.proceed();
            }
        }

        /** Before the server stops: it starts without the deployment next time, as the run's others do. */
        public void undeployAtTheEnd(@Observes(precedence = 100) AfterSuite event) {
            if (shared == null) {
                return;
            }
            for (Deployment deployment : shared.deployedDeploymentsInUnDeployOrder()) {
                Container container = containers.get().getContainer(deployment.getDescription().getTarget());
                undeploy.fire(new UnDeployDeployment(container, deployment));
            }
        }
    }
}
