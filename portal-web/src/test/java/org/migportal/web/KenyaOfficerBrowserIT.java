package org.migportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
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
import org.openqa.selenium.JavascriptExecutor;

/**
 * A Kenya country officer in real headless Chromium, logged in through the real Keycloak, on the
 * portal as it ships (the WAR from the build, its OpenID Connect login included).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // one browser session: log in first, then work
class KenyaOfficerBrowserIT {

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
    @Order(1)
    void seesKenyasForumsAndNotSudansAfterLoggingInThroughKeycloak() throws Exception {
        String portal = Browser.onLoopback(deployed);
        browser.go(portal + "forums/list");
        assertThat(browser.driver().getTitle()).contains("MIG Portal");
        browser.logInOnKeycloak("officer.kenya", "demo1234");
        assertThat(browser.driver().getCurrentUrl()).startsWith(portal);

        browser.go(portal + "forums/list");
        String page = browser.pageText();
        browser.screenshot("kenya-officer-forums");
        assertThat(page).contains("Lake Victoria poultry: access to finance", "Wanjiru Kamau");
        assertThat(page).doesNotContain("Kassala Livestock Forum");

        // The login session is for the pages only: the REST API wants a bearer token, so that no
        // cross-site request can ride on the session cookie.
        Object apiStatus = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status), e => done(String(e)));""",
                portal + "api/forums");
        assertThat(apiStatus).as("the API called with the page's session cookie and no token").isEqualTo(401L);
    }

    @Test
    @Order(2)
    void createsAForumAndAddsAMemberToIt() throws Exception {
        String portal = Browser.onLoopback(deployed);
        String code = "KE-BSA-GN" + (System.currentTimeMillis() % 1000);
        browser.go(portal + "forums/edit");
        browser.type("forum:code", code);
        browser.type("forum:name", "Busia groundnut forum");
        browser.selectOne("forum:country", "Kenya");
        browser.selectOne("forum:district", "Busia");
        browser.typeFreeText("forum:marketSystem", "Groundnuts");
        browser.selectOne("forum:changeArea", "Core market chain");
        browser.type("forum:vision", "Groundnut farmers sell aflatoxin-tested nuts to processors at a premium.");
        browser.click("forum:save");

        browser.waitUntil("the new forum's page shows", d -> d.getCurrentUrl().contains("forums/view"));
        assertThat(browser.pageText()).contains("Busia groundnut forum", code, "Proposed");

        browser.click("members:addMember");
        String suggestion = browser.autoComplete("addForm:member", "Ouma"); // "Achieng Ouma — Kisumu Department of Trade"
        String name = suggestion.split(" — ")[0].strip();
        browser.click("addForm:save");
        browser.waitUntil("the member is listed", d -> d.findElement(org.openqa.selenium.By.id("members:current")).getText()
                .contains(name));
        browser.screenshot("kenya-officer-forum-with-new-member");
        assertThat(browser.pageText()).contains("Current members (1)");
    }

    @Test
    @Order(3)
    void aSudanForumTypedIntoTheAddressBarShowsNotAllowedAndNoData() throws Exception {
        String portal = Browser.onLoopback(deployed);
        browser.go(portal + "forums/list?text=Kassala");
        long sudanForumId = 0;
        // The officer cannot find its id in the portal; take it from the demo data as an attacker would guess it.
        try (var db = org.migportal.testing.TestDatabase.portal().getConnection();
                var query = db.prepareStatement("SELECT id FROM forum WHERE code = 'SD-KSL-LVS'")) {
            var rs = query.executeQuery();
            rs.next();
            sudanForumId = rs.getLong(1);
        }
        browser.go(portal + "forums/view?id=" + sudanForumId);
        browser.screenshot("kenya-officer-sudan-forum-not-allowed");
        assertThat(browser.pageText()).contains("not allowed").doesNotContain("Kassala", "Livestock");
    }

    @Test
    @Order(4)
    void changesAForumsMeetingPlaceAndSeesTheChangeInTheAuditTrail() throws Exception {
        String portal = Browser.onLoopback(deployed);
        long forumId;
        String before;
        try (var db = org.migportal.testing.TestDatabase.portal().getConnection();
                var query = db.prepareStatement("""
                        SELECT f.id, f.meeting_place FROM forum f JOIN district d ON d.id = f.district_id
                        JOIN country c ON c.id = d.country_id
                        WHERE c.iso_code = 'KE' AND f.status <> 'CLOSED' AND f.meeting_place IS NOT NULL
                        ORDER BY f.id""")) {
            var rs = query.executeQuery();
            assertThat(rs.next()).as("a Kenya forum with a meeting place in the demo data").isTrue();
            forumId = rs.getLong(1);
            before = rs.getString(2);
        }
        String after = "Busia county hall " + (System.currentTimeMillis() % 1000);

        browser.go(portal + "forums/edit?id=" + forumId);
        browser.type("forum:meetingPlace", after);
        browser.click("forum:save");
        browser.waitUntil("the forum's page shows", d -> d.getCurrentUrl().contains("forums/view"));

        browser.click("history");
        browser.waitUntil("the forum's history shows", d -> d.getCurrentUrl().contains("audit/list"));
        browser.screenshot("kenya-officer-forum-history");
        String newest = browser.find(org.openqa.selenium.By.cssSelector("[id='list:entries_data'] tr")).getText();
        assertThat(newest).contains("officer.kenya", "Changed", "Forum #" + forumId,
                "Meeting place: " + before + " \u2192 " + after);
    }
}
