package org.migportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.testing.TestKeycloak;
import org.migportal.testing.api.ApiClient;
import org.migportal.testing.api.ApiClient.Answer;
import org.migportal.testing.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A Kenya country officer records meetings in real Chromium: a regular meeting of a forum of 32 members
 * whose attendance is taken with the keyboard alone (mark all present, Tab from member to member, arrows
 * to change, Enter to save), then a reflection meeting with its sections and an adaptation. The forum and
 * its members are made through the API first, so the demo forums stay as they are.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // one browser session: the forum and login first
class MeetingBrowserIT {

    private static final int MEMBERS = 32;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL deployed;

    private static Browser browser;
    private static long forumId;

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
    @Order(1)
    void theOfficerSeesTheForumsMeetingSectionWithNothingRecordedYet() throws Exception {
        forumId = forumWithMembers();
        String portal = Browser.onLoopback(deployed);
        browser.go(portal + "forums/view?id=" + forumId);
        browser.logInOnKeycloak("officer.kenya", "demo1234");
        browser.go(portal + "forums/view?id=" + forumId);

        String section = browser.find(By.id("meetingsSection")).getText();
        assertThat(section).contains("No meeting recorded yet.", "No commitment is overdue.");
    }

    @Test
    @Order(2)
    void recordsAMeetingAndItsAttendanceOf32MembersWithTheKeyboard() throws Exception {
        browser.click("newMeeting");
        browser.waitUntil("the meeting form shows", d -> d.getCurrentUrl().contains("meetings/edit"));
        browser.settle();
        browser.type("meeting:place", "Busia county hall");
        browser.type("meeting:minutes", "Members agreed the grades for the next delivery to the brewery.");
        browser.type("meeting:decisions", "Deliver 12 tonnes in March.");
        browser.click("meeting:save");
        browser.waitUntil("the meeting's page shows", d -> d.getCurrentUrl().contains("meetings/view"));
        browser.settle();
        browser.find(By.id("attendance:sheet"));
        browser.screenshot("meeting-new");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("tr.sheet-row"));
        assertThat(rows).as("every member seated today is listed").hasSize(MEMBERS);
        assertThat(browser.pageText()).contains("everyone shows as absent until you save");

        // Keyboard only from here: the button, then Tab from member to member and the arrows within a row.
        browser.find(By.id("attendance:allPresent")).sendKeys(Keys.ENTER);
        browser.waitUntil("the first member's Present radio has the focus", d -> "PRESENT".equals(
                d.switchTo().activeElement().getAttribute("value")));
        Actions keys = new Actions(browser.driver());
        keys.sendKeys(Keys.TAB).sendKeys(Keys.ARROW_RIGHT)                       // 2nd member: apologies
                .sendKeys(Keys.TAB).sendKeys(Keys.TAB).sendKeys(Keys.ARROW_LEFT)  // 4th member: left of Present wraps to Absent
                .perform();
        browser.screenshot("meeting-attendance-keyboard");
        keys.sendKeys(Keys.ENTER).perform();
        browser.settle();

        browser.waitUntil("the attendance is saved", d -> d.findElement(By.id("attendance")).getText()
                .contains("Present 30, apologies 1, absent 1"));
        browser.screenshot("meeting-attendance-saved");
        assertThat(browser.driver().findElements(By.cssSelector(".attendance-sheet input[value=PRESENT]:checked")))
                .hasSize(MEMBERS - 2);

        browser.click("commitments:addCommitment");
        browser.selectOne("commitmentForm:member", browser.driver()
                .findElements(By.cssSelector("tr.sheet-row .row-title")).get(0).getText());
        browser.type("commitmentForm:dueOn_input", LocalDate.now().plusDays(14).toString());
        browser.type("commitmentForm:description", "Collect the grades certificate from the county office");
        browser.click("commitmentForm:save");
        browser.waitUntil("the commitment is listed", d -> d.findElement(By.id("commitments:list")).getText()
                .contains("Collect the grades certificate"));
        browser.screenshot("meeting-page");

