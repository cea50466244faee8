package org.webchat.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options the build's {@code bin/standalone.conf} gives WildFly for its class archive (issue 16, "started in";
 * {@code class-archive.conf}), read by bash as {@code standalone.sh} reads them, with this machine's JVM deciding: none
 * unless {@code WEBCHAT_CLASS_ARCHIVE} names a file; an archive to record when there is none, or when the JVM cannot use
 * the one there (a stop cut short while writing it), which is then deleted; none when the JVM cannot record one; the
 * archive mapped when the JVM can use it.
 */
class ClassArchiveIT {

    private static final Path HOME = Path.of(System.getProperty("wildfly.home"));

    @TempDir
    Path directory;

    @Test
    void noArchiveUnlessAsked() throws Exception {
        String options = javaOptions(null);
        assertFalse(options.contains("SharedArchiveFile"), options);
        assertFalse(options.contains("ArchiveClassesAtExit"), options);
    }

    @Test
    void recordedWhenThereIsNone() throws Exception {
        Path archive = directory.resolve("data/classes.jsa");
        String options = javaOptions(archive);
        assertTrue(options.contains("-XX:ArchiveClassesAtExit=" + archive), options);
        assertFalse(options.contains("SharedArchiveFile"), options);
        assertTrue(Files.isDirectory(archive.getParent()), "its directory is made for the JVM to write it at the stop");
    }

    @Test
    void recordedAnewWhenTheJvmCannotUseIt() throws Exception {
        Path archive = directory.resolve("classes.jsa");
        Files.write(archive, new byte[64 * 1024]); // a stop cut short before the JVM wrote the archive's header
        String options = javaOptions(archive);
        assertTrue(options.contains("-XX:ArchiveClassesAtExit=" + archive), options);
        assertFalse(Files.exists(archive), "the unusable archive is deleted");
    }

    @Test
    void noneWhenTheJvmCannotRecord() throws Exception {
        Path archive = directory.resolve("classes.jsa");
        // Sharing off: the JVM would refuse to start with the option to record.
        String options = run("export WEBCHAT_CLASS_ARCHIVE=\"$ARCHIVE\" JAVA_OPTS=-Xshare:off; "
                + "source \"$JBOSS_HOME/bin/standalone.conf\"; printf '%s' \"$JAVA_OPTS\"", archive);
        assertFalse(options.contains("ArchiveClassesAtExit"), options);
        assertFalse(options.contains("SharedArchiveFile"), options);
        try (var left = Files.list(directory)) {
            assertEquals(List.of(), left.toList(), "no file left behind");
        }
    }

    @Test
    void mappedWhenTheJvmCanUseIt() throws Exception {
        Path archive = directory.resolve("classes.jsa");
        // Recorded as a server's start records it (same options, same class path), by a JVM that only starts.
        run("source \"$JBOSS_HOME/bin/standalone.conf\"; "
                + "java $JAVA_OPTS -cp \"$JBOSS_HOME/jboss-modules.jar\" -XX:ArchiveClassesAtExit=\"$ARCHIVE\" -version",
                archive);
        assertTrue(Files.size(archive) > 0, "the JVM wrote an archive");
        String options = javaOptions(archive);
        assertTrue(options.contains("-XX:SharedArchiveFile=" + archive), options);
        assertFalse(options.contains("ArchiveClassesAtExit"), options);
    }

    /** JAVA_OPTS once standalone.conf is read, as standalone.sh reads it, with WEBCHAT_CLASS_ARCHIVE set to archive. */
    private String javaOptions(Path archive) throws Exception {
        String set = archive == null ? "unset WEBCHAT_CLASS_ARCHIVE; " : "export WEBCHAT_CLASS_ARCHIVE=\"$ARCHIVE\"; ";
        return run(set + "source \"$JBOSS_HOME/bin/standalone.conf\"; printf '%s' \"$JAVA_OPTS\"", archive);
    }

    private String run(String script, Path archive) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", "set -e; unset JAVA_OPTS JAVA; " + script));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JBOSS_HOME", HOME.toString());
        builder.environment().put("JAVA_HOME", Path.of(System.getProperty("java.home")).toString());
        builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":"
                + System.getenv("PATH"));
        if (archive != null) {
            builder.environment().put("ARCHIVE", archive.toString());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "bash ended");
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
