package org.migportal.testing;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.migportal.devserver.KeycloakServer;

/**
 * The integration tests' Keycloak with the mig-portal realm, on the port failsafe reserved
 * ({@code it.keycloak.port}; the portal under test is configured with it) and with its data in the
 * test PostgreSQL. Started in the background when the test run opens, because it takes 20-50 s,
 * and shared by every test that needs a real login.
 */
public final class TestKeycloak {

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
