package gx.doudi.console;

import com.sun.net.httpserver.HttpServer;
import gx.doudi.event.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The demo's minimal live page: the latest alerts and the counts, refreshed every two seconds. */
public final class LivePage implements AutoCloseable {
    private final HttpServer server;

    public LivePage(AlertFeed feed, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/api/alerts", exchange -> {
            String body = "[" + String.join(",", feed.latest(200)) + "]";
            respond(exchange, "application/json", body.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/api/counts", exchange ->
                respond(exchange, "application/json", Json.write(feed.counts()).getBytes(StandardCharsets.UTF_8)));
        server.createContext("/", exchange -> {
            try (InputStream page = LivePage.class.getResourceAsStream("/live/index.html")) {
                respond(exchange, "text/html; charset=utf-8", page.readAllBytes());
            }
        });
        server.start();
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public String address() {
        return "http://localhost:" + server.getAddress().getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
    }

}
