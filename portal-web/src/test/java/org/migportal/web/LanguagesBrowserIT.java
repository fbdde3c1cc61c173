package org.migportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.migportal.testing.TestDatabase;
import org.migportal.testing.TestKeycloak;
import org.migportal.testing.browser.Browser;
import org.openqa.selenium.By;

/**
 * The header's language choice in real Chromium: a Kenya country officer switches to French, to Arabic
 * (right-to-left) and back to English, and the choice holds from page to page.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // one browser session: log in, then change language
class LanguagesBrowserIT {

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
    void theBrowsersEnglishIsTheDefault() {
        String portal = Browser.onLoopback(deployed);
        browser.go(portal + "forums/list");
        browser.logInOnKeycloak("officer.kenya", "demo1234");
        browser.go(portal + "forums/list");

        assertThat(html("lang")).isEqualTo("en");
        assertThat(html("dir")).isEqualTo("ltr");
        assertThat(navigation()).contains("Forums", "Members", "Market actors");
        assertThat(browser.find(By.cssSelector(".language-choice")).getText())
                .contains("English", "Français", "Español", "العربية");
    }

    @Test
    @Order(2)
    void frenchHoldsFromPageToPage() throws Exception {
        String portal = Browser.onLoopback(deployed);
        browser.go(portal + "forums/list?text=Lake");
        chooseLanguage("fr");

        assertThat(browser.driver().getCurrentUrl()).as("the page itself, its filter kept, without ?lang")
                .endsWith("forums/list?text=Lake");
        assertThat(navigation()).contains("Accueil", "Forums", "Réunions", "Membres", "Acteurs du marché");
        assertThat(browser.pageText()).contains("Système de marché", "Se déconnecter", "Lake Victoria poultry");
        browser.screenshot("languages-fr-forums");

        browser.go(portal + "members/list");
        assertThat(html("lang")).isEqualTo("fr");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Membres");
        browser.screenshot("languages-fr-members");

        browser.go(portal + "forums/view?id=" + forumId("KE-KSM-FIN"));
        assertThat(browser.pageText()).contains("Membres actuels");
        browser.screenshot("languages-fr-forum");
    }

    @Test
    @Order(3)
    void arabicIsRightToLeft() throws Exception {
        String portal = Browser.onLoopback(deployed);
        chooseLanguage("ar");

        assertThat(html("dir")).isEqualTo("rtl");
        assertThat(navigation()).contains("الرئيسية", "المنتديات", "الأعضاء", "الجهات الفاعلة في السوق");
        assertThat(browser.pageText()).contains("الأعضاء الحاليون");
        browser.screenshot("languages-ar-forum");
        browser.find(By.xpath("//form[@id='lifecycle']//button[contains(., 'إعادة التنشيط')]")).click();
        browser.waitUntil("the confirmation shows", d -> d.findElement(By.cssSelector(".ui-confirm-dialog")).isDisplayed());
        assertThat(browser.find(By.cssSelector(".ui-confirm-dialog")).getText()).contains("نعم، متابعة", "إلغاء");
        browser.screenshot("languages-ar-confirm");
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")).click();
        browser.waitUntil("the confirmation closes", d -> !d.findElement(By.cssSelector(".ui-confirm-dialog")).isDisplayed());

        browser.go(portal + "forums/list");
        assertThat(html("dir")).isEqualTo("rtl");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("المنتديات");
        browser.screenshot("languages-ar-forums");

        browser.go(portal + "members/list");
        browser.screenshot("languages-ar-members");
        browser.go(portal + "forums/edit");
        browser.screenshot("languages-ar-forum-edit");
        browser.go(portal + "meetings/list");
        browser.screenshot("languages-ar-meetings");
        browser.find(By.cssSelector("button.ui-datepicker-trigger[aria-controls$='from_panel']")).click();
        By month = By.cssSelector(".ui-datepicker-month");
        browser.waitUntil("the date picker opens", d -> d.findElements(month).stream().anyMatch(e -> e.isDisplayed()));
        assertThat(browser.driver().findElements(month).stream().filter(e -> e.isDisplayed()).findFirst().orElseThrow().getText())
                .as("PrimeFaces' own Arabic")
                .containsAnyOf("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
                        "أكتوبر", "نوفمبر", "ديسمبر");
        browser.screenshot("languages-ar-date-picker");
        assertThat(browser.contentSecurityPolicyViolations()).as("PrimeFaces' Arabic locale script is allowed").isEmpty();
    }

    @Test
    @Order(4)
    void spanish() throws Exception {
        String portal = Browser.onLoopback(deployed);
        browser.go(portal + "meetings/list");
        chooseLanguage("es");

        assertThat(html("dir")).isEqualTo("ltr");
        assertThat(navigation()).contains("Inicio", "Foros", "Reuniones", "Miembros", "Actores del mercado");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Reuniones");
        browser.screenshot("languages-es-meetings");
    }

    @Test
    @Order(5)
    void backToEnglish() {
        chooseLanguage("en");

        assertThat(html("lang")).isEqualTo("en");
        assertThat(html("dir")).isEqualTo("ltr");
        assertThat(navigation()).contains("Forums", "Members", "Market actors");
    }

    /** Follows the header's link to the language, from the keyboard as a user without a mouse would. */
    private void chooseLanguage(String code) {
        browser.find(By.id("language-" + code)).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitUntil("the page is in " + code, d -> code.equals(html("lang")));
        browser.settle();
        assertThat(browser.find(By.cssSelector(".language-current")).getAttribute("lang")).isEqualTo(code);
    }

    private static String html(String attribute) {
        return browser.driver().findElement(By.tagName("html")).getAttribute(attribute);
    }

    private static String navigation() {
        return browser.find(By.cssSelector(".portal-nav")).getText();
    }

    private static long forumId(String code) throws Exception {
        try (Connection db = TestDatabase.portal().getConnection();
                PreparedStatement query = db.prepareStatement("SELECT id FROM forum WHERE code = ?")) {
            query.setString(1, code);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
