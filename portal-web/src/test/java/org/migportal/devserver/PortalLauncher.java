package org.migportal.devserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts the whole portal for development ({@code mvn -Pstart verify}): PostgreSQL, then Keycloak and Payara
 * Micro side by side, then the demo data; prints where everything is and runs until Ctrl-C, which stops Payara,
 * Keycloak and PostgreSQL in that order.
 *
 * <p>System properties: {@code portal.root} (the repository), {@code devserver.target} (portal-web's
 * {@code target/}), {@code portal.war} (default {@code target/portal.war}), {@code keycloak.home}, {@code reset}
 * ({@code true} wipes {@code .data/} first), and the ports
 * {@code portal.port} (8080), {@code keycloak.port} (8180), {@code keycloak.management.port} (9180),
 * {@code postgres.port} (5433).
 */
public final class PortalLauncher {

    static final String POSTGRES_LOG = "postgres.log";

    /** Where things are and which ports to use. */
    record Settings(Path root, Path buildDir, Path war, Path keycloakHome, boolean reset,
                    int portalPort, int keycloakPort, int keycloakManagementPort, int postgresPort) {

        static Settings fromSystemProperties() {
            Path buildDir = BuildDirectory.path();
            Path root = Paths.get(System.getProperty("portal.root", buildDir.getParent().getParent().toString()))
                    .toAbsolutePath().normalize();
            Path keycloakHome = Paths.get(System.getProperty("keycloak.home",
                    root.resolve("keycloak-realm/target/keycloak-26.7.3").toString())).toAbsolutePath().normalize();
            Path war = Paths.get(System.getProperty("portal.war", buildDir.resolve("portal.war").toString()))
                    .toAbsolutePath().normalize();
            return new Settings(root, buildDir, war, keycloakHome, Boolean.getBoolean("reset"),
                    Integer.getInteger("portal.port", 8080), Integer.getInteger("keycloak.port", 8180),
                    Integer.getInteger("keycloak.management.port", 9180), Integer.getInteger("postgres.port", 5433));
        }

        /** Everything kept between runs; the only thing {@code -Dreset=true} deletes. */
        Path dataDir() {
            return root.resolve(".data");
        }

        Path postgresDataDir() {
            return dataDir().resolve("postgres");
        }

        Path logDir() {
            return dataDir().resolve("logs");
        }
    }

