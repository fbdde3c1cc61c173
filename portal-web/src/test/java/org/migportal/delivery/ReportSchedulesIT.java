package org.migportal.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.testing.TestDatabase;
import org.migportal.testing.api.ApiClient;
import org.migportal.testing.api.ApiClient.Answer;

/**
 * Report schedules against a real SMTP server: GreenMail in this JVM on the port the portal is given
 * ({@code PORTAL_SMTP_PORT}, see the failsafe configuration), the portal as it ships, its timer looking for due
 * work every 3 seconds in the tests. A due schedule runs once and its e-mail arrives with exactly the archived
 * PDF; with the mail server down an e-mail is retried after the pauses (moved forward here in the database, not
 * waited for) and then failed, which the admins see. The rows this class makes are removed at the end, so that
 * no other test finds a failed e-mail on its home page.
 */
@ExtendWith(ArquillianExtension.class)
class ReportSchedulesIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private static final List<Long> SCHEDULES = new ArrayList<>();

    private static GreenMail mail;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL deployed;

    @BeforeAll
    static void startTheMailServer() {
        mail = startMail();
    }

    @AfterAll
    static void stopTheMailServerAndRemoveTheSchedules() throws Exception {
        mail.stop();
        try (Connection c = database().getConnection()) {
            for (long schedule : SCHEDULES) {
                update(c, "DELETE FROM report_delivery WHERE report_schedule_id = ?", schedule);
                update(c, "DELETE FROM report_schedule WHERE id = ?", schedule);
            }
        }
    }

    @Test
    void aDueScheduleRunsOnceMailsTheArchivedPdfAndPublishesItToTheDonors() throws Exception {
        ApiClient api = new ApiClient(deployed);
        String recipient = "donor-" + RUN + "@funder.mig.test";
        LocalDate today = LocalDate.now();
        Answer created = api.call("POST", "api/report-schedules", api.tokenFor("programme.admin"),
                draft("DONOR", List.of("KE", "SD"), today, List.of(recipient), true, true));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        long schedule = remember(created.json().getJsonNumber("id").longValue());

        MimeMessage message = awaitMessages(recipient, 1).get(0);
        assertThat(message.getSubject()).contains("Kenya", "Sudan");
        assertThat(message.getFrom()[0].toString()).contains("portal@mig.test");
        byte[] attachment = pdfAttachment(message);

        long report;
        try (Connection c = database().getConnection()) {
            Map<String, Object> delivery = awaitRow(c, """
                    SELECT report_archive_id, status, attempts, sent_at FROM report_delivery
                    WHERE report_schedule_id = ? AND status = 'SENT'""", schedule);
            report = ((Number) delivery.get("report_archive_id")).longValue();
            assertThat(delivery.get("attempts")).isEqualTo(1);
            Map<String, Object> archived = row(c, """
                    SELECT r.sha256, f.content, r.report_type, r.period_from, r.period_to, r.published_at, r.generated_by
                    FROM report_archive r JOIN report_archive_file f ON f.report_archive_id = r.id WHERE r.id = ?""", report);
            assertThat(sha256(attachment)).as("the attachment is the archived file")
                    .isEqualTo(((String) archived.get("sha256")).trim());
            assertThat(attachment).isEqualTo((byte[]) archived.get("content"));
            assertThat(archived.get("report_type")).isEqualTo("DONOR");
            assertThat(archived.get("period_from").toString()).isEqualTo(today.minusMonths(3).toString());
            assertThat(archived.get("period_to").toString()).isEqualTo(today.minusDays(1).toString());
            assertThat(archived.get("published_at")).as("published to the donors").isNotNull();
            assertThat(archived.get("generated_by")).isEqualTo("programme.admin");
            assertThat(row(c, "SELECT next_run_on FROM report_schedule WHERE id = ?", schedule).get("next_run_on").toString())
                    .isEqualTo(today.plusMonths(3).toString());

            // Once: two more runs of the timer later there is still one e-mail and one report.
            long slot = ((Number) row(c, "SELECT COALESCE(MAX(slot), 0) AS slot FROM scheduled_run WHERE job = 'report-schedules'")
                    .get("slot")).longValue();
            awaitRow(c, "SELECT slot FROM scheduled_run WHERE job = 'report-schedules' AND slot > ?", slot + 1);
            assertThat(row(c, "SELECT COUNT(*) AS n FROM report_delivery WHERE report_schedule_id = ?", schedule).get("n"))
                    .isEqualTo(1L);
        }
        assertThat(messagesTo(recipient)).hasSize(1);

        String donor = api.tokenFor("donor.demo");
        Answer file = api.get("api/reports/" + report + "/file", donor, "application/pdf");
        assertThat(file.status()).as("the donor downloads the published report").isEqualTo(200);
        assertThat(file.headers().firstValue("X-Content-SHA256")).contains(sha256(attachment));
        Answer list = api.get("api/reports?size=500", donor);
        assertThat(list.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anyMatch(item -> item.getJsonNumber("id").longValue() == report);
    }

    @Test
    void aRefusedEmailIsRetriedAfterGrowingPausesThenFailedAndShownToTheAdmins() throws Exception {
        ApiClient api = new ApiClient(deployed);
        String recipient = "officer-" + RUN + "@kenya.mig.test";
        mail.stop();
        try (Connection c = database().getConnection()) {
            Answer created = api.call("POST", "api/report-schedules", api.tokenFor("officer.kenya"),
                    draft("COUNTRY", List.of("KE"), LocalDate.now(), List.of(recipient), false, false));
            assertThat(created.status()).as("%s", created).isEqualTo(201);
            long schedule = remember(created.json().getJsonNumber("id").longValue());

            long[] pauses = {5 * 60, 30 * 60, 2 * 60 * 60};
            for (int attempt = 1; attempt <= 3; attempt++) {
                Map<String, Object> delivery = awaitRow(c, """
                        SELECT id, status, last_error, EXTRACT(EPOCH FROM next_attempt_at - localtimestamp) AS wait
                        FROM report_delivery WHERE report_schedule_id = ? AND attempts = ?""", schedule, attempt);
                assertThat(delivery.get("status")).isEqualTo("PENDING");
                assertThat((String) delivery.get("last_error")).containsIgnoringCase("connect");
                assertThat(((Number) delivery.get("wait")).doubleValue()).as("pause after attempt %d", attempt)
                        .isBetween(pauses[attempt - 1] - 60.0, pauses[attempt - 1] + 1.0);
                // The pause passes: the next run of the timer attempts it again.
                update(c, "UPDATE report_delivery SET next_attempt_at = next_attempt_at - INTERVAL '3 hours' WHERE id = ?",
                        ((Number) delivery.get("id")).longValue());
            }
            Map<String, Object> failed = awaitRow(c, """
                    SELECT status, next_attempt_at, last_error FROM report_delivery
                    WHERE report_schedule_id = ? AND attempts = 4""", schedule);
            assertThat(failed.get("status")).isEqualTo("FAILED");
            assertThat(failed.get("next_attempt_at")).isNull();

            JsonObject listed = scheduleIn(api.get("api/report-schedules?size=500", api.tokenFor("programme.admin")), schedule);
            assertThat(listed).as("the admin's list").isNotNull();
            assertThat(listed.getJsonNumber("failedDeliveries").longValue()).isEqualTo(1);
            assertThat(listed.getString("createdBy")).isEqualTo("officer.kenya");
            assertThat(listed.getBoolean("attachFile")).isFalse();
        } finally {
            mail = startMail();
        }
    }

    @Test
    void anOfficerSchedulesOnlyForTheirOwnCountriesAndRecipientsMustBeAddresses() {
        ApiClient api = new ApiClient(deployed);
        String sudan = api.tokenFor("officer.sudan");
        LocalDate later = LocalDate.now().plusYears(1);
        Answer kenya = api.call("POST", "api/report-schedules", sudan,
                draft("COUNTRY", List.of("KE"), later, List.of("someone@mig.test"), true, false));
        assertThat(kenya.status()).as("Sudan's officer schedules Kenya's report: %s", kenya).isEqualTo(403);
        Answer both = api.call("POST", "api/report-schedules", sudan,
                draft("DONOR", List.of("KE", "SD"), later, List.of("someone@mig.test"), true, false));
        assertThat(both.status()).as("%s", both).isEqualTo(403);

        Answer own = api.call("POST", "api/report-schedules", sudan,
                draft("COUNTRY", List.of("SD"), later, List.of("Someone@Mig.Test "), true, false));
        assertThat(own.status()).as("%s", own).isEqualTo(201);
        long schedule = remember(own.json().getJsonNumber("id").longValue());
        assertThat(own.json().getJsonArray("recipients").getString(0)).isEqualTo("someone@mig.test");
        assertThat(scheduleIn(api.get("api/report-schedules?size=500", api.tokenFor("officer.kenya")), schedule))
                .as("Kenya's officer does not see Sudan's schedule").isNull();
        assertThat(api.call("POST", "api/report-schedules/" + schedule + "/run", api.tokenFor("officer.kenya"),
                JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(403);
        assertThat(api.get("api/report-schedules", api.tokenFor("regional.manager")).status()).isEqualTo(403);

        Answer wrong = api.call("POST", "api/report-schedules", sudan,
                draft("COUNTRY", List.of("SD"), later, List.of("not an address"), true, false));
        assertThat(wrong.status()).as("%s", wrong).isEqualTo(400);
        Answer past = api.call("POST", "api/report-schedules", sudan,
                draft("COUNTRY", List.of("SD"), LocalDate.now().minusDays(1), List.of("someone@mig.test"), true, false));
        assertThat(past.status()).as("%s", past).isEqualTo(422);
    }

    private static JsonObject draft(String type, List<String> countries, LocalDate nextRunOn, List<String> recipients,
            boolean attach, boolean publish) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("countries", Json.createArrayBuilder(countries))
                .add("language", "en")
                .add("frequency", "QUARTERLY")
                .add("nextRunOn", nextRunOn.toString())
                .add("recipients", Json.createArrayBuilder(recipients))
                .add("attachFile", attach)
                .add("publishToDonors", publish)
                .add("active", true)
                .build();
    }

    private static JsonObject scheduleIn(Answer list, long id) {
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        return list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getJsonNumber("id").longValue() == id).findFirst().orElse(null);
    }

    private static synchronized long remember(long schedule) {
        SCHEDULES.add(schedule);
        return schedule;
    }

    private static GreenMail startMail() {
        GreenMail server = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static List<MimeMessage> messagesTo(String recipient) throws MessagingException {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            Address[] addresses = message.getAllRecipients();
            if (addresses != null && Arrays.stream(addresses).anyMatch(a -> a.toString().equalsIgnoreCase(recipient))) {
                to.add(message);
            }
        }
        return to;
    }

    /** Waits on GreenMail's own signal of each incoming message until {@code count} reached the recipient. */
    private static List<MimeMessage> awaitMessages(String recipient, int count) throws MessagingException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (messagesTo(recipient).size() < count && System.nanoTime() < deadline) {
            mail.waitForIncomingEmail(1_000, mail.getReceivedMessages().length + 1);
        }
        List<MimeMessage> messages = messagesTo(recipient);
        assertThat(messages).as("e-mails to %s within %s", recipient, WAIT).hasSizeGreaterThanOrEqualTo(count);
        return messages;
    }

    private static byte[] pdfAttachment(MimeMessage message) throws MessagingException, IOException {
        assertThat(message.getContent()).isInstanceOf(Multipart.class);
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                assertThat(part.getContentType()).startsWith("application/pdf");
                assertThat(part.getFileName()).startsWith("donor-report-").endsWith(".pdf");
                try (InputStream in = part.getInputStream()) {
                    byte[] pdf = in.readAllBytes();
                    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                    return pdf;
                }
            }
        }
        throw new AssertionError("no PDF attached to " + message.getSubject());
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static DataSource database() throws Exception {
        return TestDatabase.portal();
    }

    /** Polls the database until the query finds a row (the timer runs every few seconds). */
    private static Map<String, Object> awaitRow(Connection c, String sql, Object... parameters) throws SQLException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Map<String, Object> found = query(c, sql, parameters);
        while (found == null && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
            found = query(c, sql, parameters);
        }
        assertThat(found).as("a row of %s %s within %s", sql, Arrays.toString(parameters), WAIT).isNotNull();
        return found;
    }

    private static Map<String, Object> row(Connection c, String sql, Object... parameters) throws SQLException {
        Map<String, Object> found = query(c, sql, parameters);
        assertThat(found).as("a row of %s", sql).isNotNull();
        return found;
    }

    private static Map<String, Object> query(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Map<String, Object> row = new java.util.HashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                return row;
            }
        }
    }

    private static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

}
