package org.migportal.devserver;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Payara Micro's console output: copies it to the log file, passes the few records a developer must see
 * (errors, "deployed", "ready") to the console, and notes whether the application was deployed.
 *
 * <p>Payara writes records as {@code [time] [] [LEVEL] [code] [logger] [tid: ..] [timeMillis: ..] [levelValue: ..]
 * message}, where a multi-line message sits between {@code [[} and {@code ]]}. It prints "ready" even when the
 * deployment failed, so readiness alone does not mean the portal is up.
 */
final class PayaraLogWatcher implements Runnable {

    private static final Pattern ANSI_COLOUR = Pattern.compile("\u001B\\[[0-9;]*m");
    private static final Pattern HEADER = Pattern.compile("^\\[[^\\]]*\\] \\[[^\\]]*\\] \\[(\\w+)\\] \\[[^\\]]*\\] "
            + "\\[([^\\]]*)\\] \\[tid: [^\\]]*\\] \\[timeMillis: \\d+\\] \\[levelValue: \\d+\\] ?(.*)$");
    private static final Pattern READY = Pattern.compile("Payara Micro .* ready in ");
    private static final int ECHO_LINES = 12;

    private final InputStream output;
    private final Path logFile;
    private final Consumer<String> console;

    private volatile boolean ready;
    private volatile boolean deployed;
    private volatile boolean finished;
    private final List<String> errors = new CopyOnWriteArrayList<>();

    // the record being read (only touched by the reading thread)
    private String level;
    private String logger;
    private StringBuilder message;
    private boolean multiLine;

    PayaraLogWatcher(InputStream output, Path logFile, Consumer<String> console) {
        this.output = output;
        this.logFile = logFile;
        this.console = console;
    }

    @Override
    public void run() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
             BufferedWriter log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                line = ANSI_COLOUR.matcher(line).replaceAll("");
                log.write(line);
                log.newLine();
                if (!in.ready()) {
                    log.flush(); // a reader of the log sees whole bursts without a write per line
                }
                accept(line);
            }
        } catch (IOException e) {
            console.accept("Reading Payara Micro's output failed: " + e);
        } finally {
            endRecord();
            finished = true;
        }
    }

    /** Payara printed its "ready in ... ms" line. */
    boolean ready() {
        return ready;
    }

    /** Payara reported the application as successfully deployed. */
    boolean deployed() {
        return deployed;
    }

    /** The output ended (the process exited). */
    boolean finished() {
        return finished;
    }

    /** First lines of the SEVERE records seen so far. */
    List<String> errors() {
        return List.copyOf(errors);
    }

    private void accept(String line) {
        Matcher header = HEADER.matcher(line);
        if (header.matches()) {
            endRecord();
            level = header.group(1);
            logger = header.group(2);
            String text = header.group(3);
            multiLine = text.equals("[[");
            message = new StringBuilder(multiLine ? "" : text);
            if (!multiLine) {
                endRecord();
            }
        } else if (multiLine) {
            boolean last = line.endsWith("]]");
            message.append(last ? line.substring(0, line.length() - 2) : line).append('\n');
            if (last) {
                endRecord();
            }
        }
        // other lines (stray System.out prints) are only in the log file
    }

    private void endRecord() {
        if (level == null) {
            return;
        }
        String text = message.toString().strip();
        if (text.contains("was successfully deployed")) {
            deployed = true;
            console.accept(text);
        } else if (READY.matcher(text).find()) {
            console.accept(text);
            ready = true;
        } else if (level.equals("SEVERE")) {
            errors.add(text.lines().findFirst().orElse("") + " (" + logger + ")");
            echoError(text);
        } else if (text.startsWith("Database schema at version")) {
            console.accept(text);
        }
        level = null;
        multiLine = false;
    }

    private void echoError(String text) {
        List<String> lines = text.lines().toList();
        StringBuilder shown = new StringBuilder("SEVERE ").append(logger).append(":");
        lines.stream().limit(ECHO_LINES).forEach(l -> shown.append("\n    ").append(l));
        if (lines.size() > ECHO_LINES) {
            shown.append("\n    ... ").append(lines.size() - ECHO_LINES).append(" more lines in ").append(logFile);
        }
        console.accept(shown.toString());
    }
}
