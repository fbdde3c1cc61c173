package org.migportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.testing.api.ApiClient;
import org.migportal.testing.browser.Browser;
import org.openqa.selenium.By;

/**
 * The consent rule on the pages: the Kenya officer sees a member who has not consented in full; the
 * regional manager sees the member in the list and on their page with the personal data withheld.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentBrowserIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL deployed;

    @Test
    void theRegionalManagerSeesAMemberWithoutConsentWithThePersonalDataWithheld() throws Exception {
        ApiClient api = new ApiClient(deployed);
        String officer = api.tokenFor("officer.kenya");
        String actorName = "Ahero Rice Millers " + System.currentTimeMillis() % 100_000;
        JsonObject actor = api.call("POST", "api/actors", officer, Json.createObjectBuilder()
                .add("countryIso", "KE").add("name", actorName).add("actorType", "PROCESSOR").build()).json();
        JsonObject member = api.call("POST", "api/members", officer, Json.createObjectBuilder()
                .add("actorId", actor.getJsonNumber("id").longValue()).add("givenName", "Achieng")
                .add("familyName", "Withholden").add("sex", "FEMALE").add("phone", "+254 722 333 444")
                .add("consentGiven", false).build()).json();
        String portal = Browser.onLoopback(deployed);
        String memberPage = portal + "members/edit?id=" + member.getJsonNumber("id").longValue();

        try (Browser browser = Browser.open()) {
            browser.go(memberPage);
            browser.logInOnKeycloak("officer.kenya", "demo1234");
            browser.go(memberPage);
            assertThat(browser.pageText()).as("the officer of the member's country").contains("Achieng", "Withholden");
        }

        try (Browser browser = Browser.open()) {
            browser.go(portal + "members/list");
            browser.logInOnKeycloak("regional.manager", "demo1234");
            browser.go(portal + "members/list?text=" + URLEncoder.encode(actorName, StandardCharsets.UTF_8));
            browser.waitUntil("the member is listed", driver -> browser.pageText().contains(actorName));
            browser.screenshot("consent-members-list-regional-manager");
            assertThat(browser.pageText()).contains("Name withheld (no consent)")
                    .doesNotContain("Achieng", "Withholden", "722 333");

            browser.go(memberPage);
            browser.screenshot("consent-member-page-regional-manager");
            assertThat(browser.find(By.id("withheldNotice")).getText()).contains("has not consented");
            assertThat(browser.pageText()).doesNotContain("Achieng", "Withholden", "722 333");
        }
    }
}
