package annonces;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven by its chromedriver (apt-get install chromium chromium-driver; .ci/run
 * installs them), with a throwaway profile; screenshots go to target/screenshots/ as test artifacts.
 */
public final class Chromium implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the test (an assumption) on a machine without Chromium. */
    public static Chromium start(int width, int height) throws IOException {
        assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                "browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
        Path profile = Files.createTempDirectory("annonces-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--window-size=" + width + "," + height, "--lang=fr-FR", "--hide-scrollbars",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new Chromium(new ChromeDriver(service, options), profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The viewport's width and height in CSS pixels (what a phone or a desktop shows). */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The whole page, at the current width, into target/screenshots/{name}.png. */
    public Path screenshot(String name) throws IOException {
        long height = (Long) script("return Math.ceil(document.documentElement.scrollHeight);");
        int width = driver.manage().window().getSize().getWidth();
        resize(width, (int) Math.min(height + 140, 6000));
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
