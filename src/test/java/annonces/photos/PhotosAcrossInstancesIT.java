package annonces.photos;

import annonces.Api;
import annonces.Eventually;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two instances on one database: a photo one of them serves from memory turns private when the other takes its ad down. */
class PhotosAcrossInstancesIT {

    private EmbeddedServer first;
    private EmbeddedServer second;

    @BeforeEach
    void startTwoInstances() {
        first = ApplicationContext.run(EmbeddedServer.class, Map.of(), "test");
        second = ApplicationContext.run(EmbeddedServer.class, Map.of(), "test");
    }

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    @Test
    void aSuspensionOnOneInstanceMakesTheOthersKeptPhotoPrivate() {
        Api onFirst = new Api(first);
        Sellers.Seller seller = Sellers.registered(onFirst);
        Sellers.Seller admin = Sellers.admin(onFirst);
        String ad = onFirst.post("/api/v1/listings", Ads.aCar()).token(seller.token()).send().json().path("id").asText();
        String url = new PhotoClient(first).uploadJpeg(ad, Pictures.jpeg(400, 300, 1), seller.token()).json()
                .path("thumbnailUrl").asText();
        PhotoClient onSecond = new PhotoClient(second);
        assertEquals(404, onSecond.file(url, null, null).statusCode(), "pending: private");
        assertEquals(200, onFirst.post("/api/v1/admin/listings/" + ad + "/approve", Map.of()).token(admin.token())
                .send().status());
        Eventually.until(() -> onSecond.file(url, null, null).statusCode() == 200, "published: open on the second");
        assertEquals(200, onSecond.file(url, null, null).statusCode(), "now from the second's memory");

        assertEquals(200, onFirst.post("/api/v1/admin/listings/" + ad + "/suspend",
                Map.of("reason", "Photo volée à une autre annonce")).token(admin.token()).send().status());

        Eventually.until(() -> onSecond.file(url, null, null).statusCode() == 404,
                "the suspension reaches the second instance's kept photo");
    }
}
