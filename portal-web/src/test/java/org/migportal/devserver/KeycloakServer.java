package org.migportal.devserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs the unpacked Keycloak distribution ({@code keycloak-realm/target/keycloak-<version>}) as a child
 * process with the {@code mig-portal} realm imported, for the development start command and the
 * integration tests.
 *
 * <p>Keycloak runs {@code kc.sh start-dev} bound to 127.0.0.1 with {@code --hostname=http://localhost:PORT},
 * so the issuer is {@code http://localhost:PORT/realms/mig-portal}. Its storage is either a PostgreSQL
 * database ({@link Database#postgres}) or, with a {@code null} database, Keycloak's own dev-file (H2)
 * store under {@code <home>/data}. Changing the database kind makes Keycloak re-build itself once
 * (kc.sh handles the exit code 10 and relaunches): that start is ~20–30 s slower.
 *
 * <p>Nothing is registered globally: the caller decides on shutdown hooks and calls {@link #stop()}
 * (or uses try-with-resources).
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "mig-portal";
    public static final String CLIENT_ID = "mig-portal-web";
    /** Development-only secret of the {@code mig-portal-web} client, as in the realm export. */
    public static final String CLIENT_SECRET = "mig-portal-dev-secret";
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(300);

    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    private static final int LOG_TAIL_LINES = 60;
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    /** Where Keycloak keeps its data: a PostgreSQL database reached by JDBC. */
    public record Database(String jdbcUrl, String username, String password) {
        public Database {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("Only PostgreSQL JDBC URLs are supported: " + jdbcUrl);
            }
        }

        public static Database postgres(String jdbcUrl, String username, String password) {
            return new Database(jdbcUrl, username, password);
        }

        @Override
        public String toString() {
            return "Database[" + jdbcUrl + ", user " + username + "]";
        }
    }

    private final Process process;
    private final int httpPort;
    private final int managementPort;
    private final Path logFile;
    private final HttpClient http;
    private volatile boolean stopped;

    private KeycloakServer(Process process, int httpPort, int managementPort, Path logFile) {
        this.process = process;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.logFile = logFile;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** {@link #start(Path, int, int, Path, Database, Path, Duration)} with a timeout of 300 s. */
    public static KeycloakServer start(Path keycloakHome, int httpPort, int managementPort, Path realmJson,
                                       Database db, Path logDir) throws IOException {
        return start(keycloakHome, httpPort, managementPort, realmJson, db, logDir, DEFAULT_START_TIMEOUT);
    }

    /**
     * Starts Keycloak and waits until {@code http://127.0.0.1:managementPort/health/ready} reports UP.
     *
     * @param keycloakHome   the unpacked distribution (contains {@code bin/kc.sh})
     * @param httpPort       port for HTTP (login pages, OIDC endpoints), bound to 127.0.0.1
     * @param managementPort port for the health endpoints, bound to 127.0.0.1
     * @param realmJson      realm export, copied into {@code <home>/data/import/} and imported unless the realm
     *                       already exists in the database
     * @param db             PostgreSQL storage, or {@code null} for Keycloak's dev-file store under {@code <home>/data}
     * @param logDir         folder for {@code keycloak-<httpPort>.log} (Keycloak's console output, overwritten)
     * @param timeout        how long to wait for readiness before giving up (the process is then stopped)
     * @throws IllegalStateException if a port is taken, Keycloak exits early, or it is not ready in time;
     *                               the message contains the tail of the log
     */
    public static KeycloakServer start(Path keycloakHome, int httpPort, int managementPort, Path realmJson,
                                       Database db, Path logDir, Duration timeout) throws IOException {
        Path kcSh = keycloakHome.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kcSh)) {
            throw new IllegalStateException("No Keycloak distribution at " + keycloakHome.toAbsolutePath()
                    + " (run `mvn -pl keycloak-realm generate-resources` to unpack it)");
        }
        if (!Files.isRegularFile(realmJson)) {
            throw new IllegalStateException("Realm file not found: " + realmJson.toAbsolutePath());
        }
        requireFreePort(httpPort, "HTTP");
        requireFreePort(managementPort, "management");

        // Copy the realm atomically, so a Keycloak starting at the same moment never reads half a file.
        Path importDir = Files.createDirectories(keycloakHome.resolve("data/import"));
        Path target = importDir.resolve(realmJson.getFileName());
        Path tmp = Files.createTempFile(importDir, ".realm-", ".tmp");
        Files.copy(realmJson, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        Files.createDirectories(logDir);
        Path logFile = logDir.resolve("keycloak-" + httpPort + ".log");

        List<String> command = new ArrayList<>(List.of(
                kcSh.toAbsolutePath().toString(), "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                "--health-enabled=true",
                "--import-realm",
                "--hostname=http://localhost:" + httpPort));
        if (db != null) {
            command.add("--db=postgres");
            command.add("--db-url=" + db.jdbcUrl());
            command.add("--db-username=" + db.username());
            // the password goes through the environment (KC_DB_PASSWORD), not the visible command line
        } else {
            command.add("--db=dev-file");
        }

        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(keycloakHome.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> env = pb.environment();
        // Only our settings count: drop KC_* and JVM option variables inherited from the caller's shell.
        env.keySet().removeIf(k -> k.startsWith("KC_") || k.startsWith("JAVA_OPTS") || k.equals("JAVA_TOOL_OPTIONS")
                || k.equals("_JAVA_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        if (db != null) {
            env.put("KC_DB_PASSWORD", db.password());
        }
        // kc.sh keeps its default JVM options (G1, metaspace caps, ...) and only takes the heap from here.
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // The C1 compiler alone halves a restart on two cores (8-11 s instead of 17-30 s).
        env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        String javaHome = System.getProperty("java.home");
        if (javaHome != null && !env.containsKey("JAVA_HOME")) {
            env.put("JAVA_HOME", javaHome);
        }

        KeycloakServer server = new KeycloakServer(pb.start(), httpPort, managementPort, logFile);
        try {
            server.awaitReady(timeout);
        } catch (RuntimeException | Error e) {
            server.stop();
            throw e;
        }
        return server;
    }

    private void awaitReady(Duration timeout) {
        URI health = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer yet";
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + " before it was ready. From " + logFile + ":\n" + logTail());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(health)
                                .timeout(Duration.ofSeconds(3)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().replace(" ", "").contains("\"status\":\"UP\"")) {
                    return;
                }
                last = "HTTP " + r.statusCode() + " " + r.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Keycloak was not ready after " + timeout.toSeconds() + " s ("
                        + health + ": " + last + "). From " + logFile + ":\n" + logTail());
            }
            try {
                // returns at once if the process ends meanwhile
                process.waitFor(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
        }
    }

    /**
     * Password grant ("direct access grant") for a user against the {@code mig-portal-web} client.
     *
     * @return the access token (a JWT)
     * @throws IllegalStateException if Keycloak refuses (the message holds the HTTP status and body,
     *                               e.g. {@code 401 {"error":"invalid_grant",...}})
     */
    public String tokenFor(String username, String password) {
        HttpResponse<String> r = tokenResponse(username, password);
        Matcher m = ACCESS_TOKEN.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("Keycloak refused a token for '" + username + "': HTTP "
                    + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    /** The raw token endpoint response of a password grant (status and JSON body), for tests of refusals. */
    public HttpResponse<String> tokenResponse(String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", CLIENT_ID);
        form.put("client_secret", CLIENT_SECRET);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        // Same host name as the issuer; Keycloak listens on 127.0.0.1 only, and localhost resolves there.
        URI tokenEndpoint = URI.create(issuer() + "/protocol/openid-connect/token");
        try {
            return http.send(HttpRequest.newBuilder(tokenEndpoint)
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Token request to " + tokenEndpoint + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during the token request", e);
        }
    }

    /** {@code http://localhost:PORT/realms/mig-portal} — the {@code iss} of the tokens and the OIDC provider URI. */
    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** {@code http://localhost:PORT}. */
    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    public int httpPort() {
        return httpPort;
    }

    public int managementPort() {
        return managementPort;
    }

    /** Keycloak's console output. */
    public Path logFile() {
        return logFile;
    }

    /**
     * Freezes Keycloak (SIGSTOP to its processes): it accepts no more work and answers nothing, as a hung or
     * unreachable Keycloak would, until {@link #resume()}. For the tests of a Keycloak outage.
     */
    public void pause() {
        signal("STOP");
    }

    /** Lets a {@link #pause() paused} Keycloak run again (SIGCONT). */
    public void resume() {
        signal("CONT");
    }

    private void signal(String name) {
        List<String> command = new ArrayList<>(List.of("kill", "-" + name, Long.toString(process.pid())));
        process.descendants().forEach(h -> command.add(Long.toString(h.pid())));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + name + " failed: " + new String(kill.getInputStream().readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isRunning() {
        return !stopped && process.isAlive();
    }

    /**
     * Ends Keycloak (kc.sh and the JVM it started) with SIGTERM, waits up to 15 s, then kills what is left.
     * Safe to call more than once and from a shutdown hook.
     */
    public void stop() {
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
        }
        List<ProcessHandle> tree = new ArrayList<>();
        process.descendants().forEach(tree::add);
        tree.add(process.toHandle());
        // The JVM first (kc.sh would forward the signal too, but only once it has a child to forward to).
        for (ProcessHandle h : tree) {
            h.destroy();
        }
        Instant deadline = Instant.now().plus(STOP_GRACE);
        for (ProcessHandle h : tree) {
            long left = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
            try {
                h.onExit().get(left, TimeUnit.MILLISECONDS);
            } catch (Exception timeoutOrInterrupt) {
                if (timeoutOrInterrupt instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                break;
            }
        }
        for (ProcessHandle h : tree) {
            if (h.isAlive()) {
                h.descendants().forEach(ProcessHandle::destroyForcibly);
                h.destroyForcibly();
            }
        }
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * For error messages: Keycloak's ERROR lines (the cause is usually there, above a long stack trace),
     * then the last lines of its log.
     */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            List<String> errors = lines.stream().filter(l -> l.contains(" ERROR ")).limit(10).toList();
            String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
            return errors.isEmpty() ? tail : String.join("\n", errors) + "\n...\n" + tail;
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + logFile + ": " + e + ")";
        }
    }

    /** A port that is free on 127.0.0.1 right now (for tests that want random ports). */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    private static void requireFreePort(int port, String what) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("The Keycloak " + what + " port " + port
                    + " on 127.0.0.1 is already in use (another Keycloak still running?)", e);
        }
    }

    @Override
    public String toString() {
        return "KeycloakServer[" + issuer() + ", management port " + managementPort
                + (isRunning() ? ", running" : ", stopped") + "]";
    }
}
