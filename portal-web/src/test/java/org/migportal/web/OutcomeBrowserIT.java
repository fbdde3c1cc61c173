package org.migportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.testing.SamplePdf;
import org.migportal.testing.TestKeycloak;
import org.migportal.testing.api.ApiClient;
import org.migportal.testing.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A Kenya country officer in Chromium records what a forum achieved: an outcome with the form's checks, a
 * file that only pretends to be a PDF (refused), a real PDF as evidence, which the outcome list and the forum
 * page then show and which downloads as an attachment; then records programme support that has run past its
 * planned end and sees it flagged beside the self-financing share. The forum is made for the test.
 */
@ExtendWith(ArquillianExtension.class)
class OutcomeBrowserIT {

    private static final String MARK = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL deployed;

    private static Browser browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        TestKeycloak.get();
        browser = Browser.open();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anOfficerRecordsAnOutcomeWithPdfEvidenceSeesItListedAndDownloadsIt() throws Exception {
        String portal = Browser.onLoopback(deployed);
        JsonObject forum = forumMadeByTheAdmin();
        String forumUrl = portal + "forums/view?id=" + forum.getInt("id");
        String description = "Hotels of Kisumu buy eggs from the members every week " + MARK;

        browser.go(forumUrl);
        browser.logInOnKeycloak("officer.kenya", "demo1234");
        browser.contentSecurityPolicyViolations();
        browser.go(forumUrl);
        assertThat(browser.find(By.id("forumOutcomes")).getText()).contains("Outcomes (0)", "No outcomes recorded");
        assertThat(browser.find(By.id("programmeSupport")).getText()).contains("Programme support",
                "No programme support recorded", "Members\u2019 own contributions");

        browser.click("newForumOutcome");
        browser.waitUntil("the outcome form shows", d -> d.getCurrentUrl().contains("outcomes/edit"));
        date("outcome:occurredOn_input", LocalDate.now().minusDays(12));
        browser.selectOne("outcome:type", "Market access");
        browser.type("outcome:description", description);
        browser.find(By.cssSelector("[id='outcome:beyond'] .ui-chkbox-box")).click();
        browser.type("outcome:beyondNote", "Producers outside the forum sell to the hotels too.");
        number("outcome:beneficiaries_input", "240");
        number("outcome:womenShare_input", "60");
        number("outcome:youthShare_input", "35");
        browser.type("outcome:evidenceNote", "Supply agreement signed with the Lake Hotels Association.");
        date("outcome:verifiedOn_input", LocalDate.now().minusDays(2));
        browser.click("outcome:save");
        browser.waitUntil("the form asks who verified",
                d -> browser.pageText().contains("Say who verified the outcome when you give the date of verification."));
        assertThat(browser.driver().getCurrentUrl()).contains("outcomes/edit");
        browser.screenshot("outcome-form-verifier-missing");

        browser.type("outcome:verifiedBy", "Lake Hotels Association secretary");
        browser.click("outcome:save");
        browser.waitUntil("the outcome's page shows", d -> d.getCurrentUrl().contains("outcomes/view"));
        assertThat(browser.pageText()).contains("The outcome was saved.", "Market access", "Beyond the members", description,
                "240", "60 %", "35 %", "Lake Hotels Association secretary", "No evidence files yet.");

        Path folder = Files.createTempDirectory(Path.of("target"), "evidence-");
        Path fake = folder.resolve("agreement-scan.pdf");
        Files.writeString(fake, "<html><script>alert(1)</script></html>", StandardCharsets.UTF_8);
        upload(fake);
        browser.waitUntil("the fake PDF is refused", d -> browser.pageText().contains(
                "\u201cagreement-scan.pdf\u201d is not a PDF, PNG or JPEG file"));
        assertThat(browser.pageText()).contains("No evidence files yet.");

        Path pdf = folder.resolve("supply-agreement.pdf");
        byte[] pdfBytes = SamplePdf.of("Supply agreement, Lake Hotels Association " + MARK);
        Files.write(pdf, pdfBytes);
        upload(pdf);
        browser.waitUntil("the PDF is listed", d -> d.findElement(By.id("evidence:files")).getText().contains("supply-agreement.pdf"));
        assertThat(browser.find(By.id("evidence:files")).getText()).contains("1 KB", "officer.kenya");
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
        browser.screenshot("outcome-view-with-evidence");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('evidenceHeading').scrollIntoView();");
        browser.screenshot("outcome-view-evidence-files");

        String href = browser.find(By.id("evidence:files:0:download")).getAttribute("href");
        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({
                    status: r.status,
                    type: r.headers.get('Content-Type'),
                    disposition: r.headers.get('Content-Disposition'),
                    sniffing: r.headers.get('X-Content-Type-Options'),
                    size: b.byteLength,
                    start: String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 5)))
                }))).catch(e => done({error: String(e)}));""", href);
        assertThat(download).containsEntry("status", 200L).containsEntry("type", "application/pdf")
                .containsEntry("sniffing", "nosniff").containsEntry("start", "%PDF-")
                .containsEntry("size", (long) pdfBytes.length);
        assertThat((String) download.get("disposition")).startsWith("attachment;").contains("supply-agreement.pdf");

        browser.go(portal + "outcomes/list");
        browser.autoComplete("list:outcomes:forum", forum.getString("code"));
        browser.selectOne("list:outcomes:type", "Market access");
        browser.click("list:outcomes:search");
        browser.waitUntil("the outcome is listed", d -> d.findElement(By.id("list:outcomes")).getText().contains(MARK));
        assertThat(browser.find(By.id("list:outcomes")).getText()).contains(forum.getString("code"), "Kenya", "Market access",
                "Beyond the members", "240", "1 file").doesNotContain("MARKET_ACCESS");
        browser.screenshot("outcome-list-filtered");

        browser.go(forumUrl);
        assertThat(browser.find(By.id("forumOutcomes")).getText()).contains("Outcomes (1)", description, "1 file");
        recordSupportRunningPastItsPlannedEnd();
        assertThat(browser.contentSecurityPolicyViolations()).as("refused by the Content-Security-Policy").isEmpty();
    }

    private static void recordSupportRunningPastItsPlannedEnd() throws Exception {
        browser.click("support:newSupport");
        browser.find(By.id("supportForm:purpose"));
        browser.selectOne("supportForm:kind", "Facilitation");
        number("supportForm:amount_input", "120000");
        date("supportForm:startsOn_input", LocalDate.now().minusMonths(9));
        date("supportForm:plannedEndOn_input", LocalDate.now().minusMonths(1));
        browser.type("supportForm:purpose", "A facilitator for the forum's meetings with the hotels.");
        browser.screenshot("support-dialog");
        browser.click("supportForm:saveSupport");
        browser.waitUntil("the support is listed", d -> d.findElement(By.id("support:given")).getText().contains("120,000"));
        String section = browser.find(By.id("programmeSupport")).getText();
        assertThat(section).contains("Facilitation", "KES", "running", "days longer than planned",
                "One support record has run longer than planned", "Self-financing by quarter (KES)").doesNotContain("FACILITATION");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('programmeSupport').scrollIntoView();");
        browser.screenshot("forum-programme-support");
    }

    private static void upload(Path file) {
        browser.driver().findElement(By.id("evidence:upload_input")).sendKeys(file.toAbsolutePath().toString());
        browser.settle();
    }

    /** Types a date into a PrimeFaces datePicker (its calendar opens only from its button), replacing what it held. */
    private static void date(String inputId, LocalDate day) {
        WebElement field = browser.find(By.id(inputId));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), day.toString(), Keys.TAB);
        browser.settle();
    }

    /** Types into a PrimeFaces inputNumber, replacing what it held. */
    private static void number(String inputId, String value) {
        WebElement field = browser.find(By.id(inputId));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        browser.settle();
    }

    /** An open Kenya forum in Kisumu, made through the API by the programme admin. */
    private JsonObject forumMadeByTheAdmin() {
        ApiClient api = new ApiClient(deployed);
        String admin = api.tokenFor("programme.admin");
        long kisumu = api.get("api/countries/KE/districts", admin).jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("name").equals("Kisumu")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        ApiClient.Answer created = api.call("POST", "api/forums", admin, Json.createObjectBuilder()
                .add("code", "KE-OUT-" + MARK)
                .add("name", "Kisumu eggs for hotels " + MARK)
                .add("districtId", kisumu)
                .add("marketSystem", "Poultry")
                .add("vision", "Hotels buy their eggs from local producers.")
                .add("changeArea", "CORE_MARKET_CHAIN")
                .build());
        assertThat(created.status()).as("the forum made for the test: %s", created).isEqualTo(201);
        return created.json();
    }
}
