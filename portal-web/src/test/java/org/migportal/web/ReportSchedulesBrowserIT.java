package org.migportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.testing.TestDatabase;
import org.migportal.testing.TestKeycloak;
import org.migportal.testing.browser.Browser;
import org.openqa.selenium.By;

/**
 * The report schedules page in headless Chromium as the programme admin: a new schedule through the form (a
 * wrong address is refused next to the field), "run now" while the mail server is down, the failed e-mail on
 * the page and the home page, and its retry once GreenMail listens on the portal's SMTP port.
 */
@ExtendWith(ArquillianExtension.class)
class ReportSchedulesBrowserIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL deployed;

    @Test
    void anAdminSchedulesARunsItNowSeesTheFailedEmailAndRetriesIt() throws Exception {
        TestKeycloak.get();
        String recipient = "browser-" + Long.toString(System.currentTimeMillis(), 36) + "@kenya.mig.test";
        String portal = Browser.onLoopback(deployed);
        long schedule = 0;
        GreenMail mail = null;
        try (Browser browser = Browser.open(); Connection db = TestDatabase.portal().getConnection()) {
            browser.go(portal + "reports/schedules?page=1");
            browser.logInOnKeycloak("programme.admin", "demo1234");
            browser.waitUntil("back in the portal", d -> d.getCurrentUrl().startsWith(portal) && !d.getCurrentUrl().contains("callback"));
            assertThat(browser.driver().getCurrentUrl()).as("back on the page asked for, not the home page")
                    .isEqualTo(portal + "reports/schedules?page=1");
            assertThat(browser.pageText()).contains("Report schedules", "Donor report", "Quarterly",
                    "grants@lakeregion-fund.example.org");
            browser.screenshot("schedules-list");

            browser.click("newSchedule");
            browser.waitUntil("the form is open", d -> d.findElement(By.id("scheduleDialog")).isDisplayed());
            browser.selectOne("scheduleForm:type", "Country report");
            browser.selectOne("scheduleForm:country", "Kenya");
            browser.type("scheduleForm:recipients", "not-an-address");
            browser.click("scheduleForm:save");
            browser.waitUntil("the wrong address is named", d -> browser.pageText().contains("Not an e-mail address: not-an-address"));
            browser.screenshot("schedules-form-invalid");
            browser.type("scheduleForm:recipients", recipient);
            browser.click("scheduleForm:attachFile");
            browser.click("scheduleForm:save");
            browser.waitUntil("the schedule is listed", d -> browser.pageText().contains(recipient));
            schedule = single(db, "SELECT report_schedule_id FROM report_schedule_recipient WHERE email = ?", recipient);

            runNow(browser, recipient);
            long delivery = awaitDelivery(db, schedule);
            // The retries' pauses are ReportSchedulesIT's subject; here they are used up at once.
            try (PreparedStatement give = db.prepareStatement(
                    "UPDATE report_delivery SET status = 'FAILED', attempts = 4, next_attempt_at = NULL WHERE id = ?")) {
                give.setLong(1, delivery);
                give.executeUpdate();
            }

            browser.go(portal);
            browser.waitUntil("the home page warns", d -> !d.findElements(By.id("failedDeliveriesNotice")).isEmpty());
            browser.screenshot("home-failed-deliveries");
            browser.click("failedDeliveriesLink");
            assertThat(browser.pageText()).contains("could not be delivered after every retry");
            showEmails(browser, recipient);
            browser.waitUntil("the failed e-mail is shown", d -> browser.pageText().contains("Connection refused"));
            assertThat(browser.pageText()).contains("Failed", "4 attempts");
            browser.screenshot("schedules-history-failed");

            mail = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            browser.click(browser.find(By.xpath("//button[contains(@id,':retry')]")).getAttribute("id"));
            assertThat(mail.waitForIncomingEmail(Duration.ofMinutes(2).toMillis(), 1)).as("the retried e-mail arrives").isTrue();
            MimeMessage message = mail.getReceivedMessages()[0];
            assertThat(message.getAllRecipients()[0].toString()).isEqualTo(recipient);
            assertThat((String) message.getContent()).as("a link, not an attachment")
                    .contains("https://portal.mig.test/reports/download?id=");
            browser.waitUntil("the e-mail is sent", d -> {
                browser.click("historyForm:reloadHistory");
                return browser.pageText().contains("Sent");
            });
            browser.screenshot("schedules-history-sent");

            browser.find(By.id("language-ar")).click();
            browser.settle();
            browser.waitUntil("the page is in Arabic", d -> browser.pageText().contains("التقارير المجدولة"));
            showEmails(browser, recipient);
            browser.screenshot("schedules-arabic");
        } finally {
            if (mail != null) {
                mail.stop();
            }
            remove(schedule);
        }
    }

    private static void runNow(Browser browser, String recipient) {
        String id = browser.find(By.xpath("//tr[.//div[contains(., '" + recipient + "')]]//button[contains(@id, ':runNow')]"))
                .getAttribute("id");
        browser.click(id);
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.settle();
        browser.waitUntil("run now is acknowledged", d -> browser.pageText().contains("is being generated and sent"));
    }

    private static void showEmails(Browser browser, String recipient) {
        String id = browser.find(By.xpath("//tr[.//div[contains(., '" + recipient + "')]]//a[contains(@id, ':history')]"))
                .getAttribute("id");
        browser.click(id);
    }

    private static long awaitDelivery(Connection db, long schedule) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        long found = 0;
        while (found == 0 && System.nanoTime() < deadline) {
            found = single(db, "SELECT id FROM report_delivery WHERE report_schedule_id = ? AND attempts > 0", schedule);
            if (found == 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
            }
        }
        assertThat(found).as("the run's e-mail was attempted").isPositive();
        return found;
    }

    private static long single(Connection db, String sql, Object parameter) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** This test's schedule and its e-mails, so that no later test finds them. */
    private static void remove(long schedule) throws Exception {
        if (schedule == 0) {
            return;
        }
        try (Connection db = TestDatabase.portal().getConnection()) {
            for (String sql : new String[] {"DELETE FROM report_delivery WHERE report_schedule_id = ?",
                    "DELETE FROM report_schedule WHERE id = ?"}) {
                try (PreparedStatement delete = db.prepareStatement(sql)) {
                    delete.setLong(1, schedule);
                    delete.executeUpdate();
                }
            }
        }
    }
}
