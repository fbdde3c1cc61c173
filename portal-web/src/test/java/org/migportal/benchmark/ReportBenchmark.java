package org.migportal.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.migportal.devserver.KeycloakServer;

/**
 * How long the reports take at programme scale ({@code mvn -Pbenchmark-reports verify}, not part of the
 * tests): {@link ScaleData} (10 countries, 100 districts, 1,000 forums, 50,000 members) with a year of
 * their activity (about 500,000 attendance rows), then the country report of one scale country (100
 * forums), the regional report of one scale region (5 countries, 500 forums) and the donor report of
 * all ten scale countries, each generated through the REST API as a user would (ask, poll the job
 * every 20 ms, until archived). Beside each, the time PostgreSQL spent on the report's queries alone:
 * every portal statement is logged with its duration ({@code log_min_duration_statement = 0}), and the
 * benchmark adds up the report's SELECTs between two markers it writes to the same log. Prints the
 * medians of 7 runs after 2 warm-up runs, as a Markdown table for the README.
 */
public final class ReportBenchmark {

    private static final int WARM_UP = 2;
    private static final int TIMED = 7;
    private static final String FROM = "2026-01-01";
    private static final String TO = "2026-12-31";
    private static final Pattern JOB_ID = Pattern.compile("\"id\"\\s*:\\s*\"([\\w-]+)\"");
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern DURATION = Pattern.compile("duration: ([0-9.]+) ms\\s+execute [^:]*: (\\S+)");

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ListBenchmark.withPortal(portal -> {
            long t0 = System.nanoTime();
            ScaleData.load(portal, 1_000, 50_000);
            ScaleData.loadActivity(portal);
            System.out.printf("Programme-scale data and a year of activity loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            try (Connection c = portal.getConnection(); Statement s = c.createStatement();
                    var rs = s.executeQuery("SELECT (SELECT count(*) FROM attendance), (SELECT count(*) FROM meeting)")) {
                rs.next();
                System.out.printf("Attendance rows: %,d; meetings: %,d%n", rs.getLong(1), rs.getLong(2));
            }
        }, 0, ReportBenchmark::run);
    }

    private static void run(String base, KeycloakServer keycloak, DataSource portal) throws Exception {
        Path log = Path.of(System.getProperty("devserver.target", "target")).toAbsolutePath()
                .resolve("benchmark/postgres.log");
        List<String> scaleCountries = new ArrayList<>();
        try (Connection c = portal.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT iso_code FROM country WHERE name LIKE 'Scale country %' ORDER BY iso_code")) {
            while (rs.next()) {
                scaleCountries.add(rs.getString(1));
            }
        }
        Map<String, String> reports = new LinkedHashMap<>();
        reports.put("Country report (1 country, 100 forums, about 6,000 members)",
                request("COUNTRY", List.of(scaleCountries.get(0)), null));
        reports.put("Regional report (1 region: 5 countries, 500 forums, about 30,000 members)",
                request("REGIONAL", List.of(), "R1"));
        reports.put("Donor report (10 countries, 1,000 forums, 50,000 members)",
                request("DONOR", scaleCountries, null));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        System.out.println();
        System.out.println("| report (programme admin, 2026) | whole report, median ms | its SQL alone, median ms | PDF pages |");
        System.out.println("|---|---:|---:|---:|");
        int mark = 0;
        for (var report : reports.entrySet()) {
            String token = keycloak.tokenFor("programme.admin", "demo1234");
            List<Double> whole = new ArrayList<>();
            List<Double> sql = new ArrayList<>();
            long archiveId = 0;
            for (int i = 0; i < WARM_UP + TIMED; i++) {
                String start = "report-benchmark-" + (++mark);
                marker(portal, start);
                long t0 = System.nanoTime();
                archiveId = generate(http, base, token, report.getValue());
                double millis = (System.nanoTime() - t0) / 1e6;
                marker(portal, start + "-end");
                if (i >= WARM_UP) {
                    whole.add(millis);
                    sql.add(sqlMillis(log, start));
                }
            }
            int pages = pages(http, base, token, archiveId);
            System.out.printf("| %s | %.0f | %.0f | %d |%n", report.getKey(), median(whole), median(sql), pages);
        }
        System.out.println();
    }

    private static String request(String type, List<String> countries, String region) {
        return """
                {"type": "%s", "countries": [%s], "from": "%s", "to": "%s", "language": "en"%s}"""
                .formatted(type, String.join(", ", countries.stream().map(c -> "\"" + c + "\"").toList()), FROM, TO,
                        region == null ? "" : ", \"region\": \"" + region + "\"");
    }

    /** Asks for the report and polls its job until it is archived; answers the archive id. */
    private static long generate(HttpClient http, String base, String token, String request) throws Exception {
        String job = match(JOB_ID, send(http, HttpRequest.newBuilder(URI.create(base + "api/reports"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request)), token, 202));
        while (true) {
            String state = send(http, HttpRequest.newBuilder(URI.create(base + "api/reports/jobs/" + job)).GET(), token, 200);
            switch (match(STATE, state)) {
                case "DONE" -> {
                    return Long.parseLong(match(Pattern.compile("\"archiveId\"\\s*:\\s*(\\d+)"), state));
                }
                case "FAILED" -> throw new IllegalStateException("Report failed: " + state);
                default -> Thread.sleep(20);
            }
        }
    }

    private static int pages(HttpClient http, String base, String token, long archiveId) throws Exception {
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(base + "api/reports/" + archiveId + "/file"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf.body(), java.nio.charset.StandardCharsets.ISO_8859_1));
        int count = 0;
        while (pages.find()) {
            count++;
        }
        return count;
    }

    private static void marker(DataSource portal, String name) throws SQLException {
        try (Connection c = portal.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT '" + name + "'");
        }
    }

    /** The time PostgreSQL spent executing the report's queries between the run's two markers. */
    private static double sqlMillis(Path log, String marker) throws Exception {
        // The server writes its log asynchronously: wait until the end marker is there.
        for (int i = 0; i < 100 && !Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).contains(marker + "-end"); i++) {
            Thread.sleep(50);
        }
        List<String> lines = Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1);
        double total = 0;
        boolean inside = false;
        for (String line : lines) {
            if (line.contains("'" + marker + "'")) {
                inside = true;
            } else if (line.contains("'" + marker + "-end'")) {
                break;
            } else if (inside) {
                Matcher m = DURATION.matcher(line);
                // The figures' queries; not the archive's INSERTs nor the transaction's set_config.
                if (m.find() && (m.group(2).equalsIgnoreCase("SELECT") || m.group(2).equalsIgnoreCase("WITH"))
                        && !line.contains("set_config") && !line.contains("report_archive")) {
                    total += Double.parseDouble(m.group(1));
                }
            }
        }
        return total;
    }

    private static String send(HttpClient http, HttpRequest.Builder request, String token, int expected) throws Exception {
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String match(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("Unexpected answer: " + json);
        }
        return m.group(1);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