        browser.go(Browser.onLoopback(deployed) + "forums/view?id=" + forumId);
        String section = browser.find(By.id("meetingsSection")).getText();
        browser.screenshot("forum-meetings-section");
        assertThat(section).contains("Busia county hall", "30 of 32 (94 %)");
    }

    @Test
    @Order(3)
    void recordsAReflectionMeetingWithItsSectionsAndAnAdaptation() throws Exception {
        browser.click("newReflection");
        browser.waitUntil("the reflection form shows", d -> d.getCurrentUrl().contains("meetings/edit"));
        browser.settle();
        assertThat(browser.find(By.id("meeting:kind_label")).getText()).isEqualTo("Reflection meeting");
        browser.type("meeting:reviewedFrom_input", LocalDate.now().minusMonths(6).toString());
        browser.type("meeting:reviewedTo_input", LocalDate.now().toString());
        browser.type("meeting:progress", "Milestone 1 reached: the brewery signed a contract for two seasons.");
        browser.type("meeting:whatHappened", "Growers delivered clean grain because they sorted it together at the store.");
        browser.type("meeting:unexpectedPositive", "The county offered its store for sorting.");
        browser.type("meeting:unexpectedNegative", "Late rains delayed the harvest by a month.");
        browser.selectOne("meeting:marketMap", "Partly changed");
        browser.type("meeting:rootCauses", "Few growers own tarpaulins, so grain gets wet at drying.");
        browser.type("meeting:lessons", "Sorting together builds trust with the buyer.");
        browser.screenshot("reflection-form");
        browser.click("meeting:save");
        browser.waitUntil("the reflection's page shows", d -> d.getCurrentUrl().contains("meetings/view"));
        browser.settle();

        browser.type("adaptations:adaptationText", "Buy tarpaulins together before the next harvest.");
        browser.click("adaptations:addAdaptation");
        browser.waitUntil("the adaptation is listed", d -> d.findElement(By.id("adaptations:list")).getText()
                .contains("Buy tarpaulins together"));
        browser.screenshot("reflection-page");
        String page = browser.pageText();
        assertThat(page).contains("Reflection meeting", "Partly changed", "Sorting together builds trust", "Agreed");
    }

    /** As the Kenya officer through the API: a forum in Busia with 32 members seated two months ago. */
    private long forumWithMembers() {
        ApiClient api = new ApiClient(deployed);
        String token = api.tokenFor("officer.kenya");
        String run = Long.toString(System.currentTimeMillis() % 60_466_176L, 36).toUpperCase();
        long busia = api.get("api/countries/KE/districts", token).jsonArray().stream()
                .map(value -> value.asJsonObject())
                .filter(district -> district.getString("name").equals("Busia"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        JsonObject forum = created(api, token, "api/forums", Json.createObjectBuilder()
                .add("code", "KE-BSA-SG" + run)
                .add("name", "Busia sorghum growers " + run)
                .add("districtId", busia)
                .add("marketSystem", "Sorghum")
                .add("vision", "Sorghum growers supply the brewery with clean grain on contract.")
                .add("changeArea", "CORE_MARKET_CHAIN")
                .build());
        JsonObject actor = created(api, token, "api/actors", Json.createObjectBuilder()
                .add("countryIso", "KE").add("name", "Busia sorghum growers' group " + run).add("actorType", "SMALL_PRODUCER")
                .build());
        String[] given = {"Akinyi", "Barasa", "Chebet", "Dan", "Esther", "Fred", "Grace", "Hassan"};
        for (int i = 0; i < MEMBERS; i++) {
            JsonObject member = created(api, token, "api/members", Json.createObjectBuilder()
                    .add("actorId", actor.getJsonNumber("id").longValue())
                    .add("givenName", given[i % given.length])
                    .add("familyName", String.format("Wekesa %02d", i + 1))
                    .add("sex", i % 2 == 0 ? "FEMALE" : "MALE")
                    .add("consentGiven", true)
                    .build());
            created(api, token, "api/memberships", Json.createObjectBuilder()
                    .add("forumId", forum.getJsonNumber("id").longValue())
                    .add("memberId", member.getJsonNumber("id").longValue())
                    .add("role", i == 0 ? "CHAIR" : "MEMBER")
                    .add("selection", "ELECTED")
                    .add("joinedOn", LocalDate.now().minusMonths(2).toString())
                    .build());
        }
        return forum.getJsonNumber("id").longValue();
    }

    private static JsonObject created(ApiClient api, String token, String path, JsonObject body) {
        Answer answer = api.call("POST", path, token, body);
        assertThat(answer.status()).as("POST %s %s", path, answer).isEqualTo(201);
        return answer.json();
    }
}
