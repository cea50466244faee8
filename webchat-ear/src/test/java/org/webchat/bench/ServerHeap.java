package org.webchat.bench;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;

/**
 * The server JVM's heap in use after a full collection, in bytes, for benchmarks that measure what the server keeps
 * per customer or socket (the difference between two readings, divided). Only in the benchmarks' deployment (a test
 * class), never in the product.
 */
@WebServlet("/bench/heap")
public class ServerHeap extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Twice: what the first collection frees may hold more that only the second does (finalizable objects).
        System.gc();
        System.gc();
        response.setContentType("text/plain");
        response.getWriter().print(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
}
