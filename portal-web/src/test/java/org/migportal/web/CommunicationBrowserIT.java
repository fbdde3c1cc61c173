package org.migportal.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.testing.TestKeycloak;
import org.migportal.testing.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A Kenya country officer in Chromium runs a market-mapping workshop through the portal: records it,
 * its constraints and the votes, sets up a forum for the top constraint and finds the link both
 * ways; then records the new forum's first communication log entry and finds it through the log's filters.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // one browser session: the log entry goes into the forum set up first
class CommunicationBrowserIT {

    /** Marks this run's records. */
    private static final String MARK = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL deployed;

    private static Browser browser;
    private static String forumCode;
    private static String forumUrl;

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
    void recordsAWorkshopWithVotesAndSetsUpAForumForTheTopConstraint() throws Exception {
        String portal = Browser.onLoopback(deployed);
        browser.go(portal + "workshops/list");
        browser.logInOnKeycloak("officer.kenya", "demo1234");
        browser.go(portal + "workshops/list");
        assertThat(browser.pageText()).contains("Market-mapping workshops", "Poultry", "Kisumu").doesNotContain("Kassala");
        browser.screenshot("workshops-list");

        browser.click("newWorkshop");
        browser.waitUntil("the workshop form shows", d -> d.getCurrentUrl().contains("workshops/edit"));
        browser.type("workshop:heldOn_input", LocalDate.now().minusDays(7).toString());
        browser.selectOne("workshop:country", "Kenya");
        browser.selectOne("workshop:district", "Busia");
        browser.typeFreeText("workshop:marketSystem", "Sesame " + MARK);
        number("workshop:participantCount_input", "28");
        browser.type("workshop:participants", "Busia sesame growers\nBusia Traders Union\nBusia Department of Agriculture");
        browser.click("workshop:save");
        browser.waitUntil("the workshop's page shows", d -> d.getCurrentUrl().contains("workshops/view"));

        addConstraint("Credit for sesame traders", "Supporting inputs and services");
        addConstraint("Market prices", "Core market chain");
        addConstraint("Seed quality", "Supporting inputs and services");

        browser.click("constraints:recordVotes");
        browser.find(By.id("votesForm:lines:0:votes_input"));
        number("votesForm:lines:0:votes_input", "5");   // Credit for sesame traders (all at 0: by name)
        number("votesForm:lines:1:votes_input", "3");   // Market prices
        number("votesForm:lines:2:votes_input", "14");  // Seed quality
        browser.click("votesForm:save");
        browser.waitUntil("the ranking follows the votes", d -> topRow().getText().contains("Seed quality"));
        browser.screenshot("workshop-ranked-by-votes");
        assertThat(topRow().getText()).contains("1", "Seed quality", "14", "Set up a forum");

        topRow().findElement(By.xpath(".//a[contains(@href, 'constraint=')]")).click();
        browser.settle();
        browser.waitUntil("the forum form shows", d -> d.getCurrentUrl().contains("forums/edit"));
        assertThat(browser.pageText()).contains("This forum is set up for the constraint \u201cSeed quality\u201d (14 votes)");
        assertThat(browser.find(By.id("forum:name")).getAttribute("value")).isEqualTo("Busia sesame " + MARK.toLowerCase() + ": seed quality");
        assertThat(browser.find(By.id("forum:marketSystem_input")).getAttribute("value")).isEqualTo("Sesame " + MARK);
        assertThat(browser.find(By.id("forum:district_label")).getText()).isEqualTo("Busia");
        browser.screenshot("workshop-forum-prefilled");
        forumCode = "KE-BSA-SES" + MARK.substring(Math.max(0, MARK.length() - 4));
        browser.type("forum:code", forumCode);
        browser.type("forum:vision", "Growers plant certified seed and sell graded sesame.");
        browser.click("forum:save");
        browser.waitUntil("the new forum's page shows", d -> d.getCurrentUrl().contains("forums/view"));
        forumUrl = browser.driver().getCurrentUrl();

        String origin = browser.find(By.id("forumOrigin")).getText();
        assertThat(origin).contains("Set up for the constraint \u201cSeed quality\u201d (14 votes)", "Sesame " + MARK, "Busia");
        browser.screenshot("workshop-forum-origin");

        browser.click("originLink");
        browser.waitUntil("the workshop's page shows", d -> d.getCurrentUrl().contains("workshops/view"));
        assertThat(topRow().getText()).contains("Seed quality", "Busia sesame " + MARK.toLowerCase() + ": seed quality", forumCode)
                .doesNotContain("Set up a forum");
        browser.screenshot("workshop-with-its-forum");
    }

