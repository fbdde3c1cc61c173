package org.migportal.testing.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with what the portal's pages need: logging in on
 * Keycloak's page, waiting for PrimeFaces Ajax to settle (never sleeping), and screenshots kept
 * under {@code target/screenshots} to look at.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path screenshots;

    private Browser(ChromeDriver driver, Path screenshots) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        this.screenshots = screenshots;
    }

    public static Browser open() throws IOException {
        Path target = Path.of(System.getProperty("devserver.target", "target"));
        Path home = Files.createDirectories(target.resolve("chromium/home"));
        Path profile = Files.createTempDirectory(Files.createDirectories(target.resolve("chromium")), "profile-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1400,1000", "--lang=en-GB",
                        "--user-data-dir=" + profile.toAbsolutePath());
        // the console, to see what the Content-Security-Policy refused
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        // Chromium writes into HOME and the XDG folders; keep that inside the build directory.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .withEnvironment(Map.of("HOME", home.toString(),
                        "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                        "XDG_CACHE_HOME", home.resolve(".cache").toString()))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options),
                Files.createDirectories(target.resolve("screenshots")));
    }

    /**
     * The deployment's URL with host {@code localhost}: Arquillian reports the machine's address, but
     * Keycloak accepts a login redirect to any port only on the loopback host. Always ends with a
     * slash (Payara's Arquillian connector sometimes reports the root context without it).
     */
    public static String onLoopback(java.net.URL deployed) {
        String path = deployed.getPath().endsWith("/") ? deployed.getPath() : deployed.getPath() + "/";
        return "http://localhost:" + deployed.getPort() + path;
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String url) {
        driver.get(url);
        settle();
    }

    /** Fills Keycloak's login form, if it is showing, and waits until the portal is back. */
    public void logInOnKeycloak(String username, String password) {
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No Keycloak login form at " + driver.getCurrentUrl() + ", the page says: "
                    + pageText().lines().limit(15).toList(), e);
        }
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.findElements(By.id("kc-login")).isEmpty());
        settle();
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Types into a field, replacing what it held. */
    public void type(String clientId, String text) {
        WebElement field = find(By.id(clientId));
        field.clear();
        field.sendKeys(text);
    }

    public void click(String clientId) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(clientId))).click();
        settle();
    }

    /** Picks an option of a PrimeFaces selectOneMenu by its label. */
    public void selectOne(String clientId, String label) {
        String items = "#" + clientId.replace(":", "\\:") + "_items li[data-label='" + label + "']";
        By shown = By.id(clientId + "_label");
        WebDriverWait briefly = new WebDriverWait(driver, Duration.ofSeconds(5));
        // A panel still closing (another menu, an autocomplete) or a menu re-rendered by Ajax can swallow
        // a click: check what the menu shows, and try again from a closed menu.
        for (int attempt = 0; attempt < 3 && !label.equals(driver.findElement(shown).getText()); attempt++) {
            try {
                click(clientId);
                briefly.until(ExpectedConditions.elementToBeClickable(By.cssSelector(items))).click();
            } catch (org.openqa.selenium.WebDriverException notYet) {
                // e.g. the panel (or the dialog holding the menu) was still sliding into place and another element
                // took the click: close the panel if it is open, by its own trigger, not Escape, which would also
                // close a dialog that closes on Escape
                closePanel(clientId);
            }
            settle();
        }
        waitUntil(clientId + " shows " + label, d -> label.equals(d.findElement(shown).getText()));
    }

    private void closePanel(String menuId) {
        try {
            List<WebElement> panel = driver.findElements(By.id(menuId + "_panel"));
            if (!panel.isEmpty() && panel.get(0).isDisplayed()) {
                driver.findElement(By.id(menuId)).findElement(By.cssSelector(".ui-selectonemenu-trigger")).click();
            }
        } catch (org.openqa.selenium.WebDriverException stillMoving) {
            // the next attempt starts from whatever the menu shows then
        }
    }

    /** Types free text into a PrimeFaces autoComplete and leaves it, closing its suggestions. */
    public void typeFreeText(String clientId, String text) {
        type(clientId + "_input", text);
        find(By.id(clientId + "_input")).sendKeys(org.openqa.selenium.Keys.TAB);
        settle();
    }

    /** Types into a PrimeFaces autoComplete and picks the first suggestion; returns its text. */
    public String autoComplete(String clientId, String query) {
        type(clientId + "_input", query);
        String first = "#" + clientId.replace(":", "\\:") + "_panel li.ui-autocomplete-item";
        WebElement suggestion = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(first)));
        String text = suggestion.getText();
        suggestion.click();
        settle();
        return text;
    }

    /** The console messages logged since the last call that say the Content-Security-Policy refused something. */
    public java.util.List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get("browser").getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until the document is loaded and PrimeFaces has no Ajax request queued or running. */
    public void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                return document.readyState === 'complete'
                    && (typeof PrimeFaces === 'undefined' || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())
                    && (typeof jQuery === 'undefined' || jQuery.active === 0);""")));
    }

    /** Waits for a condition; on timeout keeps a screenshot and says what the page showed. */
    public void waitUntil(String what, java.util.function.Function<WebDriver, Boolean> condition) {
        waitUntil(what, WAIT, condition);
    }

    /** {@link #waitUntil(String, java.util.function.Function)} for something slower than a page, e.g. a report. */
    public void waitUntil(String what, Duration timeout, java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(driver, timeout).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            String shot;
            try {
                shot = screenshot("timeout-" + what.replaceAll("\\W+", "-")).toString();
            } catch (IOException | RuntimeException noScreenshot) {
                shot = "no screenshot: " + noScreenshot;
            }
            throw new AssertionError("Timed out waiting until " + what + " at " + driver.getCurrentUrl()
                    + " (" + shot + "); the page says: " + pageText().lines().limit(40).toList(), e);
        }
    }

    /** Saves a PNG of the page under target/screenshots and returns its path. */
    public Path screenshot(String name) throws IOException {
        Path file = screenshots.resolve(name + ".png");
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file,
                StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
