package annonces.embed;

import annonces.Api;
import annonces.Chromium;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import annonces.photos.PhotoClient;
import annonces.photos.Pictures;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Photos where readers meet ads, in a real headless Chromium at a desktop's and a phone's width: the
 * block's thumbnail (alt, lazy, its box reserved before it loads), the placeholder, the ad page's gallery.
 * Screenshots are kept in target/screenshots/ (block-photos-1280.png, block-photos-375.png, ...).
 */
@MicronautTest(transactional = false)
@Property(name = "annonces.moderation.pre-publication", value = "false")
@Property(name = "annonces.embed.public-url", value = "https://annonces.example.test")
class PhotosBrowserIT {

    private static Chromium chromium;

    @Inject
    EmbeddedServer server;

    @BeforeAll
    static void startChromium() throws IOException {
        chromium = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theBlockShowsEachAdsThumbnailInAReservedBoxAndAPlaceholderWithoutOne() throws IOException {
        Api api = new Api(server);
        PhotoClient photos = new PhotoClient(server);
        Sellers.Seller seller = Sellers.registered(api);
        String house = publish(api, seller, titled(Ads.aHouseSale(), "Maison en pierre avec jardin"));
        photos.uploadJpeg(house, Pictures.jpeg(2400, 1800, 1), seller.token());
        String car = publish(api, seller, titled(Ads.aCar(), "Peugeot 208 avec photo"));
        photos.uploadJpeg(car, Pictures.jpeg(1600, 1200, 2), seller.token());
        publish(api, seller, titled(Ads.aTable(), "Table sans photo"));

        for (int width : List.of(1280, 375)) {
            chromium.resize(width, 900);
            chromium.driver().get(server.getURL() + "/widget?perCategory=4");
            WebElement photo = card("Maison en pierre avec jardin").findElement(By.cssSelector("img.photo"));
            assertEquals("Maison en pierre avec jardin", photo.getAttribute("alt"));
            assertEquals("lazy", photo.getDomAttribute("loading"));
            assertEquals("320", photo.getDomAttribute("width"));
            assertEquals("240", photo.getDomAttribute("height"));
            chromium.script("arguments[0].scrollIntoView()", photo);
            Boolean loaded = (Boolean) chromium.script(
                    "const i = arguments[0]; return i.decode().then(() => i.naturalWidth === 320, () => false);", photo);
            assertTrue(loaded, "the thumbnail loads at " + width + " px");
            double boxRatio = ((Number) chromium.script(
                    "const r = arguments[0].getBoundingClientRect(); return r.width / r.height;", photo)).doubleValue();
            assertEquals(4.0 / 3, boxRatio, 0.02, "a 4:3 box, the same before and after loading");
            double cardShare = ((Number) chromium.script("const u = document.querySelector('section ul');"
                    + " return u.querySelector('li').getBoundingClientRect().width / u.clientWidth;")).doubleValue();
            long pageOverflow = (Long) chromium.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0, pageOverflow, "the block itself never scrolls sideways at " + width + " px");
            if (width == 375) {
                assertTrue(cardShare < 0.8, "on a phone a card leaves room to see the next one: " + cardShare);
                assertEquals("flex", chromium.script(
                        "return getComputedStyle(document.querySelector('section ul')).display;"));
            }
            WebElement placeholder = card("Table sans photo").findElement(By.cssSelector(".photo.placeholder"));
            assertTrue(placeholder.getSize().getHeight() > 50, "the placeholder takes the photo's place");
            chromium.screenshot("block-photos-" + width);
            chromium.resize(width, 900);
        }
    }

    @Test
    void theAdPageHasAGalleryThatSwipesOnAPhoneAndAnOpenGraphImage() throws IOException {
        Api api = new Api(server);
        PhotoClient photos = new PhotoClient(server);
        Sellers.Seller seller = Sellers.registered(api);
        String ad = publish(api, seller, titled(Ads.aHouseSale(), "Longère normande à rénover"));
        String first = photos.uploadJpeg(ad, Pictures.jpeg(2400, 1800, 3), seller.token()).json().path("id").asText();
        photos.uploadJpeg(ad, Pictures.jpeg(1800, 2400, 4), seller.token());
        photos.uploadJpeg(ad, Pictures.jpeg(2400, 1800, 5), seller.token());

        for (int width : List.of(1280, 375)) {
            chromium.resize(width, 900);
            chromium.driver().get(server.getURL() + "/annonces/" + ad);
            List<WebElement> slides = chromium.driver().findElements(By.cssSelector(".gallery .slides img"));
            assertEquals(3, slides.size());
            assertEquals("Longère normande à rénover – photo 1 sur 3", slides.get(0).getAttribute("alt"));
            long scrollable = (Long) chromium.script("const s = document.querySelector('.gallery .slides');"
                    + " return s.scrollWidth - s.clientWidth;");
            assertTrue(scrollable > 0, "the slides scroll sideways at " + width + " px");
            long pageOverflow = (Long) chromium.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0, pageOverflow, "the page itself never scrolls sideways at " + width + " px");
            chromium.screenshot("ad-page-photos-" + width);
        }
        String ogImage = chromium.driver().findElement(By.cssSelector("meta[property='og:image']"))
                .getAttribute("content");
        assertEquals("https://annonces.example.test/photos/" + first + "/large.jpg", ogImage);
    }

    private static WebElement card(String title) {
        return chromium.driver().findElements(By.cssSelector("li")).stream()
                .filter(c -> c.findElement(By.className("title")).getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no card titled " + title));
    }

    private static ObjectNode titled(ObjectNode ad, String title) {
        ad.put("title", title);
        return ad;
    }

    private static String publish(Api api, Sellers.Seller seller, ObjectNode ad) {
        Api.Reply created = api.post("/api/v1/listings", ad).token(seller.token()).send();
        assertEquals(201, created.status(), created::toString);
        assertEquals("PUBLISHED", created.json().path("status").asText(), created::toString);
        return created.json().path("id").asText();
    }
}
