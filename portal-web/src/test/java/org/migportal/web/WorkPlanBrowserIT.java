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
import org.migportal.workplan.entity.ChecklistAnswer;
import org.migportal.workplan.entity.ChecklistQuestion;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A Kenya country officer takes a forum's ideas to a sequenced plan in real Chromium: assesses two actions
 * with the guidance's checklist (one easy, one hard, with its cost rating adjusted and the reason), sees the
 * suggested order beside the chosen one and the difficulty × cost matrix, moves an action in the chosen
 * order with the keyboard-usable buttons, and marks one done. The forum, its plan and its actions are made
 * through the API first, so the demo forums stay as they are.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // one browser session: the forum and login first
class WorkPlanBrowserIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL deployed;

    private static Browser browser;
    private static long forumId;
    private static long hardId;
    private static long easyId;

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
    void theOfficerSeesTheForumsWorkPlanWithTwoActionsNotYetAssessed() throws Exception {
        forumWithActions();
        String portal = Browser.onLoopback(deployed);
        browser.go(portal + "forums/view?id=" + forumId);
        browser.logInOnKeycloak("officer.kenya", "demo1234");
        browser.go(portal + "forums/view?id=" + forumId);
        assertThat(browser.find(By.id("workPlanSection")).getText()).contains("Sorghum on contract");

        browser.click("openWorkPlan");
        browser.waitUntil("the work-plan page shows", d -> d.getCurrentUrl().contains("workplan/forum"));
        browser.settle();
        WebElement objective = browser.find(By.cssSelector("input[id$='objectiveText']"));
        objective.sendKeys("Growers sell clean grain on contract.");
        browser.find(By.cssSelector("button[id$='addObjective']")).click();
        browser.settle();
        browser.waitUntil("the objective is listed", d -> d.findElement(By.cssSelector(".objective-list")).getText()
                .contains("Growers sell clean grain on contract."));
        browser.screenshot("workplan-plan");
        tab("Matrix");
        assertThat(browser.find(By.cssSelector("[id$='matrix']")).getText()).contains("No rated actions yet");
    }

    @Test
    @Order(2)
    void assessesTwoActionsWithTheChecklist() throws Exception {
        assess(hardId, false);
        browser.selectOne(ratingRow(2).findElement(By.cssSelector(".ui-selectonemenu")).getAttribute("id"), "4");
        browser.screenshot("workplan-checklist-hard");
        assertThat(browser.find(By.id("computed-DIFFICULTY")).getText()).isEqualTo("5");
        assertThat(browser.find(By.id("computed-COST")).getText()).isEqualTo("5");
        browser.click("assessment:saveAssessment");
        browser.waitUntil("the adjustment without a reason is refused", d -> d.findElement(By.tagName("body")).getText()
                .contains("Give the reason for adjusting the Cost rating."));
        costReason().sendKeys("The brewer pays half the seed");
        browser.click("assessment:saveAssessment");
        browser.waitUntil("the assessment is saved", d -> d.findElement(By.id("assessment")).getText().contains("Assessed on"));
        browser.screenshot("workplan-assessed-hard");

        assess(easyId, true);
        browser.find(By.xpath("//*[@id='assessment:commitment']//*[normalize-space(text())='5']")).click();
        browser.find(By.xpath("//*[@id='assessment:passion']//*[normalize-space(text())='4']")).click();
        browser.find(By.cssSelector("[id='assessment:easesLater'] .ui-chkbox-box")).click();
        assertThat(browser.find(By.id("computed-RISK")).getText()).isEqualTo("1");
        browser.click("assessment:saveAssessment");
        browser.waitUntil("the assessment is saved", d -> d.findElement(By.id("assessment")).getText().contains("Assessed on"));
        browser.screenshot("workplan-assessed-easy");
    }

    @Test
    @Order(3)
    void seesTheSuggestedOrderBesideTheChosenOneAndTheMatrix() throws Exception {
        browser.go(Browser.onLoopback(deployed) + "workplan/forum?forum=" + forumId);
        browser.settle();
        tab("Order");
        List<String> suggested = items("suggestedOrder");
        List<String> chosen = items("chosenOrder");
        assertThat(suggested.get(0)).as("the easy action first").contains("Share sorting days");
        assertThat(chosen.get(0)).as("the forum's order is still the order of entry").contains("Change the county cess");
        browser.screenshot("workplan-order");

        WebElement up = browser.find(By.xpath("//ol[@id='chosenOrder']/li[2]//button[contains(@id,'up')]"));
        up.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.settle();
        browser.waitUntil("the easy action moved up", d -> items("chosenOrder").get(0).contains("Share sorting days"));
        browser.find(By.cssSelector("button[id$='saveOrder']")).click();
        browser.settle();
        browser.waitUntil("the order is saved", d -> d.findElement(By.tagName("body")).getText()
                .contains("The forum\u2019s order is saved."));

        tab("Matrix");
        WebElement canvas = browser.find(By.cssSelector(".ui-chart canvas"));
        browser.waitUntil("the chart is drawn", d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var c = arguments[0]; return c.width > 100 && c.height > 100;", canvas)));
        browser.screenshot("workplan-matrix");
        String matrix = browser.find(By.cssSelector(".matrix-table")).getText();
        assertThat(matrix).contains("1. Share sorting days", "2. Change the county cess");
    }

    @Test
    @Order(4)
    void marksAnActionDone() throws Exception {
        browser.go(Browser.onLoopback(deployed) + "workplan/action?id=" + easyId);
        browser.settle();
        browser.click("statusActions:markDone");
        browser.find(By.id("doneForm:doneOn_input"));
        browser.click("doneForm:save");
        browser.waitUntil("the action shows as done", d -> d.findElement(By.id("actionStatus")).getText().equals("Done"));
        assertThat(browser.pageText()).contains("Done on");
        browser.screenshot("workplan-action-done");

        browser.go(Browser.onLoopback(deployed) + "forums/view?id=" + forumId);
        String section = browser.find(By.id("workPlanSection")).getText();
        browser.screenshot("workplan-forum-section");
        assertThat(section).contains("Change the county cess").doesNotContain("Share sorting days");
    }

    /** Opens the action's page and answers every checklist question favourably or unfavourably. */
    private void assess(long actionId, boolean favourable) {
        browser.go(Browser.onLoopback(deployed) + "workplan/action?id=" + actionId);
        browser.settle();
        List<WebElement> rows = browser.driver().findElements(By.cssSelector(".checklist-table tbody tr"));
        ChecklistQuestion[] questions = ChecklistQuestion.values();
        assertThat(rows).hasSize(questions.length);
        for (int i = 0; i < questions.length; i++) {
            ChecklistAnswer bad = questions[i].unfavourable();
            ChecklistAnswer answer = favourable ? (bad == ChecklistAnswer.YES ? ChecklistAnswer.NO : ChecklistAnswer.YES) : bad;
            String label = answer == ChecklistAnswer.YES ? "Yes" : "No";
            WebElement row = browser.driver().findElements(By.cssSelector(".checklist-table tbody tr")).get(i);
            row.findElement(By.xpath(".//label[normalize-space(text())='" + label + "']")).click();
            browser.settle();
        }
        browser.driver().findElements(By.cssSelector(".checklist-table tbody tr")).get(0)
                .findElement(By.cssSelector("input[type=text]")).sendKeys("Asked at the store");
    }

    private WebElement costReason() {
        return ratingRow(2).findElement(By.cssSelector("input[type=text]"));
    }

    /** The row of the ratings table for difficulty (0), risk (1) or cost (2). */
    private static WebElement ratingRow(int side) {
        return browser.driver().findElements(By.cssSelector(".ratings-table tbody tr")).get(side);
    }

    private static List<String> items(String listId) {
        return browser.driver().findElements(By.cssSelector("#" + listId + " > li")).stream().map(WebElement::getText).toList();
    }

    private static void tab(String title) {
        browser.find(By.xpath("//ul[@role='tablist']//a[normalize-space(.)='" + title + "']")).click();
        browser.settle();
    }

    /** As the Kenya officer through the API: a forum in Busia with a work-plan and two actions, the hard one first. */
    private void forumWithActions() {
        ApiClient api = new ApiClient(deployed);
        String token = api.tokenFor("officer.kenya");
        String run = Long.toString(System.currentTimeMillis() % 60_466_176L, 36).toUpperCase();
        long busia = api.get("api/countries/KE/districts", token).jsonArray().stream()
                .map(value -> value.asJsonObject())
                .filter(district -> district.getString("name").equals("Busia"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        JsonObject forum = created(api, token, "api/forums", Json.createObjectBuilder()
                .add("code", "KE-BSA-WP" + run)
                .add("name", "Busia sorghum plan " + run)
                .add("districtId", busia)
                .add("marketSystem", "Sorghum")
                .add("vision", "Sorghum growers supply the brewery with clean grain on contract.")
                .add("changeArea", "CORE_MARKET_CHAIN")
                .build());
        forumId = forum.getJsonNumber("id").longValue();
        JsonObject plan = created(api, token, "api/work-plans", Json.createObjectBuilder()
                .add("forumId", forumId)
                .add("title", "Sorghum on contract")
                .add("startsOn", LocalDate.now().minusDays(7).toString())
                .add("endsOn", LocalDate.now().plusYears(1).toString())
                .build());
        assertThat(plan.getString("title")).isEqualTo("Sorghum on contract");
        hardId = action(api, token, plan, "Change the county cess on grain");
        easyId = action(api, token, plan, "Share sorting days at the store");
    }

    private static long action(ApiClient api, String token, JsonObject plan, String title) {
        return created(api, token, "api/actions", Json.createObjectBuilder()
                .add("forumId", forumId)
                .add("workPlanId", plan.getJsonNumber("id").longValue())
                .add("title", title)
                .add("payer", "MEMBERS_OWN")
                .add("dueOn", LocalDate.now().plusMonths(2).toString())
                .build()).getJsonNumber("id").longValue();
    }

    private static JsonObject created(ApiClient api, String token, String path, JsonObject body) {
        Answer answer = api.call("POST", path, token, body);
        assertThat(answer.status()).as("POST %s %s", path, answer).isEqualTo(201);
        return answer.json();
    }
}
