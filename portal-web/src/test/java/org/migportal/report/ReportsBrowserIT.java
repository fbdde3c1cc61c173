package org.migportal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.JavascriptExecutor;

/**
 * Reports in real headless Chromium through the real Keycloak login: the Kenya officer generates
 * Kenya's country report, watches it being made, downloads it and publishes it; the donor then finds
 * it on their home page.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // one browser: generate, publish, then the donor looks
class ReportsBrowserIT {

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
    void anOfficerGeneratesKenyasCountryReportAndDownloadsIt() throws Exception {
        String portal = Browser.onLoopback(deployed);
        browser.go(portal + "reports/generate");
        browser.logInOnKeycloak("officer.kenya", "demo1234");
        browser.go(portal + "reports/generate");
        browser.screenshot("reports-generate-form");
        assertThat(browser.pageText()).contains("Generate a report", "Country report", "Kenya");

        browser.click("generate:generateButton");
        // The first report of a fresh server also loads JasperReports, its fonts and charts: allow for a slow machine.
        browser.waitUntil("the report is ready", Duration.ofMinutes(3),
                d -> !d.findElements(By.id("generate:download")).isEmpty());
        browser.screenshot("reports-generate-done");
        assertThat(browser.pageText()).contains("The report is ready and archived.");

        String href = browser.find(By.id("generate:download")).getAttribute("href");
        Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' '
                      + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))), e => done(String(e)));""", href);
        assertThat(answer).isEqualTo("200 application/pdf %PDF-");
    }

    @Test
    @Order(2)
    void theOfficerPublishesItFromTheArchive() throws Exception {
        String portal = Browser.onLoopback(deployed);
        browser.go(portal + "reports/list");
        browser.selectOne("archive:reports:published", "Not published");
        browser.waitUntil("unpublished reports listed", d -> !d.findElements(By.id("archive:reports:0:publish")).isEmpty());
        browser.screenshot("reports-archive");
        assertThat(browser.pageText()).contains("Report archive", "Country report", "Kenya", "SHA-256");

        browser.click("archive:reports:0:publish");
        browser.waitUntil("the confirmation shows", d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        browser.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitUntil("the report is published", d -> d.getPageSource().contains("to the donors of its countries"));
        browser.screenshot("reports-archive-published");
    }

    @Test
    @Order(3)
    void theDonorFindsTheReportPublishedToThemOnTheirHomePage() throws Exception {
        String portal = Browser.onLoopback(deployed);
        browser.go(portal);
        browser.click("logout:logoutButton");
        browser.waitUntil("the browser is back from Keycloak's logout", d -> d.getCurrentUrl().startsWith(portal)
                || !d.findElements(By.id("username")).isEmpty());
        browser.go(portal);
        browser.logInOnKeycloak("donor.demo", "demo1234");
        browser.go(portal);
        browser.screenshot("reports-donor-home");
        String page = browser.pageText();
        assertThat(page).contains("Reports published to you", "Country report", "Kenya", "Published");
        assertThat(page).doesNotContain("Generate a report", "Not published", "officer.kenya");
    }

    @Test
    @Order(4)
    void theRegionalManagerGeneratesTheRegionalReportOfTheirRegion() throws Exception {
        String portal = Browser.onLoopback(deployed);
        browser.go(portal);
        browser.click("logout:logoutButton");
        browser.waitUntil("the browser is back from Keycloak's logout", d -> d.getCurrentUrl().startsWith(portal)
                || !d.findElements(By.id("username")).isEmpty());
        browser.go(portal + "reports/generate");
        browser.logInOnKeycloak("regional.manager", "demo1234");
        browser.go(portal + "reports/generate");
        browser.selectOne("generate:type", "Regional cross-country report");
        browser.waitUntil("the region can be chosen", d -> !d.findElements(By.id("generate:region")).isEmpty());
        browser.screenshot("reports-generate-regional");
        assertThat(browser.pageText()).contains("Region", "East Africa", "side by side");

        browser.click("generate:generateButton");
        browser.waitUntil("the report is ready", Duration.ofMinutes(3),
                d -> !d.findElements(By.id("generate:download")).isEmpty());
        assertThat(browser.pageText()).contains("The report is ready and archived.");
    }
}
