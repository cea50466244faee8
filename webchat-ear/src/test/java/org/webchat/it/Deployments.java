package org.webchat.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR that the build made (target/webchat.ear), deployed as it is or with test classes in its WAR. */
public final class Deployments {

    public static final String WAR = "webchat-web.war";
    private static final String WAR_INDEX = "/WEB-INF/classes/META-INF/jandex.idx";

    private Deployments() {
    }

    /** The product's EAR, unchanged: for tests that drive it from outside (HTTP, WebSocket, browser). */
    public static EnterpriseArchive ear() {
        File file = new File(System.getProperty("webchat.ear", "target/webchat.ear"));
        if (!file.isFile()) {
            throw new IllegalStateException("No EAR at " + file + ": run the tests through Maven (./mvnw verify)");
        }
        return ShrinkWrap.create(ZipImporter.class, "webchat.ear").importFrom(file).as(EnterpriseArchive.class);
    }

    /** The product's EAR with the given test classes inside its WAR, where the tests run in the server. */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        // The build's index of the WAR's classes knows none of these: without it WildFly scans them, so that a test's
        // own servlet or endpoint is found.
        war.delete(WAR_INDEX);
        war.addClasses(testClasses);
        Testable.archiveToTest(war);
        return ear;
    }
}
