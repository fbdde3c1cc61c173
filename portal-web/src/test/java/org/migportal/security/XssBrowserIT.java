package org.migportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.Keys;

/**
 * Output encoding and browser protections on the portal as it ships (OWASP ASVS 5.0 V1.2, V3.3,
 * V3.4): a forum, a market actor, a member, a reflection meeting (with a commitment and an
 * adaptation), a work-plan action (shown in the matrix's chart too) and a response to the forum's health
 * whose text fields hold script, markup, a
 * {@code javascript:} URL and template/EL expressions, typed into the real forms by a Kenya
 * officer in Chromium; every page that shows them must show the text as text, run none of it,
 * evaluate no expression and break no rule of the Content-Security-Policy. Then the response
 * headers, and logging out, which must end the Keycloak session too.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // one browser session: create the records, then look at them
class XssBrowserIT {

    private static final String SCRIPT = "<script>window.__xss=1</script>";
    private static final String ATTRIBUTE = "\"><img src=x onerror=\"window.__xss=1\">";
    private static final String URL = "javascript:window.__xss=1";
    private static final String TEMPLATE = "{{7*7}}";
    private static final String EL = "#{1+1}";
    private static final String DOLLAR_EL = "${1+1}";

    /** Marks this run's records, so that lists filtered by it show them and nothing else. */
    private static final String MARK = "Xss" + (System.currentTimeMillis() % 100_000);

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL deployed;

    private static Browser browser;
    private static String forumUrl;
    private static String actorUrl;
    private static String memberUrl;
    private static String workshopUrl;
    private static String constraintForumUrl;
    private static String meetingUrl;
    private static String actionUrl;
    private static String outcomeUrl;

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
    void anOfficerSavesHostileTextInEveryTextFieldOfAForumAnActorAndAMember() throws Exception {
        String portal = Browser.onLoopback(deployed);
        browser.go(portal + "forums/list");
        browser.logInOnKeycloak("officer.kenya", "demo1234");

        browser.go(portal + "forums/edit");
        browser.type("forum:code", MARK.toUpperCase());
        browser.type("forum:name", MARK + " forum " + ATTRIBUTE + SCRIPT);
        browser.selectOne("forum:country", "Kenya");
        browser.selectOne("forum:district", "Busia");
        browser.typeFreeText("forum:marketSystem", TEMPLATE + " " + EL + " " + DOLLAR_EL);
        browser.selectOne("forum:changeArea", "Core market chain");
        browser.type("forum:meetingPlace", SCRIPT + ATTRIBUTE);
        browser.type("forum:vision", String.join(" ", SCRIPT, ATTRIBUTE, URL, TEMPLATE, EL, DOLLAR_EL));
        browser.click("forum:save");
        browser.waitUntil("the forum is saved", d -> d.getCurrentUrl().contains("forums/view"));
        forumUrl = browser.driver().getCurrentUrl();

        browser.go(portal + "actors/edit");
        browser.type("actor:name", MARK + " actor " + SCRIPT + ATTRIBUTE);
        browser.selectOne("actor:actorType", "Trader");
        browser.selectOne("actor:country", "Kenya");
        browser.type("actor:phone", URL);
        browser.click("actor:save");
        browser.waitUntil("the actor is saved", d -> d.getCurrentUrl().contains("actors/edit?id="));
        actorUrl = browser.driver().getCurrentUrl();

        browser.go(portal + "members/edit");
        browser.type("member:givenName", MARK + " " + SCRIPT);
        browser.type("member:familyName", ATTRIBUTE);
        browser.selectOne("member:sex", "Female");
        browser.type("member:phone", TEMPLATE + EL + DOLLAR_EL);
        browser.selectOne("member:country", "Kenya");
        browser.autoComplete("member:actor", MARK);
        browser.click("member:save");
        browser.waitUntil("the member is saved", d -> d.getCurrentUrl().contains("members/edit?id="));
        memberUrl = browser.driver().getCurrentUrl();

        saveHostileWorkshopAndLogEntry(portal);
        saveHostileOutcomeAndSupport(portal);
    }

    /** Issue 5: an outcome of the forum above and programme support given to it, in hostile text. */
    private static void saveHostileOutcomeAndSupport(String portal) {
        browser.go(portal + "outcomes/edit?forum=" + forumUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        browser.selectOne("outcome:type", "Other");
        browser.type("outcome:description", MARK + " outcome " + SCRIPT + " " + TEMPLATE + " " + EL);
        browser.type("outcome:beyondNote", ATTRIBUTE + URL);
        browser.type("outcome:evidenceNote", URL + " " + DOLLAR_EL);
        browser.type("outcome:verifiedBy", SCRIPT + ATTRIBUTE);
        browser.click("outcome:save");
        browser.waitUntil("the outcome is saved", d -> d.getCurrentUrl().contains("outcomes/view"));
        outcomeUrl = browser.driver().getCurrentUrl();

        browser.go(forumUrl);
        browser.click("support:newSupport");
        browser.find(By.id("supportForm:purpose"));
        browser.selectOne("supportForm:kind", "In kind");
        browser.find(By.id("supportForm:amount_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "500", Keys.TAB);
        browser.find(By.id("supportForm:startsOn_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"),
                java.time.LocalDate.now().toString(), Keys.TAB);
        browser.find(By.id("supportForm:plannedEndOn_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"),
                java.time.LocalDate.now().plusMonths(1).toString(), Keys.TAB);
        browser.type("supportForm:purpose", "support " + SCRIPT + ATTRIBUTE + TEMPLATE + EL);
        browser.click("supportForm:saveSupport");
        browser.waitUntil("the support is listed", d -> d.findElement(By.id("support:given")).getText().contains("support <script>"));
    }

    /** Issue 4: a workshop, its constraint and a communication log entry of the forum above, in hostile text. */
    private static void saveHostileWorkshopAndLogEntry(String portal) {
        browser.go(portal + "workshops/edit");
        browser.type("workshop:heldOn_input", java.time.LocalDate.now().minusDays(1).toString());
        browser.selectOne("workshop:country", "Kenya");
        browser.selectOne("workshop:district", "Busia");
        browser.typeFreeText("workshop:marketSystem", MARK + " " + TEMPLATE + " " + EL + " " + DOLLAR_EL);
        var count = browser.find(By.id("workshop:participantCount_input"));
        count.sendKeys(Keys.chord(Keys.CONTROL, "a"), "12", Keys.TAB);
        browser.type("workshop:participants", SCRIPT + ATTRIBUTE + URL);
        browser.click("workshop:save");
        browser.waitUntil("the workshop is saved", d -> d.getCurrentUrl().contains("workshops/view"));
        workshopUrl = browser.driver().getCurrentUrl();
        browser.click("constraints:addConstraint");
        browser.type("constraintForm:name", MARK + " constraint " + SCRIPT);
        browser.selectOne("constraintForm:changeArea", "Enabling environment");
        browser.type("constraintForm:description", ATTRIBUTE + URL + TEMPLATE);
        browser.click("constraintForm:save");
        browser.waitUntil("the constraint is listed", d -> d.findElement(By.id("constraints:ranking")).getText()
                .contains(MARK + " constraint " + SCRIPT));
        constraintForumUrl = browser.find(By.xpath("//a[contains(@href, 'constraint=')]")).getAttribute("href");

        browser.go(portal + "communication/edit?forum=" + forumUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        browser.selectOne("entry:kind", "External");
        browser.selectOne("entry:audience", "Media");
        browser.selectOne("entry:channel", "Other");
        browser.selectOne("entry:purpose", "Networking");
        browser.type("entry:outsideParties", SCRIPT + ATTRIBUTE);
        browser.type("entry:summary", MARK + " log " + SCRIPT + " " + TEMPLATE + " " + EL);
        browser.type("entry:followUp", ATTRIBUTE + URL);
        browser.type("entry:outcome", URL + " " + DOLLAR_EL);
        browser.click("entry:save");
        browser.waitUntil("the log entry is saved", d -> d.getCurrentUrl().contains("communication/list"));
    }

    @Test
    @Order(2)
    void andRecordsAReflectionMeetingOfTheForumWithHostileTextInEveryTextField() throws Exception {
        browser.go(forumUrl);
        browser.click("members:addMember");
        browser.autoComplete("addForm:member", MARK);
        browser.click("addForm:save");
        browser.waitUntil("the member is seated", d -> d.findElement(By.id("members:current")).getText().contains(MARK));

        browser.click("newReflection");
        browser.waitUntil("the meeting form shows", d -> d.getCurrentUrl().contains("meetings/edit"));
        browser.settle();
        browser.type("meeting:place", SCRIPT + ATTRIBUTE);
        browser.type("meeting:guests", TEMPLATE + " " + EL + " " + DOLLAR_EL);
        browser.type("meeting:minutes", String.join(" ", SCRIPT, ATTRIBUTE, URL, TEMPLATE, EL, DOLLAR_EL));
        browser.type("meeting:decisions", ATTRIBUTE + SCRIPT);
        for (String section : List.of("progress", "whatHappened", "unexpectedPositive", "unexpectedNegative",
                "marketMapNotes", "rootCauses", "lessons")) {
            browser.type("meeting:" + section, section + " " + SCRIPT + ATTRIBUTE + EL);
        }
        browser.click("meeting:save");
        browser.waitUntil("the meeting is saved", d -> d.getCurrentUrl().contains("meetings/view"));
        browser.settle();
        meetingUrl = browser.driver().getCurrentUrl();

        browser.type("adaptations:adaptationText", "adaptation " + SCRIPT + ATTRIBUTE + DOLLAR_EL);
        browser.click("adaptations:addAdaptation");
        browser.waitUntil("the adaptation is listed", d -> d.findElement(By.id("adaptations:list")).getText().contains("adaptation <script>"));
        browser.click("commitments:addCommitment");
        // The member's name is hostile text, which a CSS selector by label cannot hold: pick the one member by position.
        for (int attempt = 0; attempt < 3 && !browser.driver().findElement(By.id("commitmentForm:member_label")).getText()
                .startsWith(MARK); attempt++) {
            try {
                browser.click("commitmentForm:member");
                browser.find(By.cssSelector("[id='commitmentForm:member_items'] li:nth-child(2)")).click();
            } catch (org.openqa.selenium.WebDriverException notYet) {
                // the dialog was still opening and another of its fields took the click: try again
                browser.settle();
            }
            browser.settle();
        }
        browser.waitUntil("the member is chosen", d -> d.findElement(By.id("commitmentForm:member_label")).getText().startsWith(MARK));
        browser.type("commitmentForm:dueOn_input", java.time.LocalDate.now().plusDays(7).toString());
        browser.type("commitmentForm:description", "commitment " + ATTRIBUTE + SCRIPT + TEMPLATE);
        browser.click("commitmentForm:save");
        browser.waitUntil("the commitment is listed", d -> d.findElement(By.id("commitments:list")).getText().contains("commitment \">"));

        // A work-plan action, rated on every side so that the matrix's chart (a script PrimeFaces writes) shows it.
        browser.go(Browser.onLoopback(deployed) + "workplan/action?forum=" + forumUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        browser.type("details:title", MARK + " action " + SCRIPT + ATTRIBUTE);
        browser.type("details:description", URL + " " + DOLLAR_EL);
        browser.type("details:doers", TEMPLATE + " " + EL);
        browser.click("details:save");
        browser.waitUntil("the action is saved", d -> d.getCurrentUrl().contains("workplan/action?id="));
        browser.settle();
        actionUrl = browser.driver().getCurrentUrl();
        for (int row : new int[] {0, 8, 11}) {
            browser.driver().findElements(By.cssSelector(".checklist-table tbody tr")).get(row)
                    .findElement(By.xpath(".//label[normalize-space(text())='Unsure']")).click();
            browser.settle();
        }
        browser.driver().findElements(By.cssSelector(".checklist-table tbody tr")).get(0)
                .findElement(By.cssSelector("input[type=text]")).sendKeys("note " + SCRIPT + ATTRIBUTE);
        browser.click("assessment:saveAssessment");
        browser.waitUntil("the assessment is saved", d -> d.findElement(By.id("assessment")).getText().contains("Assessed on"));
        browser.go(forumUrl);
        browser.click("healthActions:respond");
        browser.selectOne("responseForm:response", "Revisit the work-plan and priorities");
        browser.type("responseForm:note", "response " + SCRIPT + ATTRIBUTE + URL + EL);
        browser.click("responseForm:save");
        browser.waitUntil("the response is listed", d -> d.findElement(By.id("healthResponses")).getText().contains("response <script>"));
    }

    @Test
    @Order(3)
    void everyPageShowsTheTextAsTextRunsNoneOfItAndEvaluatesNoExpression() throws Exception {
        String portal = Browser.onLoopback(deployed);
        browser.contentSecurityPolicyViolations(); // start from a clean console

        visit("home", portal);
        visitList("forums-list", portal + "forums/list");
        assertThat(browser.pageText()).contains(MARK + " forum " + ATTRIBUTE + SCRIPT);

        visit("forum-view", forumUrl);
        assertThat(browser.pageText()).contains(
                MARK + " forum " + ATTRIBUTE + SCRIPT,
                TEMPLATE + " " + EL + " " + DOLLAR_EL,
                SCRIPT + ATTRIBUTE,
                String.join(" ", SCRIPT, ATTRIBUTE, URL, TEMPLATE, EL, DOLLAR_EL));

        visit("forum-edit", forumUrl.replace("forums/view", "forums/edit"));
        assertThat(browser.find(By.id("forum:name")).getAttribute("value")).isEqualTo(MARK + " forum " + ATTRIBUTE + SCRIPT);
        assertThat(browser.find(By.id("forum:meetingPlace")).getAttribute("value")).isEqualTo(SCRIPT + ATTRIBUTE);
        assertThat(browser.find(By.id("forum:vision")).getAttribute("value"))
                .isEqualTo(String.join(" ", SCRIPT, ATTRIBUTE, URL, TEMPLATE, EL, DOLLAR_EL));
        assertThat(browser.find(By.id("forum:marketSystem_input")).getAttribute("value"))
                .isEqualTo(TEMPLATE + " " + EL + " " + DOLLAR_EL);

        visit("meeting-view", meetingUrl);
        assertThat(browser.pageText()).contains(SCRIPT + ATTRIBUTE, TEMPLATE + " " + EL + " " + DOLLAR_EL,
                String.join(" ", SCRIPT, ATTRIBUTE, URL, TEMPLATE, EL, DOLLAR_EL), ATTRIBUTE + SCRIPT,
                "whatHappened " + SCRIPT + ATTRIBUTE + EL, "lessons " + SCRIPT + ATTRIBUTE + EL,
                "adaptation " + SCRIPT + ATTRIBUTE + DOLLAR_EL, "commitment " + ATTRIBUTE + SCRIPT + TEMPLATE);
        visit("meeting-edit", meetingUrl.replace("meetings/view", "meetings/edit"));
        assertThat(browser.find(By.id("meeting:minutes")).getAttribute("value"))
                .isEqualTo(String.join(" ", SCRIPT, ATTRIBUTE, URL, TEMPLATE, EL, DOLLAR_EL));
        assertThat(browser.find(By.id("meeting:rootCauses")).getAttribute("value")).isEqualTo("rootCauses " + SCRIPT + ATTRIBUTE + EL);
        visit("meetings-list", portal + "meetings/list?forum=" + forumUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertThat(browser.pageText()).contains(SCRIPT + ATTRIBUTE, MARK + " forum " + ATTRIBUTE + SCRIPT);
        visit("forum-view-meetings", forumUrl);
        assertThat(browser.find(By.id("meetingsSection")).getText()).contains(SCRIPT + ATTRIBUTE);

        visitList("actors-list", portal + "actors/list");
        assertThat(browser.pageText()).contains(MARK + " actor " + SCRIPT + ATTRIBUTE);

        visit("actor-edit", actorUrl);
        assertThat(browser.pageText()).contains(MARK + " actor " + SCRIPT + ATTRIBUTE); // the title
        assertThat(browser.find(By.id("actor:name")).getAttribute("value")).isEqualTo(MARK + " actor " + SCRIPT + ATTRIBUTE);
        assertThat(browser.find(By.id("actor:phone")).getAttribute("value")).isEqualTo(URL);

        visitList("members-list", portal + "members/list");
        assertThat(browser.pageText()).contains(MARK + " " + SCRIPT, ATTRIBUTE);

        visit("member-edit", memberUrl);
        assertThat(browser.find(By.id("member:givenName")).getAttribute("value")).isEqualTo(MARK + " " + SCRIPT);
        assertThat(browser.find(By.id("member:familyName")).getAttribute("value")).isEqualTo(ATTRIBUTE);
        assertThat(browser.find(By.id("member:phone")).getAttribute("value")).isEqualTo(TEMPLATE + EL + DOLLAR_EL);
        assertThat(browser.find(By.id("member:actor_input")).getAttribute("value")).contains(MARK + " actor " + SCRIPT + ATTRIBUTE);

        visit("workshop-view", workshopUrl);
        assertThat(browser.pageText()).contains(MARK + " " + TEMPLATE + " " + EL + " " + DOLLAR_EL, SCRIPT + ATTRIBUTE + URL,
                MARK + " constraint " + SCRIPT, ATTRIBUTE + URL + TEMPLATE);
        visitList("workshops-list", portal + "workshops/list");
        visit("forum-from-constraint", constraintForumUrl);
        assertThat(browser.pageText()).contains(MARK + " constraint " + SCRIPT);
        visitList("communication-list", portal + "communication/list");
        assertThat(browser.pageText()).contains(MARK + " log " + SCRIPT + " " + TEMPLATE + " " + EL, SCRIPT + ATTRIBUTE);
        visit("forum-view-with-log", forumUrl);
        assertThat(browser.find(By.id("forumLog")).getText()).contains(MARK + " log " + SCRIPT, URL + " " + DOLLAR_EL);
        assertThat(browser.find(By.id("workPlanSection")).getText()).contains(MARK + " action " + SCRIPT + ATTRIBUTE);
        assertThat(browser.find(By.id("forumOutcomes")).getText()).contains(MARK + " outcome " + SCRIPT);
        assertThat(browser.find(By.id("programmeSupport")).getText()).contains("support " + SCRIPT + ATTRIBUTE + TEMPLATE + EL);
        assertThat(browser.find(By.id("forumHealth")).getText()).contains("response " + SCRIPT + ATTRIBUTE + URL + EL);
        visit("action-view", actionUrl);
        assertThat(browser.find(By.id("details:title")).getAttribute("value")).isEqualTo(MARK + " action " + SCRIPT + ATTRIBUTE);
        assertThat(browser.find(By.id("details:doers")).getAttribute("value")).isEqualTo(TEMPLATE + " " + EL);
        visit("workplan", portal + "workplan/forum?forum=" + forumUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        browser.find(By.xpath("//ul[@role='tablist']//a[normalize-space(.)='Matrix']")).click();
        browser.settle();
        assertThat(browser.find(By.cssSelector(".matrix-table")).getText()).contains(MARK + " action " + SCRIPT + ATTRIBUTE);
        assertHarmless("workplan-matrix");

        visit("outcome-view", outcomeUrl);
        assertThat(browser.pageText()).contains(MARK + " outcome " + SCRIPT + " " + TEMPLATE + " " + EL, ATTRIBUTE + URL,
                URL + " " + DOLLAR_EL, SCRIPT + ATTRIBUTE);
        visit("outcome-edit", outcomeUrl.replace("outcomes/view", "outcomes/edit"));
        assertThat(browser.find(By.id("outcome:description")).getAttribute("value"))
                .isEqualTo(MARK + " outcome " + SCRIPT + " " + TEMPLATE + " " + EL);
        assertThat(browser.find(By.id("outcome:verifiedBy")).getAttribute("value")).isEqualTo(SCRIPT + ATTRIBUTE);
        visitList("outcomes-list", portal + "outcomes/list");
        assertThat(browser.pageText()).contains(MARK + " outcome " + SCRIPT);
        visit("health-dashboard", portal + "health/dashboard");
    }

    @Test
    @Order(4)
    void everyResponseCarriesTheSecurityHeadersAndTheSessionCookieIsHttpOnlyAndLax() throws Exception {
        String portal = Browser.onLoopback(deployed);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        // a Faces page anyone may see: PrimeFaces' nonced policy
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(portal + "errors/expired")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertThat(policies).as("one policy, not two that are both enforced").hasSize(1);
        String policy = policies.get(0);
        assertThat(policy).contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "default-src 'self'");
        Matcher scriptSrc = Pattern.compile("script-src ([^;]*)").matcher(policy);
        assertThat(scriptSrc.find()).as(policy).isTrue();
        assertThat(scriptSrc.group(1)).contains("'self'", "'nonce-").doesNotContain("'unsafe-inline'", "'unsafe-eval'");
        String nonce = scriptSrc.group(1).replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(page.body()).contains("nonce=\"" + nonce + "\"");
        assertSecurityHeaders(page);

        // a page that needs a login: the session that holds the login's state starts here
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(portal + "forums/list")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure"));

        // a static resource and a page that is not there: the same headers, the policy without a nonce
        HttpResponse<String> css = http.send(HttpRequest.newBuilder(URI.create(portal + "jakarta.faces.resource/css/portal.css.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertSecurityHeaders(css);
        assertThat(css.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                p -> assertThat(p).contains("frame-ancestors 'none'").endsWith("script-src 'self';"));
    }

    @Test
    @Order(5)
    void loggingOutEndsTheKeycloakSessionSoThePortalAsksForTheLoginAgain() throws Exception {
        String portal = Browser.onLoopback(deployed);
        browser.go(portal);
        browser.click("logout:logoutButton");
        browser.waitUntil("the browser is back from Keycloak's logout", d -> d.getCurrentUrl().startsWith(portal)
                || !d.findElements(By.id("username")).isEmpty());
        browser.go(portal + "forums/list");
        browser.screenshot("xss-after-logout");
        browser.waitUntil("Keycloak's login form shows", d -> !d.findElements(By.id("username")).isEmpty());
        assertThat(browser.driver().getCurrentUrl()).doesNotStartWith(portal);
    }

    @Test
    @Order(6)
    void anAjaxRequestAfterTheSessionEndedLandsOnTheSessionEndedPage() throws Exception {
        String portal = Browser.onLoopback(deployed);
        browser.go(portal + "forums/list");
        browser.logInOnKeycloak("officer.kenya", "demo1234");
        browser.go(portal + "forums/list");
        // what the browser has after the session timed out on the server: no session the server knows
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.find(By.cssSelector("input[id$=':text']")).sendKeys("Kisumu", Keys.ENTER);
        browser.waitUntil("the session-ended page shows", d -> d.getCurrentUrl().contains("errors/expired"));
        browser.screenshot("xss-session-ended");
        assertThat(browser.pageText()).contains("log in again");
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    /** Opens a list page and filters it by this run's mark, pressing Enter in its text filter. */
    private static void visitList(String name, String url) throws Exception {
        browser.go(url);
        var filter = browser.find(By.cssSelector("input[id$=':text']"));
        filter.sendKeys(MARK, Keys.ENTER);
        browser.settle();
        browser.waitUntil(name + " shows this run's records", d -> d.findElement(By.tagName("main")).getText().contains(MARK));
        assertHarmless(name);
    }

    private static void visit(String name, String url) throws Exception {
        browser.go(url);
        assertHarmless(name);
    }

    private static void assertHarmless(String name) throws Exception {
        browser.screenshot("xss-" + name);
        Object xss = ((JavascriptExecutor) browser.driver()).executeScript("return typeof window.__xss;");
        assertThat(xss).as("window.__xss on " + name).isEqualTo("undefined");
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return typeof PrimeFaces;"))
                .as("PrimeFaces' scripts ran on " + name).isEqualTo("object");
        assertThat(browser.contentSecurityPolicyViolations()).as("Content-Security-Policy refusals on " + name).isEmpty();
    }
}