    private final Settings settings;
    private final long startNanos = System.nanoTime();
    private final ExecutorService starters = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "portal-starter");
        t.setDaemon(true); // never keeps Maven's JVM alive
        return t;
    });

    private volatile boolean stopping;
    private boolean stopped; // guarded by this
    private volatile EmbeddedDatabase database;
    private volatile KeycloakServer keycloak;
    private volatile PayaraMicroServer payara;
    private volatile DevMailbox mailbox;
    private volatile boolean demoLoaded;

    private PortalLauncher(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        // zonky reports every step at INFO through slf4j-simple; the launcher prints its own summary.
        if (System.getProperty("org.slf4j.simpleLogger.log.io.zonky") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.io.zonky", "warn");
        }
        PortalLauncher launcher = new PortalLauncher(Settings.fromSystemProperties());
        // Ctrl-C reaches Maven's JVM as SIGINT; the hook stops the children, which would otherwise outlive it.
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "portal-launcher-stop"));
        try {
            launcher.start();
        } catch (Exception | Error e) {
            launcher.fail("The portal did not start", e);
        }
        System.out.println(Banner.text(launcher.settings, seconds(launcher.startNanos), launcher.payara.logFile(),
                launcher.keycloak.logFile()));
        launcher.watch();
    }

    private void start() throws Exception {
        Settings s = settings;
        // Check every port before starting anything, so a busy port costs nothing to clean up.
        Ports.requireFree(s.postgresPort(), "PostgreSQL");
        Ports.requireFree(s.portalPort(), "portal / Payara Micro");
        Ports.requireFree(s.keycloakPort(), "Keycloak");
        Ports.requireFree(s.keycloakManagementPort(), "Keycloak management");
        if (s.reset()) {
            deleteRecursively(s.dataDir());
            say("Reset: deleted " + s.dataDir() + " (database and logs); starting from scratch.");
        }
        Files.createDirectories(s.logDir());

        long t0 = System.nanoTime();
        boolean fresh = !Files.exists(s.postgresDataDir().resolve("PG_VERSION"));
        database = EmbeddedDatabase.start(s.postgresDataDir(), s.postgresPort(), true,
                s.logDir().resolve(POSTGRES_LOG));
        database.createDatabaseIfMissing("portal");
        database.createDatabaseIfMissing("keycloak");
        say(String.format("PostgreSQL on port %d, data in %s%s (%.1f s)", s.postgresPort(), s.postgresDataDir(),
                fresh ? " (new)" : "", seconds(t0)));

        // Keycloak and Payara do not need each other to start: run them side by side.
        Path keycloakLog = s.logDir().resolve("keycloak-" + s.keycloakPort() + ".log");
        say("Starting Keycloak on port " + s.keycloakPort() + ", log " + keycloakLog);
        Future<?> keycloakStarted = starters.submit(() -> {
            long k0 = System.nanoTime();
            keycloak = KeycloakServer.start(s.keycloakHome(), s.keycloakPort(), s.keycloakManagementPort(),
                    s.root().resolve("keycloak-realm/mig-portal-realm.json"),
                    KeycloakServer.Database.postgres(database.jdbcUrl("keycloak"), EmbeddedDatabase.USER,
                            EmbeddedDatabase.PASSWORD),
                    s.logDir());
            say(String.format("Keycloak ready (%.1f s)", seconds(k0)));
            return null;
        });

        mailbox = DevMailbox.start(s.dataDir().resolve("mail"));
        say("E-mails (report schedules) go to a local mail server on port " + mailbox.port() + " and are saved in "
                + mailbox.directory());
        payara = PayaraMicroServer.builder(s.buildDir().resolve("payara-micro.jar"), s.war())
                .port(s.portalPort())
                // C1 only and the serial collector: on two cores, shared with Keycloak, Payara boots in about half
                // the time (15 s instead of 18-37 s here); peak speed does not matter for development.
                .jvmOption("-XX:TieredStopAtLevel=1")
                .jvmOption("-XX:+UseSerialGC")
                .workDir(s.buildDir().resolve("devserver"))
                .logFile(s.logDir().resolve("payara-" + s.portalPort() + ".log"))
                .env("PORTAL_DB_URL", database.jdbcUrl("portal"))
                .env("PORTAL_DB_USER", EmbeddedDatabase.USER)
                .env("PORTAL_DB_PASSWORD", EmbeddedDatabase.PASSWORD)
                .env("PORTAL_OIDC_PROVIDER_URI", "http://localhost:" + s.keycloakPort() + "/realms/" + KeycloakServer.REALM)
                .env("PORTAL_OIDC_CLIENT_ID", KeycloakServer.CLIENT_ID)
                .env("PORTAL_OIDC_CLIENT_SECRET", KeycloakServer.CLIENT_SECRET)
                .env("PORTAL_PUBLIC_BASE_URL", "http://localhost:" + s.portalPort())
                .env("PORTAL_SMTP_HOST", "127.0.0.1")
                .env("PORTAL_SMTP_PORT", Integer.toString(mailbox.port()))
                .launch();
        say("Starting Payara Micro on port " + s.portalPort() + ", log " + payara.logFile());
        Future<?> portalStarted = starters.submit(() -> {
            long p0 = System.nanoTime();
            payara.awaitDeployed(PayaraMicroServer.DEFAULT_START_TIMEOUT);
            say(String.format("Portal deployed, schema migrated (%.1f s)", seconds(p0)));
            // Flyway has created the schema during the deployment; only now can demo data go in.
            demoLoaded = DemoData.loadIfEmpty(database.dataSource("portal"));
            say(demoLoaded ? "Demo data loaded." : "Demo data: the database already has data, nothing loaded.");
            return null;
        });

        awaitAll(keycloakStarted, portalStarted);
        if (demoLoaded) {
            long r0 = System.nanoTime();
            long report = DemoReport.publishKenyaDonorReport(payara.baseUrl(), keycloak);
            say(String.format("Demo report: the Kenya donor report (#%d) published to the donors (%.1f s).", report,
                    seconds(r0)));
        }
    }

    /** Waits for all, but throws the first failure at once (the caller then stops what is running). */
    private static void awaitAll(Future<?>... tasks) throws Exception {
        while (true) {
            boolean allDone = true;
            for (Future<?> task : tasks) {
                if (!task.isDone()) {
                    allDone = false;
                    continue;
                }
                try {
                    task.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Exception cause) {
                        throw cause;
                    }
                    throw (Error) e.getCause();
                }
            }
            if (allDone) {
                return;
            }
            Thread.sleep(100);
        }
    }

    /** Runs until Ctrl-C; if a server dies on its own, stops the rest and fails. */
    private void watch() throws InterruptedException {
        while (!stopping) {
            String dead = !payara.isRunning() ? "Payara Micro (exit code " + payara.exitCode() + "), see "
                    + payara.logFile()
                    : !keycloak.isRunning() ? "Keycloak, see " + keycloak.logFile()
                    : !database.isRunning() ? "PostgreSQL, see " + settings.logDir().resolve(POSTGRES_LOG)
                    : null;
            if (dead != null && !stopping) {
                fail("A server stopped unexpectedly", new IllegalStateException(dead));
            }
            Thread.sleep(1000);
        }
        waitForExit();
    }

    /** Reports a failure, stops what was started, and fails the Maven build (non-zero exit). */
    private void fail(String what, Throwable e) throws InterruptedException {
        if (stopping) {
            waitForExit(); // Ctrl-C during the start: the failure is only the interruption
        }
        String line = "!".repeat(88);
        System.out.println("\n" + line + "\n  " + what + ":\n  " + e.getMessage() + "\n" + line);
        if (!(e instanceof IllegalStateException)) {
            e.printStackTrace(System.out); // unexpected: the stack trace helps
        }
        stop();
        // Fails the Maven build; the details are above, so the exception carries one line only.
        throw new IllegalStateException(what + ": " + firstLine(e.getMessage()));
    }

    /**
     * Stops Payara (it uses both others), then Keycloak, then PostgreSQL. Idempotent; runs in the shutdown hook.
     */
    private void stop() {
        stopping = true;
        synchronized (this) {
            if (stopped || database == null) {
                stopped = true;
                return;
            }
            stopped = true;
            say("Stopping: Payara Micro, Keycloak, PostgreSQL ...");
            long t0 = System.nanoTime();
            if (payara != null) {
                timed("Payara Micro", payara::stop);
            }
            if (keycloak == null) {
                timed("Keycloak (still starting)", () -> {
                    terminateStartingKeycloak();
                    awaitStarters();
                    if (keycloak != null) { // it got ready just now
                        keycloak.stop();
                    }
                });
            } else {
                awaitStarters();
                timed("Keycloak", keycloak::stop);
            }
            if (mailbox != null) {
                timed("Mail server", mailbox::close);
            }
            timed("PostgreSQL", database::close);
            say(String.format("Everything stopped (%.1f s).", seconds(t0)));
        }
    }

    /**
     * A Keycloak that is still starting has no handle yet: SIGTERM its process tree so that it ends cleanly and its
     * starter returns (an interrupt would make the starter kill it, maybe in the middle of a schema migration).
     */
    private static void terminateStartingKeycloak() {
        ProcessHandle.current().children()
                .filter(h -> h.info().commandLine().orElse("").contains("kc.sh"))
                .forEach(h -> {
                    h.descendants().forEach(ProcessHandle::destroy);
                    h.destroy();
                });
    }

    /** Lets the start tasks notice that their servers are gone; interrupts them only if they do not. */
    private void awaitStarters() {
        starters.shutdown();
        try {
            if (!starters.awaitTermination(30, TimeUnit.SECONDS)) {
                starters.shutdownNow();
                starters.awaitTermination(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void timed(String what, Runnable stop) {
        long t0 = System.nanoTime();
        try {
            stop.run();
            say(String.format("  %s stopped (%.1f s)", what, seconds(t0)));
        } catch (RuntimeException e) {
            say("  Stopping " + what + " failed: " + e);
        }
    }

    /** The JVM is exiting (shutdown hook running): keep Maven from reporting a result meanwhile. */
    private static void waitForExit() throws InterruptedException {
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    /**
     * Prints straight to the process's standard output, not through Maven's console wrapper, which
     * may already be torn down (or throw) while the shutdown hook runs with output redirected.
     * Printing is best effort: stopping the servers must never fail on it.
     */
    private static final java.io.PrintStream OUT = new java.io.PrintStream(
            new java.io.FileOutputStream(java.io.FileDescriptor.out), true, java.nio.charset.StandardCharsets.UTF_8);

    private static void say(String message) {
        try {
            OUT.println("[portal] " + message);
        } catch (Throwable ignored) {
            // nothing sensible to do about a broken console
        }
    }
}
