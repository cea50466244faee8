package org.webchat.bench;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import javax.management.ObjectName;

/**
 * The server JVM's process CPU time in nanoseconds, for benchmarks that measure what the server spends while they
 * drive it from outside. Only in the benchmarks' deployment (a test class), never in the product.
 */
@WebServlet("/bench/cpu")
public class ServerCpu extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Object nanos = ManagementFactory.getPlatformMBeanServer()
                    .getAttribute(new ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuTime");
            response.setContentType("text/plain");
            response.getWriter().print(nanos);
        } catch (Exception unreadable) {
            throw new IOException("The process CPU time cannot be read", unreadable);
        }
    }
}
