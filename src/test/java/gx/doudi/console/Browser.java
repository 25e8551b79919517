package gx.doudi.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The system's headless Chromium, driven through its chromedriver, with a fresh profile. */
final class Browser implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(30);

    final ChromeDriver driver;

    Browser(Path profile) throws Exception {
        Files.createDirectories(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Path.of("/usr/bin/chromium").toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,1200", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    /** Signs in through the sign-in form. */
    void signIn(String address, String name, String password) {
        driver.manage().deleteAllCookies();
        driver.get(address + "signin");
        driver.findElement(By.id("name")).sendKeys(name);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("signin-button")).click();
        until(d -> !d.findElements(By.cssSelector("#user")).isEmpty() && !text("#user").isEmpty());
    }

    <T> T until(Function<WebDriver, T> condition) {
        return until(condition, WAIT);
    }

    /** Waits at most {@code limit}: longer than {@link #WAIT} where the engine must work first. */
    <T> T until(Function<WebDriver, T> condition, Duration limit) {
        return new WebDriverWait(driver, limit).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /** The element's text; read again if the page redrew it meanwhile (it redraws on every push). */
    String text(String css) {
        return until(d -> d.findElement(By.cssSelector(css)).getText());
    }

    String attribute(String css, String name) {
        return until(d -> d.findElement(By.cssSelector(css)).getAttribute(name));
    }

    /** The texts of all elements matching, read in one go. */
    List<String> texts(String css) {
        return until(d -> d.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList());
    }

    List<String> attributes(String css, String name) {
        return until(d -> d.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute(name)).toList());
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement one(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Clicks the element, found afresh if the page redrew it. */
    void click(String css) {
        until(d -> {
            d.findElement(By.cssSelector(css)).click();
            return true;
        });
    }

    /** Picks the option with this value in a select, as a user would. */
    void choose(String selectCss, String value) {
        new org.openqa.selenium.support.ui.Select(one(selectCss)).selectByValue(value);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
