package org.migportal.devserver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo programme's published report: once the portal runs on freshly loaded demo data, the Kenya
 * officer generates the donor report for Kenya over the last twelve months and publishes it to the
 * donors, through the REST API as the portal's own users would. A donor logging in then downloads a
 * real PDF. (Reports come from the portal's own code, so they cannot be written by {@link DemoData}'s JDBC.)
 */
final class DemoReport {

    static final String OFFICER = "officer.kenya";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"?([\\w-]+)\"?");
    private static final Pattern ARCHIVE_ID = Pattern.compile("\"archiveId\"\\s*:\\s*(\\d+)");
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"(\\w+)\"");

    private DemoReport() {
    }

    /** Generates and publishes the Kenya donor report; answers its archive id. */
    static long publishKenyaDonorReport(String portalBaseUrl, KeycloakServer keycloak) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = keycloak.tokenFor(OFFICER, "demo1234");
        LocalDate today = LocalDate.now();
        String request = """
                {"type": "DONOR", "countries": ["KE"], "from": "%s", "to": "%s", "language": "en"}"""
                .formatted(today.minusYears(1).plusDays(1), today);
        String job = match(ID, send(http, token, "POST", portalBaseUrl + "api/reports", request, 202));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            String state = send(http, token, "GET", portalBaseUrl + "api/reports/jobs/" + job, null, 200);
            switch (match(STATE, state)) {
                case "DONE" -> {
                    long id = Long.parseLong(match(ARCHIVE_ID, state));
                    send(http, token, "POST", portalBaseUrl + "api/reports/" + id + "/publish", "{}", 200);
                    return id;
                }
                case "FAILED" -> throw new IllegalStateException("The demo report failed: " + state);
                default -> Thread.sleep(250);
            }
        }
        throw new IllegalStateException("The demo report was not ready within two minutes");
    }

    private static String send(HttpClient http, String token, String method, String url, String body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
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
}
