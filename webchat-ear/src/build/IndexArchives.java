import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jboss.jandex.IndexWriter;
import org.jboss.jandex.Indexer;

/**
 * Puts a Jandex index ({@code META-INF/jandex.idx}) into every archive of the EAR that lacks one (its libraries, the
 * EJB module, the WAR's libraries and classes), so that WildFly reads the indexes at deploy time instead of reading
 * every class of some sixty jars (issue 16, point 6: "started in" with the EAR). The archives it rewrites are stored
 * in their parents uncompressed ({@link #stored}). Run by the build on the packed EAR:
 * {@code java -cp jandex.jar IndexArchives webchat.ear}.
 */
public final class IndexArchives {

    private static final String INDEX = "META-INF/jandex.idx";

    private static final String WAR_CLASSES = "WEB-INF/classes/";

    private IndexArchives() {
    }

    public static void main(String[] args) throws IOException {
        Path ear = Path.of(args[0]);
        Path indexed = ear.resolveSibling(ear.getFileName() + ".indexed");
        try (InputStream in = Files.newInputStream(ear); OutputStream out = Files.newOutputStream(indexed)) {
            out.write(ear(in.readAllBytes()));
        }
        Files.move(indexed, ear, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The EAR with its modules and libraries indexed. */
    static byte[] ear(byte[] ear) throws IOException {
        return rewrite(ear, name -> name.endsWith(".jar") ? jar() : name.endsWith(".war") ? war() : null, null);
    }

    private static Rewriter war() {
        return bytes -> rewrite(bytes, name -> name.startsWith("WEB-INF/lib/") && name.endsWith(".jar") ? jar() : null,
                WAR_CLASSES);
    }

    private static Rewriter jar() {
        return bytes -> rewrite(bytes, entry -> null, "");
    }

    /**
     * The archive with each nested archive that {@code nested} names rewritten, and, when {@code classes} is not
     * null, an index of the classes under that folder written at {@code classes + META-INF/jandex.idx} unless one
     * is there already.
     */
    private static byte[] rewrite(byte[] archive, Function<String, Rewriter> nested, String classes)
            throws IOException {
        Indexer indexer = new Indexer();
        boolean hasIndex = false;
        int indexedClasses = 0;
        ByteArrayOutputStream result = new ByteArrayOutputStream(archive.length + 65536);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
             ZipOutputStream out = new ZipOutputStream(result)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                byte[] bytes = in.readAllBytes();
                if (classes != null && name.equals(classes + INDEX)) {
                    hasIndex = true;
                }
                if (classes != null && name.startsWith(classes) && name.endsWith(".class")
                        && !name.startsWith(classes + "META-INF/versions/")) {
                    indexer.index(new ByteArrayInputStream(bytes));
                    indexedClasses++;
                }
                Rewriter rewriter = entry.isDirectory() ? null : nested.apply(name);
                if (rewriter != null) {
                    bytes = rewriter.rewrite(bytes);
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(entry.getTime());
                if (rewriter != null) {
                    stored(copy, bytes);
                }
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
            if (classes != null && !hasIndex && (indexedClasses > 0 || classes.isEmpty())) {
                ZipEntry index = new ZipEntry(classes + INDEX);
                out.putNextEntry(index);
                new IndexWriter(out).write(indexer.complete());
                out.closeEntry();
            }
        }
        return result.toByteArray();
    }

    /**
     * A nested archive is stored as it is, not compressed again: its own entries are compressed already (it would
     * shrink by a few percent), and WildFly copies each nested archive out of the EAR at every deploy, which then
     * needs no inflating (issue 16, point 6).
     */
    private static void stored(ZipEntry entry, byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
    }

    @FunctionalInterface
    private interface Rewriter {
        byte[] rewrite(byte[] archive) throws IOException;
    }
}
