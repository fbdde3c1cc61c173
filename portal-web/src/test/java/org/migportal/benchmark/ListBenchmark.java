package org.migportal.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.migportal.devserver.DemoData;
import org.migportal.devserver.EmbeddedDatabase;
import org.migportal.devserver.KeycloakServer;
import org.migportal.devserver.PayaraMicroServer;
import org.migportal.devserver.Ports;

/**
 * How fast the list screens' queries are at programme scale ({@code mvn -Pbenchmark verify}, not
 * part of the tests): loads {@link ScaleData} (1,000 forums, 50,000 members) beside the demo data
 * into a fresh PostgreSQL, starts Keycloak and the portal, then times one page of each list through
 * the REST API, which runs the same boundary queries as the pages. Prints the median and 90th
 * percentile of 25 timed calls after 10 warm-up calls, as a Markdown table for the README.
 */
public final class ListBenchmark {

    private static final int WARM_UP = 10;
    private static final int TIMED = 25;

    private ListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        withPortal(portal -> {
            long t0 = System.nanoTime();
            ScaleData.load(portal, 1_000, 50_000);
            System.out.printf("Programme-scale data loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }, 500, (base, keycloak, portal) -> run(base, keycloak));
    }

    /** Loads data into the benchmark's database. */
    @FunctionalInterface
    interface Loader {
        void load(DataSource portal) throws Exception;
    }

    /** Measures against the started portal. */
    @FunctionalInterface
    interface Measurement {
        void run(String baseUrl, KeycloakServer keycloak, DataSource portal) throws Exception;
    }

    /**
     * A fresh PostgreSQL with the schema, the demo data and whatever {@code loader} adds, then Keycloak and the
     * portal on it; runs {@code measurement} and stops everything. Portal statements slower than
     * {@code logMillis} are logged in {@code target/benchmark/postgres.log} (0: every statement, with its time).
     */
    static void withPortal(Loader loader, int logMillis, Measurement measurement) throws Exception {
        Path target = Path.of(System.getProperty("devserver.target", "target")).toAbsolutePath();
        Path root = target.getParent().getParent();
        try (EmbeddedDatabase db = EmbeddedDatabase.startOnRandomPort("benchmark")) {
            db.createDatabaseIfMissing("portal");
            db.createDatabaseIfMissing("keycloak");
            DataSource portal = db.dataSource("portal");
            Flyway.configure().dataSource(portal).locations("classpath:db/migration").load().migrate();
            DemoData.loadIfEmpty(portal);
            loader.load(portal);
            try (var c = portal.getConnection(); var s = c.createStatement()) {
                // Any statement slower than this lands in the PostgreSQL log, with its text, to look into.
                s.execute("ALTER DATABASE portal SET log_min_duration_statement = " + logMillis);
            }

            int keycloakPort = Ports.free();
            CompletableFuture<KeycloakServer> keycloak = CompletableFuture.supplyAsync(() -> {
                try {
                    return KeycloakServer.start(root.resolve("keycloak-realm/target/keycloak-26.7.3"), keycloakPort,
                            Ports.free(), root.resolve("keycloak-realm/mig-portal-realm.json"),
                            KeycloakServer.Database.postgres(db.jdbcUrl("keycloak"), EmbeddedDatabase.USER,
                                    EmbeddedDatabase.PASSWORD),
                            target.resolve("benchmark"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try (PayaraMicroServer payara = PayaraMicroServer.builder(target.resolve("payara-micro.jar"),
                            target.resolve("portal.war"))
                    .randomPort()
                    // On a shared machine under load the deployment takes far longer than the start command's.
                    .startTimeout(java.time.Duration.ofMinutes(10))
                    .workDir(target.resolve("benchmark"))
                    .logFile(target.resolve("benchmark/payara.log"))
                    .env("PORTAL_DB_URL", db.jdbcUrl("portal"))
                    .env("PORTAL_DB_USER", EmbeddedDatabase.USER)
                    .env("PORTAL_DB_PASSWORD", EmbeddedDatabase.PASSWORD)
                    .env("PORTAL_OIDC_PROVIDER_URI", "http://localhost:" + keycloakPort + "/realms/" + KeycloakServer.REALM)
                    .env("PORTAL_OIDC_CLIENT_ID", KeycloakServer.CLIENT_ID)
                    .env("PORTAL_OIDC_CLIENT_SECRET", KeycloakServer.CLIENT_SECRET)
                    .start();
                    KeycloakServer kc = keycloak.join()) {
                measurement.run(payara.baseUrl(), kc, portal);
            }
        }
    }

    private static void run(String base, KeycloakServer keycloak) throws Exception {
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("Forums, first page by name", "forums?first=0&size=25&sort=name");
        lists.put("Forums, page 40 by name", "forums?first=975&size=25&sort=name");
        lists.put("Forums, active, by district", "forums?first=0&size=25&status=ACTIVE&sort=district");
        lists.put("Forums, text search", "forums?first=0&size=25&text=dairy");
        lists.put("Members, first page by name", "members?first=0&size=25");
        lists.put("Members, page 2,000 by name", "members?first=49975&size=25");
        lists.put("Members, women, youth", "members?first=0&size=25&sex=FEMALE&youth=true");
        lists.put("Members, marginalised, by actor", "members?first=0&size=25&marginalised=true&sort=actor");
        lists.put("Members, name search", "members?first=0&size=25&text=family42");
        lists.put("Members of one forum", "members?first=0&size=25&forumId=%d");
        lists.put("Market actors, first page", "actors?first=0&size=25");

        // HTTP/1.1 as browsers speak to the portal; the JDK's default h2c upgrade attempt breaks connections here.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String admin = keycloak.tokenFor("programme.admin", "demo1234");
        System.out.println("Slow statements (over 500 ms) are logged in target/benchmark/postgres.log.");
        String forumId = firstForumId(http, base, admin);
        System.out.println();
        System.out.println("| list (programme admin, 1,015 forums, 50,300 members) | median ms | p90 ms |");
        System.out.println("|---|---:|---:|");
        for (var list : lists.entrySet()) {
            String url = base + "api/" + list.getValue().replace("%d", forumId);
            // One token per list: tokens live five minutes, and Keycloak's brute-force protection
            // rightly objects to hundreds of password logins a minute.
            String token = keycloak.tokenFor("programme.admin", "demo1234");
            for (int i = 0; i < WARM_UP; i++) {
                call(http, url, token);
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < TIMED; i++) {
                long start = System.nanoTime();
                call(http, url, token);
                millis.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(millis);
            System.out.printf("| %s | %.1f | %.1f |%n", list.getKey(), millis.get(TIMED / 2), millis.get(TIMED * 9 / 10));
        }
        System.out.println();
    }

    private static String firstForumId(HttpClient http, String base, String token) throws Exception {
        String body = call(http, base + "api/forums?first=0&size=1&text=SC-1", token);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("No forum in " + body);
        }
        return id.group(1);
    }

    private static String call(HttpClient http, String url, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