    @Test
    @Order(2)
    void addsACommunicationLogEntryAndFindsItThroughTheFilters() throws Exception {
        String portal = Browser.onLoopback(deployed);
        String summary = "Asked the county to certify sesame seed " + MARK;
        browser.go(forumUrl);
        assertThat(browser.find(By.id("forumLog")).getText()).contains("Communication log (0)", "No communication recorded");
        browser.click("newLogEntry");
        browser.waitUntil("the log entry form shows", d -> d.getCurrentUrl().contains("communication/edit"));
        browser.selectOne("entry:kind", "External");
        browser.selectOne("entry:audience", "Government decision-maker");
        browser.selectOne("entry:channel", "Visit");
        browser.selectOne("entry:purpose", "Lobbying and advocacy");
        browser.type("entry:outsideParties", "Busia County Director of Agriculture");
        browser.type("entry:summary", summary);
        browser.type("entry:followUp", "Send the list of growers who want certified seed.");
        browser.type("entry:outcome", "The county will bring certified seed to two wards.");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
        browser.screenshot("communication-entry-form");
        browser.click("entry:save");
        browser.waitUntil("the forum's log shows", d -> d.getCurrentUrl().contains("communication/list"));
        assertThat(browser.pageText()).contains(summary, "External", "Government decision-maker", "Lobbying and advocacy");

        browser.go(forumUrl);
        assertThat(browser.find(By.id("forumLog")).getText()).contains("Communication log (1)", summary);

        browser.go(portal + "communication/list");
        browser.autoComplete("list:entries:forum", forumCode);
        browser.selectOne("list:entries:kind", "External");
        browser.selectOne("list:entries:purpose", "Lobbying and advocacy");
        browser.type("list:entries:from_input", LocalDate.now().minusDays(1).toString());
        browser.type("list:entries:text", "certify sesame");
        browser.click("list:entries:search");
        browser.waitUntil("the entry is found", d -> entriesText().contains(summary));
        browser.screenshot("communication-list-filtered");
        assertThat(browser.driver().findElements(By.cssSelector("[id='list:entries_data'] > tr"))).hasSize(1);

        browser.selectOne("list:entries:purpose", "Business deal");
        browser.waitUntil("no entry matches", d -> entriesText().contains("No log entry matches these filters."));
        browser.screenshot("communication-list-empty");
    }

    private static void addConstraint(String name, String changeArea) {
        browser.click("constraints:addConstraint");
        browser.type("constraintForm:name", name);
        browser.selectOne("constraintForm:changeArea", changeArea);
        browser.click("constraintForm:save");
        browser.waitUntil(name + " is listed", d -> d.findElement(By.id("constraints:ranking")).getText().contains(name));
    }

    /** Types into a PrimeFaces inputNumber, replacing what it held. */
    private static void number(String inputId, String value) {
        WebElement field = browser.find(By.id(inputId));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        browser.settle();
    }

    private static WebElement topRow() {
        return browser.driver().findElement(By.cssSelector("[id='constraints:ranking_data'] > tr:first-child"));
    }

    private static String entriesText() {
        return browser.driver().findElement(By.id("list:entries")).getText();
    }
}
