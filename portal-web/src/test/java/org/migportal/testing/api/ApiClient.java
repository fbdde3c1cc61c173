package org.migportal.testing.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.migportal.testing.TestKeycloak;
import org.migportal.testing.browser.Browser;

/**
 * Calls the deployed portal's REST API as a client would: over HTTP, with a real Keycloak access token
 * of a demo user (password grant), never following redirects.
 */
public final class ApiClient {

    public static final String PASSWORD = "demo1234";
    /** Keycloak's access tokens live 5 minutes: fetch a new one well before. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(3);

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, Token> tokens = new HashMap<>();

    private record Token(String value, Instant fetched) {
    }

    /** An answer of the API: status, headers and the body as text (and as JSON, if it is JSON). */
    public record Answer(int status, HttpHeaders headers, String body) {

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray jsonArray() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    /** For the portal Arquillian deployed: {@code http://localhost:<port>/<context root>/api/...}. */
    public ApiClient(URL deployed) {
        this.base = Browser.onLoopback(deployed);
    }

    public String baseUrl() {
        return base;
    }

    /** A current access token of the demo user (password {@value #PASSWORD}) for the portal's client. */
    public synchronized String tokenFor(String username) {
        Token token = tokens.get(username);
        if (token == null || token.fetched().plus(TOKEN_REUSE).isBefore(Instant.now())) {
            try {
                token = new Token(TestKeycloak.get().tokenFor(username, PASSWORD), Instant.now());
            } catch (Exception e) {
                throw new IllegalStateException("No token for " + username, e);
            }
            tokens.put(username, token);
        }
        return token.value();
    }

    public Answer get(String path, String token) {
        return call("GET", path, token, null);
    }

    /** A GET that asks for another type than JSON, e.g. {@code text/csv}. */
    public Answer get(String path, String token, String accept) {
        return send("GET", path, token, null, accept);
    }

    /**
     * @param path  relative to the portal, e.g. {@code api/forums/3}
     * @param token sent as {@code Authorization: Bearer}; none if null
     * @param body  sent as JSON; none if null
     */
    public Answer call(String method, String path, String token, JsonValue body) {
        return send(method, path, token, body, "application/json");
    }

    /** A GET of a file, e.g. a report's PDF: its bytes, or an exception if the answer is not a success. */
    public byte[] download(String path, String token, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept)
                .header("Authorization", "Bearer " + token)
                .GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A POST of raw bytes, e.g. a file, as the given content type. */
    public Answer upload(String path, String token, byte[] content, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return exchange(request, "POST " + path);
    }

    private Answer send(String method, String path, String token, JsonValue body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return exchange(request, method + " " + path);
    }

    private Answer exchange(HttpRequest.Builder request, String what) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(what + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
