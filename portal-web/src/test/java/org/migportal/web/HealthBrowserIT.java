package org.migportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.testing.TestKeycloak;
import org.migportal.testing.api.ApiClient;
import org.migportal.testing.api.ApiClient.Answer;
import org.migportal.testing.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A Kenya country officer opens the forum health dashboard in real Chromium: the demo's Homa Bay forum,
 * which stopped meeting, needs attention and says why; a forum that never met (made through the API, so
 * the demo forums stay as they are) is found, opened, and the officer records what they will do about it;
 * once an outcome is recorded for it, its health no longer lists the missing outcome.
 */
@ExtendWith(ArquillianExtension.class)
class HealthBrowserIT {

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
    void theOfficerSeesWhichForumsNeedAttentionAndWhyAndRecordsAResponse() throws Exception {
        JsonObject quiet = forumThatNeverMet();
        String portal = Browser.onLoopback(deployed);
        browser.go(portal + "health/dashboard");
        browser.logInOnKeycloak("officer.kenya", "demo1234");
        browser.go(portal);
        browser.click("healthDashboard");
        browser.waitUntil("the dashboard shows", d -> d.getCurrentUrl().contains("health/dashboard"));
        browser.find(By.id("dashboard:forums"));
        browser.find(By.cssSelector("#dashboard\\:attendanceChart canvas"));
        browser.screenshot("health-dashboard");

        String table = browser.find(By.id("dashboard:forums")).getText();
        assertThat(table).contains("Homa Bay poultry: knowledge and skills", "Needs attention",
                "No meeting in the last 3 months", "Lake Victoria poultry: access to finance", "Healthy");
        assertThat(browser.find(By.cssSelector("#dashboard\\:forums tbody tr")).getText())
                .as("forums that need attention come first").contains("Needs attention");

        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('dashboard:forums').scrollIntoView()");
        browser.screenshot("health-dashboard-table");

        browser.driver().findElement(By.cssSelector("#dashboard\\:attention .ui-chkbox-box")).click();
        browser.settle();
        browser.waitUntil("only forums that need attention are listed", d -> {
            var rows = d.findElements(By.cssSelector("#dashboard\\:forums tbody tr"));
            return !rows.isEmpty() && rows.stream().allMatch(row -> row.getText().contains("Needs attention"));
        });

        browser.type("dashboard:text", quiet.getString("code"));
        browser.find(By.id("dashboard:text")).sendKeys(Keys.TAB);
        browser.settle();
        browser.waitUntil("the new forum is the only one listed", d -> d.findElement(By.id("dashboard:forums"))
                .getText().contains(quiet.getString("name")));
        assertThat(browser.find(By.id("dashboard:forums")).getText()).contains("No meeting recorded yet.",
                "No outcome recorded yet, after more than 12 months.");
        browser.screenshot("health-dashboard-filtered");

        browser.driver().findElement(By.linkText(quiet.getString("name"))).click();
        browser.waitUntil("the forum's page shows", d -> d.getCurrentUrl().contains("forums/view"));
        browser.settle();
        assertThat(browser.find(By.id("forumHealth")).getText()).contains("Needs attention", "No meeting recorded yet.",
                "No response recorded yet.");

        browser.click("healthActions:respond");
        browser.find(By.id("responseForm:response"));
        browser.selectOne("responseForm:response", "Bring in new members");
        browser.type("responseForm:note", "Invite the brewery's sourcing officer and two grower groups.");
        assertThat(browser.find(By.id("responseForm:reviewOn_input")).getAttribute("value"))
                .as("a review in three months is suggested").isEqualTo(LocalDate.now().plusMonths(3).toString());
        browser.screenshot("health-response-dialog");
        browser.click("responseForm:save");
        browser.waitUntil("the response is in the forum's history", d -> d.findElement(By.id("healthResponses"))
                .getText().contains("Invite the brewery's sourcing officer"));
        assertThat(browser.find(By.id("healthResponses")).getText()).contains("Bring in new members");
        browser.screenshot("health-forum-section");

        browser.go(portal + "health/dashboard?country=KE&attention=true");
        browser.type("dashboard:text", quiet.getString("code"));
        browser.find(By.id("dashboard:text")).sendKeys(Keys.TAB);
        browser.settle();
        browser.waitUntil("the dashboard shows the response", d -> d.findElement(By.id("dashboard:forums"))
                .getText().contains("Bring in new members"));

        // An outcome recorded for the forum: its health no longer says that nothing came of it.
        browser.go(portal + "outcomes/edit?forum=" + quiet.getJsonNumber("id").longValue());
        browser.selectOne("outcome:type", "Other");
        browser.type("outcome:description", "The brewery agreed to test the growers' sorghum at the farm gate.");
        browser.click("outcome:save");
        browser.waitUntil("the outcome is saved", d -> d.getCurrentUrl().contains("outcomes/view"));
        browser.go(portal + "forums/view?id=" + quiet.getJsonNumber("id").longValue());
        assertThat(browser.find(By.id("forumHealth")).getText()).as("the forum's health after its first outcome")
                .contains("No meeting recorded yet.").doesNotContain("No outcome recorded yet");

        // Right to left, in Arabic: the same dashboard, its reasons in words.
        browser.click("language-ar");
        browser.waitUntil("the page is in Arabic", d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        browser.go(portal + "health/dashboard?country=KE");
        assertThat(browser.find(By.id("dashboard:forums")).getText()).contains("لا اجتماع في آخر 3 أشهر");
        browser.screenshot("health-dashboard-ar");
        browser.click("language-en");
    }

    /** An active forum of Kenya, established two years ago, that never met: it needs attention. */
    private JsonObject forumThatNeverMet() {
        ApiClient api = new ApiClient(deployed);
        String token = api.tokenFor("officer.kenya");
        String run = Long.toString(System.currentTimeMillis() % 60_466_176L, 36).toUpperCase();
        long busia = api.get("api/countries/KE/districts", token).jsonArray().stream()
                .map(value -> value.asJsonObject())
                .filter(district -> district.getString("name").equals("Busia"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        Answer created = api.call("POST", "api/forums", token, Json.createObjectBuilder()
                .add("code", "KE-BSA-QT" + run)
                .add("name", "Busia quiet sorghum forum " + run)
                .add("districtId", busia)
                .add("marketSystem", "Sorghum")
                .add("vision", "Sorghum growers supply the brewery with clean grain on contract.")
                .add("changeArea", "CORE_MARKET_CHAIN")
                .add("establishedOn", LocalDate.now().minusYears(2).toString())
                .build());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonObject forum = created.json();
        Answer activated = api.call("PUT", "api/forums/" + forum.getJsonNumber("id").longValue() + "/status", token,
                Json.createObjectBuilder().add("version", forum.getJsonNumber("version").longValue())
                        .add("status", "ACTIVE").build());
        assertThat(activated.status()).as("%s", activated).isEqualTo(200);
        return forum;
    }
}
