package org.webchat.bench;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;

/**
 * The server JVM's process CPU time in nanoseconds, for benchmarks that measure what the server spends while they
 * drive it from outside; with {@code ?of=compiler}, the part its JIT compiler threads spent (Linux only, else -1),
 * which keeps compiling a while after a burst of new work. Only in the benchmarks' deployment (a test class), never in
 * the product.
 */
@WebServlet("/bench/cpu")
public class ServerCpu extends HttpServlet {

    /** Linux's clock tick in /proc, the same on every architecture (USER_HZ). */
    private static final long NANOS_PER_TICK = 10_000_000L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long nanos = "compiler".equals(request.getParameter("of")) ? compilerNanos() : processNanos();
        response.setContentType("text/plain");
        response.getWriter().print(nanos);
    }

    private static long processNanos() throws IOException {
        try {
            return (Long) ManagementFactory.getPlatformMBeanServer()
                    .getAttribute(new ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuTime");
        } catch (Exception unreadable) {
            throw new IOException("The process CPU time cannot be read", unreadable);
        }
    }

    /** The CPU of the threads HotSpot names "C1 CompilerThread…" and "C2 CompilerThread…" (not Java threads). */
    private static long compilerNanos() throws IOException {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return -1;
        }
        long ticks = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                try {
                    if (Files.readString(thread.resolve("comm")).matches("C\\d CompilerThre.*\\s*")) {
                        // utime and stime: the 14th and 15th fields, counted after the name's closing parenthesis.
                        String stat = Files.readString(thread.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException ended) {
                    // a thread that ended while being read
                }
            }
        }
        return ticks * NANOS_PER_TICK;
    }
}
