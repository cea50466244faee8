package org.webchat.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A company's web site for the widget tests: a plain HTTP server on another loopback address (so another
 * origin than the product's) whose every page holds the embed code it was given.
 */
public final class HostPages implements AutoCloseable {

    private final HttpServer server;

    private HostPages(String address, int port, String embedCode) throws IOException {
        server = HttpServer.create(new InetSocketAddress(address, port), 0);
        server.createContext("/", exchange -> {
            byte[] page = ("<!doctype html><html><head><meta charset=\"utf-8\"><title>Shop</title></head><body>"
                    + "<h1>Shop at " + address + "</h1><p>Products and prices.</p>" + embedCode + "</body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html;charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        server.start();
    }

    /** Serves pages holding {@code embedCode} on http://address:port/. */
    public static HostPages serve(String address, int port, String embedCode) throws IOException {
        return new HostPages(address, port, embedCode);
    }

    public String origin() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
