package annonces.embed;

import annonces.Api;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The demo article in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): the embed script places the block, the block sizes its iframe, "Découvrir" opens the ad's page,
 * and a hostile title stays text. A screenshot of the article is left in target/screenshots/.
 */
@MicronautTest(transactional = false)
@Property(name = "annonces.moderation.pre-publication", value = "false")
@Property(name = "annonces.embed.demo", value = "true")
class DemoArticleBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    private static WebDriver browser;
    private static Path profile;

    @Inject
    EmbeddedServer server;

    @BeforeAll
    static void startChromium() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver;"
                        + " .ci/run installs them)");
        profile = Files.createTempDirectory("annonces-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--window-size=1280,900", "--lang=fr-FR", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void theDemoArticleShowsTheBlockSizedToItsContentAndDecouvrirOpensTheAd() throws IOException {
        Api api = new Api(server);
        Sellers.Seller seller = Sellers.registered(api);
        publish(api, seller, titled(Ads.aFurnishedRent(), "Location Maison Neuve Meublée ROYAN"));
        String car = publish(api, seller, titled(Ads.aCar(), "Opel Corsa électrique"));
        publish(api, seller, titled(Ads.aTable(), "Maxi cosy"));
        publish(api, seller, titled(Ads.aTable(), HOSTILE));

        browser.get(server.getURL() + "/demo/article");

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        WebElement frame = wait.until(b -> b.findElements(By.cssSelector("iframe.annonces-widget")).stream()
                .findFirst().orElse(null));
        wait.until(b -> !"420px".equals(frame.getCssValue("height")));
        long frameHeight = Math.round(frame.getRect().getHeight());

        browser.switchTo().frame(frame);
        long contentHeight = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.ceil(document.documentElement.getBoundingClientRect().height);");
        List<String> sections = browser.findElements(By.tagName("h2")).stream().map(WebElement::getText).toList();
        List<WebElement> cards = browser.findElements(By.cssSelector("li"));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        WebElement hostile = card(cards, HOSTILE);
        String hostileText = hostile.findElement(By.className("title")).getText();
        assertTrue(browser.findElements(By.cssSelector("li img:not(.photo), .title *")).isEmpty(),
                "no element comes from a title");
        String rentText = card(cards, "Location Maison Neuve Meublée ROYAN").getText();
        String carText = card(cards, "Opel Corsa électrique").getText();
        String giftText = card(cards, "Maxi cosy").getText();
        browser.switchTo().defaultContent();

        screenshot();
        assertTrue(Math.abs(frameHeight - contentHeight) <= 2,
                "the iframe takes its content's height: " + frameHeight + " vs " + contentHeight);
        assertEquals(List.of("IMMOBILIER", "AUTOMOBILE", "BONNES AFFAIRES"),
                sections.stream().map(s -> s.toUpperCase(java.util.Locale.FRENCH)).toList());
        assertEquals(HOSTILE, hostileText, "the hostile title is shown as text");
        assertTrue(rentText.contains("Caen (14000)") && rentText.contains("650 € / mois CC"), rentText);
        assertTrue(carText.contains("Cherbourg-en-Cotentin (50100)") && carText.contains("13 500 €"), carText);
        assertTrue(giftText.contains("150 €") && giftText.contains("Découvrir"), giftText);

        browser.switchTo().frame(frame);
        card(browser.findElements(By.cssSelector("li")), "Opel Corsa électrique").findElement(By.linkText("Découvrir")).click();
        browser.switchTo().defaultContent();
        wait.until(b -> b.getCurrentUrl().endsWith("/annonces/" + car));
        assertEquals("Opel Corsa électrique", browser.findElement(By.tagName("h1")).getText());
        assertEquals("13 500 €", browser.findElement(By.className("price")).getText());
    }

    private static WebElement card(List<WebElement> cards, String title) {
        return cards.stream().filter(c -> c.findElement(By.className("title")).getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no card titled " + title + " among "
                        + cards.stream().map(WebElement::getText).toList()));
    }

    private static void screenshot() throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long height = (Long) js.executeScript("return Math.ceil(document.documentElement.scrollHeight);");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(height + 300, 6000)));
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", "demo-article.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static ObjectNode titled(ObjectNode ad, String title) {
        ad.put("title", title);
        return ad;
    }

    private static String publish(Api api, Sellers.Seller seller, ObjectNode ad) {
        Api.Reply created = api.post("/api/v1/listings", ad).token(seller.token()).send();
        assertEquals(201, created.status(), created::toString);
        return created.json().path("id").asText();
    }
}
