package org.migportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A Kenya country officer imports members from a CSV file in real headless Chromium: the preview
 * names the two bad rows (one with markup in a name, shown as text), the good rows are imported and
 * appear in the member list, and the list's CSV export holds what the filtered list shows.
 */
@ExtendWith(ArquillianExtension.class)
class MemberImportBrowserIT {

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
    void anOfficerUploadsACsvSeesTheBadRowsAndImportsTheGoodOnes() throws Exception {
        String portal = Browser.onLoopback(deployed);
        browser.go(portal + "members/import");
        browser.logInOnKeycloak("officer.kenya", "demo1234");
        browser.contentSecurityPolicyViolations(); // start from a clean console
        browser.go(portal + "members/import");
        browser.waitUntil("the import page shows", d -> browser.pageText().contains("Column layout"));
        assertThat(browser.pageText()).contains("Kenya", "given_name", "forum_code");
        browser.screenshot("member-import-page");

        String tag = "Brw" + ThreadLocalRandom.current().ints(5, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        Path file = Files.createTempDirectory(Path.of("target"), "import-").resolve("kobo-members.csv");
        Files.writeString(file, """
                given_name;family_name;sex;birth_year;actor_name;actor_type;district;forum_code;role
                Auma;Odhiambo%1$s;female;1998;Odhiambo%1$s Poultry;small producer;Kisumu;KE-KSM-MKT;member
                Kevin;;male;1985;Odhiambo%1$s Poultry;;;;
                <img src=x onerror=alert(1)>Njeri;Kariuki%1$s;robot;1979;Kariuki%1$s Feeds;input supplier;;;
                Otieno;Were%1$s;male;2001;Odhiambo%1$s Poultry;;;;
                """.formatted(tag), StandardCharsets.UTF_8);

        browser.driver().findElement(By.id("import:file_input")).sendKeys(file.toAbsolutePath().toString());
        browser.waitUntil("the preview shows", d -> browser.pageText().contains("Preview: nothing is saved yet"));
        browser.settle();
        String preview = browser.pageText();
        browser.screenshot("member-import-preview");
        assertThat(preview).contains("4 rows for Kenya", "2 can be imported (one new market actor)", "2 with problems will be left out",
                "family_name is missing.", "Sex \u201crobot\u201d is not female, male or other.",
                "Small producer", "Odhiambo" + tag + " Poultry",
                "Kariuki" + tag + ", <img src=x onerror=alert(1)>Njeri");
        assertThat(preview).doesNotContain("SMALL_PRODUCER");

        browser.click("import:save");
        browser.find(By.cssSelector("button.ui-confirmdialog-yes"));
        browser.screenshot("member-import-confirm");
        browser.driver().findElement(By.cssSelector("button.ui-confirmdialog-yes")).click();
        browser.waitUntil("the member list shows", d -> d.getCurrentUrl().contains("members/list"));
        browser.settle();
        assertThat(browser.pageText()).contains("Imported 2 members, one new market actor and one forum seat.");

        browser.type("list:members:text", tag);
        browser.find(By.id("list:members:text")).sendKeys(Keys.ENTER);
        browser.settle();
        browser.waitUntil("the imported members are listed", d -> d.findElement(By.id("list:members")).getText()
                .contains("Were" + tag));
        String list = browser.driver().findElement(By.id("list:members")).getText();
        browser.screenshot("member-import-imported-in-list");
        assertThat(list).contains("Odhiambo" + tag + ", Auma", "Were" + tag + ", Otieno");
        assertThat(list).doesNotContain("Kariuki" + tag);

        Path downloads = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "downloads-");
        ((org.openqa.selenium.chromium.ChromiumDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser.click("export:csv");
        browser.waitUntil("the CSV is downloaded", d -> csvIn(downloads) != null);
        String csv = Files.readString(csvIn(downloads), StandardCharsets.UTF_8);
        assertThat(csv.lines()).as("the header and the two members the filtered list shows").hasSize(3);
        assertThat(csv).contains("Odhiambo" + tag, "Were" + tag, "Small producer");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    private static Path csvIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
