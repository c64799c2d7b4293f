package annonces.conversations;

import annonces.Api;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import annonces.mail.Mailbox;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * As the quick start is checked: in the dev environment (no mail relay), a reader in a real headless Chromium
 * writes to a seller from the ad page, opens the confirmation mail in /dev/mailbox, follows its link and
 * confirms; the seller answers through the API, and the reader reads the answer on the conversation page.
 * Screenshots are left in target/screenshots/.
 */
@MicronautTest(environments = "dev", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuestContactBrowserIT implements TestPropertyProvider {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final int PORT = Mailbox.freePort();

    private WebDriver browser;
    private Path profile;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("micronaut.server.port", Integer.toString(PORT),
                "annonces.mail.public-url", "http://localhost:" + PORT,
                "annonces.seed", "false",
                "annonces.moderation.pre-publication", "false",
                "annonces.mail.poll-interval", "100ms",
                "annonces.mail.initial-delay", "100ms");
    }

    @BeforeAll
    void startChromium() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver;"
                        + " .ci/run installs them)");
        profile = Files.createTempDirectory("annonces-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--window-size=1280,1000", "--lang=fr-FR", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aReaderContactsTheSellerFromTheAdPageConfirmsFromTheDevMailboxAndReadsTheAnswer() throws IOException {
        Api api = new Api(server);
        Sellers.Seller seller = Sellers.registered(api);
        String ad = api.post("/api/v1/listings", Ads.aCar()).token(seller.token()).send().json().path("id").asText();
        String reader = "lecteur-" + UUID.randomUUID() + "@example.test";
        String base = "http://localhost:" + PORT;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(base + "/annonces/" + ad);
        browser.findElement(By.id("contact-name")).sendKeys("Lucie");
        browser.findElement(By.id("contact-email")).sendKeys(reader);
        browser.findElement(By.id("contact-message")).clear();
        browser.findElement(By.id("contact-message")).sendKeys("Bonjour, puis-je la voir samedi ?");
        screenshot("contact-form.png");
        browser.findElement(By.cssSelector("#contact form button[type=submit]")).click();
        wait.until(b -> b.getPageSource().contains("Vérifiez votre boîte e-mail"));

        browser.get(base + "/dev/mailbox");
        wait.until(b -> {
            b.navigate().refresh();
            return b.getPageSource().contains(reader);
        });
        browser.findElement(By.xpath("//li[contains(., '" + reader + "')]//a[text()='ouvrir']")).click();
        wait.until(b -> !b.findElements(By.linkText("Confirmer l'envoi")).isEmpty());
        browser.findElement(By.linkText("Confirmer l'envoi")).click();
        wait.until(b -> !b.findElements(By.cssSelector("form button[type=submit]")).isEmpty());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(b -> b.getCurrentUrl().contains("/messages/"));
        assertTrue(browser.getPageSource().contains("Bonjour, puis-je la voir samedi ?"));

        JsonNode inbox = api.get("/api/v1/me/conversations").token(seller.token()).send().json().path("items");
        assertEquals("Lucie (visiteur)", inbox.get(0).path("otherParty").path("displayName").asText());
        String id = inbox.get(0).path("id").asText();
        assertEquals(201, api.post("/api/v1/conversations/" + id + "/messages",
                Map.of("message", "Oui, samedi 10 h.")).token(seller.token()).send().status());

        browser.navigate().refresh();
        wait.until(b -> b.getPageSource().contains("Oui, samedi 10 h."));
        screenshot("guest-conversation.png");
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
