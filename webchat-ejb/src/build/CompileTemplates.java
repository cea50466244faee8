import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every JasperReports template ({@code .jrxml}) under the classes folder into the {@code .jasper} beside it,
 * at build time, with the JDK's compiler: a compiled report names the compiler that loads its expressions back, and
 * that one ships in JasperReports itself, so the server needs no Java compiler (ecj) of its own and the first export
 * compiles nothing (issue 16, point 6). Run by the build: {@code java -cp <compile classpath> CompileTemplates
 * target/classes}.
 */
public final class CompileTemplates {

    private CompileTemplates() {
    }

    public static void main(String[] args) throws IOException, JRException {
        DefaultJasperReportsContext.getInstance().setProperty("net.sf.jasperreports.compiler.java",
                "net.sf.jasperreports.engine.design.JRJdk13Compiler");
        List<Path> templates;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            templates = files.filter(file -> file.toString().endsWith(".jrxml")).toList();
        }
        for (Path template : templates) {
            String source = template.toString();
            JasperCompileManager.compileReportToFile(source, source.substring(0, source.length() - ".jrxml".length()) + ".jasper");
        }
        System.out.println("Compiled " + templates.size() + " report templates");
    }
}
