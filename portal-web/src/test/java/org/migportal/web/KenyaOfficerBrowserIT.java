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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.testing.TestKeycloak;
import org.migportal.testing.browser.Browser;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A Kenya country officer in real headless Chromium, logged in through the real Keycloak, on the
 * portal as it ships (the WAR from the build, its OpenID Connect login included).
 */
@ExtendWith(ArquillianExtension.class)
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
}
