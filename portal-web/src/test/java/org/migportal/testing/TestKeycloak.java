package org.migportal.testing;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.migportal.devserver.KeycloakServer;

/**
 * The integration tests' Keycloak with the mig-portal realm, on the port failsafe reserved
 * ({@code it.keycloak.port}; the portal under test is configured with it) and with its data in the
 * test PostgreSQL. Started in the background when the test run opens, because it takes 20-50 s,
 * and shared by every test that needs a real login.
 */
public final class TestKeycloak {

    /** A client of the realm other than the portal's, for tokens with another audience. */
    public static final String OTHER_CLIENT = "mig-portal-tests-other-service";
    private static final String OTHER_CLIENT_SECRET = "other-service-test-secret";

    private static CompletableFuture<KeycloakServer> keycloak;

    private TestKeycloak() {
    }

    public static synchronized void startInBackground() {
        if (keycloak == null) {
            keycloak = CompletableFuture.supplyAsync(TestKeycloak::start);
        }
    }

    /** The running Keycloak, waiting for it to be ready if it is still starting. */
    public static KeycloakServer get() throws Exception {
        startInBackground();
        return keycloak.get(240, TimeUnit.SECONDS);
    }

    /**
     * An access token of a demo user that Keycloak issued to another client of the realm
     * ({@value #OTHER_CLIENT}, created here through the admin API if missing): correctly signed by the
     * same issuer, but not for the portal's audience.
     */
    public static String tokenForAnotherClient(String username, String password) throws Exception {
        KeycloakServer server = get();
        HttpClient http = HttpClient.newHttpClient();
        String admin = field(post(http, server.baseUrl() + "/realms/master/protocol/openid-connect/token", form(Map.of(
                "grant_type", "password", "client_id", "admin-cli",
                "username", KeycloakServer.ADMIN_USERNAME, "password", KeycloakServer.ADMIN_PASSWORD))), "access_token");
        String client = Json.createObjectBuilder()
                .add("clientId", OTHER_CLIENT)
                .add("secret", OTHER_CLIENT_SECRET)
                .add("publicClient", false)
                .add("standardFlowEnabled", false)
                .add("directAccessGrantsEnabled", true)
                .build().toString();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/admin/realms/" + KeycloakServer.REALM + "/clients"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new IllegalStateException("Keycloak did not create the client " + OTHER_CLIENT + ": " + created.statusCode()
                    + " " + created.body());
        }
        return field(post(http, server.issuer() + "/protocol/openid-connect/token", form(Map.of(
                "grant_type", "password", "client_id", OTHER_CLIENT, "client_secret", OTHER_CLIENT_SECRET,
                "username", username, "password", password, "scope", "openid"))), "access_token");
    }

    private static String post(HttpClient http, String url, String form) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST " + url + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String field(String json, String name) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject().getString(name);
        }
    }

    private static KeycloakServer start() {
        try {
            var db = TestDatabase.get();
            var server = KeycloakServer.start(
                    Path.of(System.getProperty("keycloak.home")),
                    Integer.parseInt(System.getProperty("it.keycloak.port")),
                    Integer.parseInt(System.getProperty("it.keycloak.management.port")),
                    Path.of(System.getProperty("keycloak.realm")),
                    KeycloakServer.Database.postgres(db.jdbcUrl("keycloak"), "postgres", "postgres"),
                    TestDatabase.target().resolve("it-keycloak"));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "it-keycloak-stop"));
            return server;
        } catch (Exception e) {
            throw new IllegalStateException("The integration tests' Keycloak did not start", e);
        }
    }
}
