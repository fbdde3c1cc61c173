package org.migportal.devserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs Payara Micro as a child process with one WAR deployed:
 * {@code java -jar payara-micro.jar --nocluster --port P --deploy W --contextroot / --rootDir D}, its HTTP
 * listener bound to 127.0.0.1, the application's settings in environment variables.
 *
 * <p>Use {@link #builder(Path, Path)}; {@link Builder#start()} returns once the WAR is deployed. The console
 * output goes to a log file, and errors plus the "deployed"/"ready" lines also to a console consumer.
 */
public final class PayaraMicroServer implements AutoCloseable {

    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(240);

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final int LOG_TAIL_LINES = 60;
    /** Binds the listener to loopback: a development portal with demo passwords must not be reachable from the network. */
    private static final String LOOPBACK_PREBOOT_COMMAND =
            "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1";

    private final Process process;
    private final int port;
    private final String contextRoot;
    private final Path logFile;
    private final PayaraLogWatcher watcher;
    private volatile boolean stopped;

    private PayaraMicroServer(Process process, int port, String contextRoot, Path logFile, PayaraLogWatcher watcher) {
        this.process = process;
        this.port = port;
        this.contextRoot = contextRoot;
        this.logFile = logFile;
        this.watcher = watcher;
    }

    /**
     * @param microJar the Payara Micro jar ({@code target/payara-micro.jar}, copied there by the build)
     * @param war      the application to deploy ({@code target/portal.war})
     */
    public static Builder builder(Path microJar, Path war) {
        return new Builder(microJar, war);
    }

    /** Settings of one Payara Micro run; defaults: port 8080, context root {@code /}, 768 MB heap. */
    public static final class Builder {
        private final Path microJar;
        private final Path war;
        private int port = 8080;
        private String contextRoot = "/";
        private String maxHeap = "768m";
        private final List<String> jvmOptions = new ArrayList<>();
        private Path workDir = BuildDirectory.path().resolve("payara-micro");
        private Path logFile;
        private Duration startTimeout = DEFAULT_START_TIMEOUT;
        private final Map<String, String> env = new LinkedHashMap<>();
        private Consumer<String> console = line -> System.out.println("[payara] " + line);
        private List<String> clusterOptions = List.of("--nocluster");

        private Builder(Path microJar, Path war) {
            this.microJar = microJar.toAbsolutePath();
            this.war = war.toAbsolutePath();
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** A port that is free now (tests). */
        public Builder randomPort() {
            return port(Ports.free());
        }

        public Builder contextRoot(String contextRoot) {
            this.contextRoot = contextRoot;
            return this;
        }

        /** The -Xmx value, e.g. {@code 768m}. */
        public Builder maxHeap(String maxHeap) {
            this.maxHeap = maxHeap;
            return this;
        }

        /** An extra option for Payara's JVM, e.g. {@code -XX:TieredStopAtLevel=1}. */
        public Builder jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        /** Parent of the runtime directory {@code payara-<port>} (recreated on each start); default {@code target/payara-micro}. */
        public Builder workDir(Path workDir) {
            this.workDir = workDir.toAbsolutePath();
            return this;
        }

        /** Where the console output goes (overwritten); default {@code <workDir>/payara-<port>.log}. */
        public Builder logFile(Path logFile) {
            this.logFile = logFile.toAbsolutePath();
            return this;
        }

        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = startTimeout;
            return this;
        }

        /** An environment variable of the Payara process, e.g. {@code PORTAL_DB_URL} (read by MicroProfile Config). */
        public Builder env(String name, String value) {
            env.put(name, value);
            return this;
        }

        public Builder env(Map<String, String> variables) {
            env.putAll(variables);
            return this;
        }

        /**
         * Joins the cluster {@code name} (Hazelcast) instead of running alone: the data grid listens on
         * {@code gridPort} on 127.0.0.1 and finds its peers at {@code members} ({@code 127.0.0.1:P1,127.0.0.1:P2}).
         * Backups of session data go to the other members even on the same host ({@code --nohostaware}).
         */
        public Builder clustered(String name, int gridPort, String members) {
            this.clusterOptions = List.of("--clustername", name, "--clustermode", "tcpip:" + members,
                    "--startport", Integer.toString(gridPort), "--interfaces", "127.0.0.1", "--nohostaware",
                    "--name", name + "-" + port);
            return this;
        }

        /** Receives the important lines (errors, deployed, ready); default prints them with a {@code [payara]} prefix. */
        public Builder console(Consumer<String> console) {
            this.console = console;
            return this;
        }

        /** Starts the process without waiting; follow with {@link PayaraMicroServer#awaitDeployed(Duration)}. */
        public PayaraMicroServer launch() throws IOException {
            requireFile(microJar, "Payara Micro jar (built by `mvn -pl portal-web package`)");
            requireFile(war, "WAR (built by `mvn -pl portal-web package`)");
            Ports.requireFree(port, "Payara Micro HTTP");

            // A fresh runtime directory: Payara Micro redeploys whatever an old one still holds.
            Path rootDir = workDir.resolve("payara-" + port);
            deleteRecursively(rootDir);
            Files.createDirectories(rootDir);
            Path preboot = workDir.resolve("preboot-" + port + ".asadmin");
            Files.writeString(preboot, LOOPBACK_PREBOOT_COMMAND + "\n", StandardCharsets.UTF_8);
            Path log = logFile != null ? logFile : workDir.resolve("payara-" + port + ".log");
            Files.createDirectories(log.getParent());

            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx" + maxHeap);
            command.addAll(jvmOptions);
            command.addAll(List.of(
                    "-jar", microJar.toString()));
            command.addAll(clusterOptions);
            command.addAll(List.of(
                    "--port", Integer.toString(port),
                    "--deploy", war.toString(),
                    "--contextroot", contextRoot,
                    "--rootDir", rootDir.toString(),
                    "--prebootcommandfile", preboot.toString()));
            ProcessBuilder pb = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            // Only the caller's settings count, not JVM options or PORTAL_* values from the shell.
            pb.environment().keySet().removeIf(k -> k.startsWith("PORTAL_") || k.equals("JAVA_TOOL_OPTIONS")
                    || k.equals("_JAVA_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
            pb.environment().putAll(env);

            Process process = pb.start();
            PayaraLogWatcher watcher = new PayaraLogWatcher(process.getInputStream(), log, console);
            Thread reader = new Thread(watcher, "payara-" + port + "-output");
            reader.setDaemon(true);
            reader.start();
            return new PayaraMicroServer(process, port, contextRoot, log, watcher);
        }

        /** Starts Payara Micro and waits until the WAR is deployed; stops it again if that fails. */
        public PayaraMicroServer start() throws IOException {
            PayaraMicroServer server = launch();
            try {
                server.awaitDeployed(startTimeout);
            } catch (RuntimeException | Error e) {
                server.stop();
                throw e;
            }
            return server;
        }

        private static void requireFile(Path file, String what) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("No " + what + " at " + file);
            }
        }
    }

    /**
     * Waits for Payara's "ready" line and checks that the WAR was deployed (Payara says "ready" after a failed
     * deployment too).
     *
     * @throws IllegalStateException if the process ends, the deployment fails or the timeout passes; the message
     *                               holds the errors seen and the end of the log
     */
    public void awaitDeployed(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!watcher.ready()) {
            if (!process.isAlive()) {
                waitForOutput();
                throw new IllegalStateException("Payara Micro exited with code " + process.exitValue()
                        + " before it was ready." + details());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Payara Micro was not ready after " + timeout.toSeconds() + " s."
                        + details());
            }
            try {
                process.waitFor(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Payara Micro", e);
            }
        }
        if (!watcher.deployed()) {
            throw new IllegalStateException("Payara Micro is up but did not deploy the application." + details());
        }
    }

    private String details() {
        List<String> errors = watcher.errors();
        String errorText = errors.isEmpty() ? "" : "\nErrors:\n  " + String.join("\n  ", errors);
        return errorText + "\nLast lines of " + logFile + ":\n" + logTail();
    }

    /** Lets the reader thread copy the last output of a dead process before the log is read. */
    private void waitForOutput() {
        for (int i = 0; i < 20 && !watcher.finished(); i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** {@code http://localhost:PORT/} (with the context root). */
    public String baseUrl() {
        return "http://localhost:" + port + (contextRoot.endsWith("/") ? contextRoot : contextRoot + "/");
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return !stopped && process.isAlive();
    }

    /** The exit code, if the process has ended. */
    public Integer exitCode() {
        return process.isAlive() ? null : process.exitValue();
    }

    /**
     * Ends Payara Micro and anything it started: SIGTERM (Payara undeploys and closes its pools), then SIGKILL for
     * what is left after 20 s. Safe to call more than once and from a shutdown hook.
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
        tree.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(STOP_GRACE);
        try {
            for (ProcessHandle h : tree) {
                long left = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
                h.onExit().get(left, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception timeout) {
            // killed below
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        waitForOutput();
    }

    /** Ends the process at once (SIGKILL), as a crash or a pulled plug would: nothing is shut down cleanly. */
    public void kill() {
        synchronized (this) {
            stopped = true;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        waitForOutput();
    }

    @Override
    public void close() {
        stop();
    }

    /** The last lines of the log, for error messages. */
    public String logTail() {
        try (Stream<String> lines = Files.lines(logFile, StandardCharsets.UTF_8)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - LOG_TAIL_LINES), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + logFile + ": " + e + ")";
        }
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

    @Override
    public String toString() {
        return "PayaraMicroServer[" + baseUrl() + (isRunning() ? ", running" : ", stopped") + "]";
    }
}
