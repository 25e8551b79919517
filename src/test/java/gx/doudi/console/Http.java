package gx.doudi.console;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.event.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The console's HTTP API as a script would use it: no browser, a cookie when signed in. */
final class Http {
    record Answer(int status, String body, String location, String setCookie) {
        JsonNode json() throws Exception {
            return Json.MAPPER.readTree(body);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String address;
    private String cookie;
    private String csrf;

    Http(String address) {
        this.address = address;
    }

    /** Signs in through the form; true when it let us in. */
    boolean signIn(String name, String password) throws Exception {
        String form = "name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        Answer a = send(HttpRequest.newBuilder(URI.create(address + "signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (a.setCookie() == null || !"/".equals(a.location())) {
            return false;
        }
        cookie = a.setCookie().split(";")[0];
        csrf = get("api/me").json().path("csrf").asText();
        return true;
    }

    Answer get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(address + path)).GET());
    }

    Answer post(String path, String json, boolean withCsrf) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(address + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (withCsrf && csrf != null) {
            b.header(ConsoleServer.CSRF_HEADER, csrf);
        }
        return send(b);
    }

    private Answer send(HttpRequest.Builder b) throws Exception {
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        HttpResponse<String> r = client.send(b.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null),
                r.headers().firstValue("Set-Cookie").orElse(null));
    }
}
