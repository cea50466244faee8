package org.webchat.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR that the build made (target/webchat.ear), with test classes in its WAR: every test's ({@link #everyTest()},
 * shared by the test classes of a run, see {@link SharedDeployment}), or a benchmark's own.
 */
public final class Deployments {

    public static final String WAR = "webchat-web.war";
    private static final String WAR_INDEX = "/WEB-INF/classes/META-INF/jandex.idx";

    private Deployments() {
    }

    /**
     * The deployment of every test class without one of its own: the EAR with all the test classes in its WAR, so
     * that any of them runs in the server (the benchmarks' aside: they bring servlets of their own, and their own
     * deployments). Tests that drive the product from outside (HTTP, WebSocket, browser) are {@code @RunAsClient}.
     */
    @Deployment
    public static EnterpriseArchive everyTest() {
        EnterpriseArchive ear = ear();
        WebArchive war = prepare(ear);
        Path classes = testClasses();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
                if (!name.startsWith("org/webchat/bench/")) {
                    war.add(new FileAsset(file.toFile()), "WEB-INF/classes/" + name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ear;
    }

    private static EnterpriseArchive ear() {
        File file = new File(System.getProperty("webchat.ear", "target/webchat.ear"));
        if (!file.isFile()) {
            throw new IllegalStateException("No EAR at " + file + ": run the tests through Maven (./mvnw verify)");
        }
        return ShrinkWrap.create(ZipImporter.class, "webchat.ear").importFrom(file).as(EnterpriseArchive.class);
    }

    /** The product's EAR with the given test classes inside its WAR, where the tests run in the server. */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        prepare(ear).addClasses(testClasses);
        return ear;
    }

    /** The WAR, where the tests run, made ready for test classes. */
    private static WebArchive prepare(EnterpriseArchive ear) {
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        // The build's index of the WAR's classes knows none of the tests': without it WildFly scans them, so that a
        // test's own servlet or endpoint is found.
        war.delete(WAR_INDEX);
        Testable.archiveToTest(war);
        return war;
    }

    /** Where the build compiled the tests (target/test-classes). */
    private static Path testClasses() {
        try {
            return Path.of(Deployments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
