package org.migportal.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.testing.api.ApiClient;

/**
 * The sentences of real reports on the demo programme, generated and downloaded through the API as
 * a user would: counts agree with their nouns in English and French. The PDFs are kept in
 * {@code target/reports/} so that their pages can be rendered (pdftoppm) and looked at.
 */
@ExtendWith(ArquillianExtension.class)
class ReportTextsIT {

    private static final String FROM = "2025-01-01";
    private static final String TO = "2026-12-31";
    /** A count of one before a plural noun or verb, or a "(s)" left for the reader to sort out. */
    private static final String WRONG_AGREEMENT =
            "(?s).*(\\b1 (forums|countries|members|women|commitments|actions|files|people|personnes|membres|femmes|"
                    + "engagements|fichiers|were|are|have|ont|sont)\\b|\\(s\\)).*";

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL deployed;

    @Test
    void aDonorReportForOneCountrySummarisesItInTheSingular() throws Exception {
        ApiClient api = new ApiClient(deployed);

        String english = text(api, "DONOR", "en", "donor-report-lk-en", "LK");
        assertThat(english).containsPattern("In the period, \\d+ forums in one country brought together [\\d,]+ members: "
                + "[\\d,]+ women \\(\\d+%\\), [\\d,]+ young people \\(\\d+%\\) and [\\d,]+ members from marginalised groups "
                + "\\(\\d+%\\)\\. \\d+ of the forums \\(\\d+%\\) were active\\.");
        assertThat(english).contains("1 Country").doesNotMatch(WRONG_AGREEMENT);

        String french = text(api, "DONOR", "fr", "donor-report-lk-fr", "LK");
        assertThat(french).containsPattern("Pendant la p\u00e9riode, \\d+ forums dans un pays ont r\u00e9uni \\d+ membres : "
                + "\\d+ femmes \\(\\d+ %\\), \\d+ jeunes \\(\\d+ %\\) et \\d+ membres issus de groupes marginalis\u00e9s "
                + "\\(\\d+ %\\)\\. \\d+ des forums \\(\\d+ %\\) \u00e9taient actifs\\.");
        assertThat(french).doesNotMatch(WRONG_AGREEMENT);
    }

    @Test
    void theDonorAndCountryReportsOfEastAfricaCountInWords() throws Exception {
        ApiClient api = new ApiClient(deployed);

        String donor = text(api, "DONOR", "en", "donor-report-ea-en", "KE", "SD");
        assertThat(donor).containsPattern("In the period, \\d+ forums in 2 countries brought together");
        assertThat(donor).containsPattern("(No commitments were|One commitment was|[\\d,]+ commitments were) made at meetings "
                + "held in the period; (none has|one \\(\\d+%\\) has|[\\d,]+ \\(\\d+%\\) have) been kept so far\\.");
        assertThat(donor).doesNotMatch(WRONG_AGREEMENT);

        String country = text(api, "COUNTRY", "en", "country-report-ke-en", "KE");
        assertThat(country).containsPattern("\\d+ Forums?( needing attention)?\\b");
        assertThat(country).doesNotMatch(WRONG_AGREEMENT);

        String countryFr = text(api, "COUNTRY", "fr", "country-report-ke-fr", "KE");
        assertThat(countryFr).containsPattern("(Aucun engagement n'a|Un engagement a|\\d+ engagements ont) \u00e9t\u00e9 pris "
                + "lors des r\u00e9unions de la p\u00e9riode");
        assertThat(countryFr).doesNotMatch(WRONG_AGREEMENT);
    }

    /** Generates the report as the programme admin, downloads it, keeps it and answers its text with lines joined. */
    private static String text(ApiClient api, String type, String language, String name, String... countries)
            throws Exception {
        String token = api.tokenFor("programme.admin");
        JsonObject request = Json.createObjectBuilder().add("type", type)
                .add("countries", Json.createArrayBuilder(List.of(countries))).add("from", FROM).add("to", TO).add("language", language).build();
        ApiClient.Answer started = api.call("POST", "api/reports", token, request);
        assertThat(started.status()).as("%s", started).isEqualTo(202);
        String job = started.json().getString("id");
        JsonObject state = started.json();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!state.getString("state").equals("DONE") && !state.getString("state").equals("FAILED")
                && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
            state = api.get("api/reports/jobs/" + job, token).json();
        }
        assertThat(state.getString("state")).as("%s", state).isEqualTo("DONE");
        byte[] pdf = api.download("api/reports/" + state.getJsonNumber("archiveId").longValue() + "/file", token,
                "application/pdf");
        Path dir = Path.of("target", "reports");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Lines a paragraph was wrapped into are joined, and no-break spaces read as spaces.
            return new PDFTextStripper().getText(document).replaceAll("[\u00a0\u202f]", " ").replaceAll("(?<=\\S)\\n(?=\\S)", " ");
        }
    }
}
