package org.migportal.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.migportal.devserver.DemoData;
import org.migportal.devserver.EmbeddedDatabase;
import org.migportal.devserver.KeycloakServer;
import org.migportal.devserver.PayaraMicroServer;
import org.migportal.devserver.Ports;
import org.migportal.testing.TestKeycloak;
import org.migportal.testing.api.ApiClient;
import org.migportal.testing.browser.Browser;
import org.openqa.selenium.By;

/**
 * The portal as it runs for real, and the faults it must survive, against real processes on loopback: a
 * PostgreSQL of its own, two Payara Micro instances of the shipped WAR clustered with Hazelcast, nginx in
 * front of them as the one address, the tests' Keycloak and Chromium.
 *
 * <p>The methods run in order on one cluster (starting it costs a minute or two): health and the request log,
 * the scheduled job, a database restart under load, Keycloak down, and last an instance killed. Everything
 * started here is stopped in {@link #stopEverything()}; each step is bounded in time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ClusterIT {

    private static final Pattern RUN_DONE = Pattern.compile("Scheduled job housekeeping, run (\\d+): done here");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private static Path dir;
    private static EmbeddedDatabase database;
    private static int databasePort;
    private static final List<PayaraMicroServer> instances = new ArrayList<>();
    private static Nginx nginx;
    private static KeycloakServer keycloak;
    private static Browser browser;

    @BeforeAll
    static void startCluster() throws Exception {
        keycloak = TestKeycloak.get();
        dir = Path.of(System.getProperty("devserver.target", "target")).toAbsolutePath().resolve("cluster-it");
        deleteTree(dir);
        databasePort = Ports.free();
        database = startDatabase();
        database.createDatabaseIfMissing("portal");

        Path war = Path.of(System.getProperty("it.war"));
        Path microJar = Path.of(System.getProperty("payara.microJar"));
        String cluster = "mig-portal-it-" + UUID.randomUUID().toString().substring(0, 8);
        int[] gridPorts = {Ports.free(), Ports.free()};
        String members = "127.0.0.1:" + gridPorts[0] + ",127.0.0.1:" + gridPorts[1];
        for (int gridPort : gridPorts) {
            int httpPort = Ports.free();
            instances.add(PayaraMicroServer.builder(microJar, war)
                    .port(httpPort)
                    .maxHeap("640m")
                    .jvmOption("-XX:TieredStopAtLevel=1")
                    .jvmOption("-XX:+UseSerialGC")
                    .jvmOption("-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")))
                    .workDir(dir)
                    .logFile(dir.resolve("portal-" + httpPort + ".log"))
                    .clustered(cluster, gridPort, members)
                    .env("PORTAL_DB_URL", database.jdbcUrl("portal"))
                    .env("PORTAL_DB_USER", EmbeddedDatabase.USER)
                    .env("PORTAL_DB_PASSWORD", EmbeddedDatabase.PASSWORD)
                    .env("PORTAL_OIDC_PROVIDER_URI", keycloak.issuer())
                    .env("PORTAL_OIDC_CLIENT_ID", KeycloakServer.CLIENT_ID)
                    .env("PORTAL_OIDC_CLIENT_SECRET", KeycloakServer.CLIENT_SECRET)
                    .env("PORTAL_HOUSEKEEPING_INTERVAL", "PT4S")
                    .console(line -> System.out.println("[cluster-it " + httpPort + "] " + line))
                    .launch());
        }
        for (PayaraMicroServer instance : instances) {
            instance.awaitDeployed(Duration.ofSeconds(300));
        }
        DemoData.loadIfEmpty(database.dataSource("portal"));
        nginx = Nginx.start(dir.resolve("nginx"), Ports.free(), instances.stream().map(PayaraMicroServer::port).toList());
        browser = Browser.open();
    }

    @AfterAll
    static void stopEverything() {
        if (keycloak != null) {
            keycloak.resume(); // in case a test stopped half-way through the outage
        }
        if (browser != null) {
            browser.close();
        }
        if (nginx != null) {
            nginx.close();
        }
        instances.forEach(PayaraMicroServer::stop);
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void eachInstanceIsLiveAndReadyAndLogsEveryRequestWithItsTimingInTheMetrics() throws Exception {
        for (PayaraMicroServer instance : instances) {
            HttpResponse<String> live = get(instance.baseUrl() + "health/live");
            HttpResponse<String> ready = get(instance.baseUrl() + "health/ready");
            assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            assertThat(ready.body()).contains("portal-database", "portal-keycloak").doesNotContain("DOWN");
        }

        HttpResponse<String> home = get(nginx.baseUrl() + "forums/list?text=Wanjiru");
        assertThat(home.statusCode()).as("not logged in: off to Keycloak").isEqualTo(302);
        HttpResponse<String> withoutToken = get(nginx.baseUrl() + "api/forums");
        assertThat(withoutToken.statusCode()).isEqualTo(401);

        waitUntil("the page request in the log", Duration.ofSeconds(15), () -> Pattern
                .compile("\\b[0-9a-f]{12} GET /forums/list 302 \\d+ms user=-").matcher(logs()).find());
        assertThat(logs()).as("the query string, which may hold names, stays out of the log").doesNotContain("Wanjiru");

        String bearer = keycloak.tokenFor("officer.kenya", ApiClient.PASSWORD);
        ApiClient api = new ApiClient(new URL(nginx.baseUrl()));
        assertThat(api.get("api/forums?size=1", bearer).status()).isEqualTo(200);
        waitUntil("the API request in the log", Duration.ofSeconds(15), () -> Pattern
                .compile("\\b[0-9a-f]{12} GET /api/forums 200 \\d+ms user=officer\\.kenya").matcher(logs()).find());

        ApiClient.Answer started = api.call("POST", "api/reports", bearer, Json.createObjectBuilder()
                .add("type", "COUNTRY").add("countries", Json.createArrayBuilder().add("KE"))
                .add("from", "2026-01-01").add("to", "2026-06-30").add("language", "en").build());
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String job = "api/reports/jobs/" + started.json().getString("id");
        waitUntil("the report generated", Duration.ofSeconds(120),
                () -> api.get(job, bearer).json().getString("state").equals("DONE"));

        String metrics = "";
        for (PayaraMicroServer instance : instances) {
            metrics += get(instance.baseUrl() + "metrics?scope=application").body();
        }
        assertThat(metrics).as("the portal's own metrics").contains("portal_requests_count{kind=\"page\"",
                "portal_requests_count{kind=\"api\"").containsPattern("portal_report_generation_count\\{[^}]*type=\"country\"");
    }

    @Test
    @Order(2)
    void theScheduledJobRunsOnceInTheClusterNotOncePerInstance() throws Exception {
        waitUntil("three runs of the scheduled job", Duration.ofSeconds(60), () -> runsDone().size() >= 3);
        Map<Long, Integer> runs = runsDone();
        assertThat(runs.values()).as("how often each run was done, over both instances' logs").containsOnly(1);
        try (Connection c = database.dataSource("portal").getConnection();
             PreparedStatement q = c.prepareStatement("select count(*), count(distinct slot) from scheduled_run where job = 'housekeeping'");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(rs.getLong(2)).isGreaterThanOrEqualTo(3);
        }
    }

    /** Run number to how many "done here" lines it has over all instances' logs. */
    private static Map<Long, Integer> runsDone() {
        Map<Long, Integer> runs = new TreeMap<>();
        Matcher m = RUN_DONE.matcher(logs());
        while (m.find()) {
            runs.merge(Long.parseLong(m.group(1)), 1, Integer::sum);
        }
        return runs;
    }

    @Test
    @Order(3)
    void thePortalRecoversByItselfFromADatabaseRestartUnderLoadAndLosesNothingItConfirmed() throws Exception {
        ApiClient api = new ApiClient(new URL(nginx.baseUrl()));
        String token = keycloak.tokenFor("officer.kenya", ApiClient.PASSWORD);
        long district = api.get("api/countries/KE/districts", token).jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        Map<String, ApiClient.Answer> answers = new ConcurrentHashMap<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger afterRestart = new AtomicInteger();
        AtomicBoolean restarted = new AtomicBoolean();
        ExecutorService load = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            load.submit(() -> {
                while (loading.get()) {
                    String code = "DB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
                    ApiClient.Answer answer = api.call("POST", "api/forums", token, forum(district, code));
                    answers.put(code, answer);
                    if (restarted.get() && answer.status() == 201) {
                        afterRestart.incrementAndGet();
                    }
                }
                return null;
            });
        }
        browser.go(nginx.baseUrl() + "forums/list");
        browser.logInOnKeycloak("officer.kenya", ApiClient.PASSWORD);
        try {
            waitUntil("forums created before the restart", Duration.ofSeconds(60), () -> created(answers) >= 10);
            database.close();
            waitUntil("readiness down without the database", Duration.ofSeconds(30), () -> {
                HttpResponse<String> ready = get(instances.get(0).baseUrl() + "health/ready");
                return ready.statusCode() == 503 && ready.body().matches("(?s).*portal-database.{0,40}DOWN.*");
            });
            waitUntil("requests refused while the database is down", Duration.ofSeconds(30),
                    () -> answers.values().stream().anyMatch(a -> a.status() == 503));
            browser.go(nginx.baseUrl() + "members/list");
            browser.screenshot("cluster-page-while-the-database-is-down");
            assertThat(browser.pageText()).contains("Please try again in a moment",
                    "The portal cannot reach its database just now");
            String reference = browser.find(By.id("reference")).getText().replace("Reference for support: ", "");
            Pattern logged = Pattern.compile(reference + " GET /members/list 503 \\d+ms user=officer\\.kenya failed: the database cannot be reached");
            waitUntil("the reference the user sees names the request and its failure in the log", Duration.ofSeconds(15),
                    () -> logged.matcher(logs()).find());
            database = startDatabase();
            restarted.set(true);
            waitUntil("forums created after the restart", Duration.ofSeconds(90), () -> afterRestart.get() >= 10);
        } finally {
            loading.set(false);
            load.shutdown();
            if (!database.isRunning()) {
                database = startDatabase(); // the steps after this one need it
            }
            assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        List<ApiClient.Answer> failed = answers.values().stream().filter(a -> a.status() != 201).toList();
        assertThat(failed).as("refused during the outage").isNotEmpty()
                .allSatisfy(a -> {
                    assertThat(a.status()).as("%s%nlogged: %s", a, loggedIncident(a)).isEqualTo(503);
                    assertThat(a.json().getString("detail")).contains("try again");
                    assertThat(a.headers().firstValue("Retry-After")).isPresent();
                });
        List<String> confirmed = answers.entrySet().stream().filter(e -> e.getValue().status() == 201).map(Map.Entry::getKey).toList();
        try (Connection c = database.dataSource("portal").getConnection();
             PreparedStatement q = c.prepareStatement("select count(*) from forum where code = any (?)")) {
            q.setArray(1, c.createArrayOf("varchar", confirmed.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).as("forums confirmed with 201 that are in the database").isEqualTo(confirmed.size());
            }
        }
        for (PayaraMicroServer instance : instances) {
            assertThat(get(instance.baseUrl() + "health/ready").statusCode()).isEqualTo(200);
        }
        assertThat(logs()).contains("failed: the database cannot be reached");
    }

    @Test
    @Order(4)
    void whileKeycloakIsDownLoggedInUsersKeepWorkingAndANewLoginIsToldToTryLater() throws Exception {
        String kisumuFinance = nginx.baseUrl() + "forums/view?id=" + forumId("KE-KSM-FIN");
        browser.go(kisumuFinance); // logged in during the database restart
        assertThat(browser.driver().getCurrentUrl()).startsWith(nginx.baseUrl());
        assertThat(browser.pageText()).contains("Lake Victoria poultry: access to finance");

        keycloak.pause();
        try {
            waitUntil("readiness down without Keycloak", Duration.ofSeconds(30), () -> {
                HttpResponse<String> ready = get(instances.get(0).baseUrl() + "health/ready");
                return ready.statusCode() == 503 && ready.body().matches("(?s).*portal-keycloak.{0,40}DOWN.*");
            });
            browser.go(nginx.baseUrl() + "members/list?text=Kamau");
            assertThat(browser.pageText()).as("a logged-in user works on").contains("Wanjiru Kamau");
            browser.go(kisumuFinance);
            assertThat(browser.pageText()).contains("Lake Victoria poultry: access to finance");

            try (Browser newcomer = Browser.open()) {
                newcomer.go(nginx.baseUrl() + "forums/list");
                newcomer.screenshot("cluster-login-while-keycloak-is-down");
                assertThat(newcomer.driver().getCurrentUrl()).startsWith(nginx.baseUrl() + "errors/login-unavailable");
                assertThat(newcomer.pageText()).contains("The login service cannot be reached at the moment",
                        "Please try again in a few minutes");
            }
        } finally {
            keycloak.resume();
        }
        waitUntil("readiness up again", Duration.ofSeconds(30),
                () -> get(instances.get(0).baseUrl() + "health/ready").statusCode() == 200);
    }

    @Test
    @Order(5)
    void whenTheInstanceAUserIsOnDiesTheUserContinuesOnTheOtherWithTheirLoginAndTheirUnsavedForm() throws Exception {
        String code = "KE-HA-" + (System.currentTimeMillis() % 100000);
        browser.go(nginx.baseUrl() + "forums/edit");
        browser.type("forum:code", code);
        browser.type("forum:name", "Homa Bay fish traders' forum");
        browser.selectOne("forum:country", "Kenya");
        browser.type("forum:vision", "Fish traders buy ice on credit from the landing beach cooperative.");
        PayaraMicroServer serving = servingInstance(" /forums/edit ");
        PayaraMicroServer other = instances.stream().filter(i -> i != serving).findFirst().orElseThrow();

        serving.kill();

        browser.selectOne("forum:district", "Homa Bay");
        browser.typeFreeText("forum:marketSystem", "Fish");
        browser.selectOne("forum:changeArea", "Core market chain");
        browser.click("forum:save");
        browser.waitUntil("the forum's page shows", d -> d.getCurrentUrl().contains("forums/view"));
        browser.screenshot("cluster-saved-after-failover");
        assertThat(browser.pageText()).contains("Homa Bay fish traders' forum", code);
        assertThat(browser.driver().findElements(By.id("kc-login"))).as("no second login").isEmpty();
        assertThat(Files.readString(other.logFile())).contains("POST /forums/edit");
        try (Connection c = database.dataSource("portal").getConnection();
             PreparedStatement q = c.prepareStatement("select name, vision from forum where code = ?")) {
            q.setString(1, code);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Homa Bay fish traders' forum");
                assertThat(rs.getString(2)).startsWith("Fish traders buy ice on credit");
            }
        }
    }

    /** The instance whose log has the last request line matching {@code request}. */
    private static PayaraMicroServer servingInstance(String request) throws IOException {
        PayaraMicroServer serving = null;
        long latest = -1;
        for (PayaraMicroServer instance : instances) {
            List<String> lines = Files.readAllLines(instance.logFile(), StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).contains(request)) {
                    Matcher millis = Pattern.compile("timeMillis: (\\d+)").matcher(lines.get(i));
                    long at = millis.find() ? Long.parseLong(millis.group(1)) : 0;
                    if (at > latest) {
                        latest = at;
                        serving = instance;
                    }
                    break;
                }
            }
        }
        assertThat(serving).as("an instance logged " + request).isNotNull();
        return serving;
    }

    private static long forumId(String code) throws java.sql.SQLException {
        try (Connection c = database.dataSource("portal").getConnection();
             PreparedStatement q = c.prepareStatement("select id from forum where code = ?")) {
            q.setString(1, code);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as("forum " + code).isTrue();
                return rs.getLong(1);
            }
        }
    }

    private static JsonObject forum(long districtId, String code) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("name", "Database restart test " + code)
                .add("districtId", districtId)
                .add("marketSystem", "Resilience test")
                .add("vision", "Created while the database restarted.")
                .add("changeArea", "ENABLING_ENVIRONMENT")
                .build();
    }

    private static long created(Map<String, ApiClient.Answer> answers) {
        return answers.values().stream().filter(a -> a.status() == 201).count();
    }

    private static EmbeddedDatabase startDatabase() throws IOException {
        return EmbeddedDatabase.start(dir.resolve("pg-data"), databasePort, true, dir.resolve("postgres.log"));
    }

    /** The lines the portal logged for the incident an answer names, so a failure here says what went wrong. */
    private static String loggedIncident(ApiClient.Answer answer) {
        Matcher named = Pattern.compile("\"incident\":\"(\\w+)\"").matcher(answer.body());
        if (!named.find()) {
            return "(no incident)";
        }
        String incident = named.group(1);
        String all = logs();
        int at = all.indexOf("incident " + incident);
        return at < 0 ? "(not in the logs)" : all.substring(Math.max(0, at - 300), Math.min(all.length(), at + 6000));
    }

    private static String logs() {
        StringBuilder all = new StringBuilder();
        for (PayaraMicroServer instance : instances) {
            try {
                all.append(Files.readString(instance.logFile(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return all.toString();
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(250);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> all = Files.walk(path)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
