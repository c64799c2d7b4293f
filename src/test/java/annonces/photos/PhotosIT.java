package annonces.photos;

import annonces.Api;
import annonces.Sql;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import javax.sql.DataSource;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static annonces.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class PhotosIT {

    @Inject
    EmbeddedServer server;
    @Inject
    DataSource dataSource;
    @Inject
    PhotoSweeper sweeper;
    Api api;
    PhotoClient photos;
    Sql sql;
    Sellers.Seller seller;
    Sellers.Seller admin;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        photos = new PhotoClient(server);
        sql = new Sql(dataSource);
        seller = Sellers.registered(api);
        admin = Sellers.admin(api);
    }

    @Test
    void aSellerAddsAPhotoAndTheAdShowsItsThreeSizes() throws IOException {
        String ad = anAd(seller);

        Api.Reply added = photos.uploadJpeg(ad, Pictures.jpeg(4000, 3000, 1), seller.token());

        assertEquals(201, added.status(), added::toString);
        JsonNode photo = added.json();
        String id = photo.path("id").asText();
        assertEquals("/photos/" + id + "/thumbnail.jpg", photo.path("thumbnailUrl").asText());
        assertEquals("/photos/" + id + "/medium.jpg", photo.path("mediumUrl").asText());
        assertEquals("/photos/" + id + "/large.jpg", photo.path("largeUrl").asText());
        assertEquals(1600, photo.path("width").asInt());
        assertEquals(1200, photo.path("height").asInt());
        assertEquals(photo, view(ad, seller.token()).path("photos").get(0));
        assertEquals(List.of(320, 240), dims(photos.file(photo.path("thumbnailUrl").asText(), seller.token(), null)));
        assertEquals(List.of(800, 600), dims(photos.file(photo.path("mediumUrl").asText(), seller.token(), null)));
        assertEquals(List.of(1600, 1200), dims(photos.file(photo.path("largeUrl").asText(), seller.token(), null)));
    }

    @Test
    void aFormUploadAPngAndAWebpAreAcceptedWhateverTheirDeclaredType() {
        String ad = anAd(seller);

        assertEquals(201, photos.uploadForm(ad, Pictures.jpeg(900, 600, 2), "IMG_0001.HEIC", seller.token()).status());
        assertEquals(201, photos.upload(ad, Pictures.png(Pictures.drawn(900, 600, 3)), "application/octet-stream",
                seller.token()).status());
        Api.Reply webp = photos.upload(ad, Pictures.webp(900, 600, Color.ORANGE), "image/png", seller.token());
        assertEquals(201, webp.status(), webp::toString);
        assertEquals(3, view(ad, seller.token()).path("photos").size());
    }

    @Test
    void hostileFilesAreRefusedWithTheRuleTheyBreak() {
        String ad = anAd(seller);

        Api.Reply pdfAsJpeg = photos.uploadJpeg(ad, Pictures.pdf(), seller.token());
        assertProblem(pdfAsJpeg, 415);
        assertTrue(pdfAsJpeg.json().path("detail").asText().contains("JPEG, PNG or WebP"), pdfAsJpeg::toString);
        assertProblem(photos.upload(ad, Pictures.pdf(), "application/pdf", seller.token()), 415);

        Api.Reply truncated = photos.uploadJpeg(ad, Pictures.truncated(Pictures.jpeg(1200, 900, 4)), seller.token());
        assertProblem(truncated, 400);
        assertTrue(truncated.json().path("detail").asText().contains("truncated"), truncated::toString);

        Api.Reply bomb = photos.upload(ad, Pictures.pngHeader(20_000, 20_000), "image/png", seller.token());
        assertProblem(bomb, 413);
        assertTrue(bomb.json().path("detail").asText().contains("40 megapixels"), bomb::toString);

        Api.Reply huge = photos.uploadJpeg(ad, Arrays.copyOf(Pictures.jpeg(400, 300, 5), 12 * 1024 * 1024),
                seller.token());
        assertProblem(huge, 413);
        assertTrue(huge.json().path("detail").asText().contains("at most 10 MB"), huge::toString);

        assertEquals(0, view(ad, seller.token()).path("photos").size());
        assertEquals(0L, sql.one("SELECT count(*) FROM photo WHERE listing_id = ?::uuid", ad));
    }

    @Test
    void anEleventhPhotoIsRefused() {
        String ad = anAd(seller);
        for (int i = 0; i < 10; i++) {
            assertEquals(201, photos.uploadJpeg(ad, Pictures.jpeg(300, 200, 100 + i), seller.token()).status());
        }

        Api.Reply eleventh = photos.uploadJpeg(ad, Pictures.jpeg(300, 200, 111), seller.token());

        assertProblem(eleventh, 400);
        assertTrue(eleventh.json().path("detail").asText().contains("at most 10 photos"), eleventh::toString);
    }

    @Test
    void noGpsPositionSurvivesTheUpload() throws Exception {
        String ad = anAd(seller);
        JsonNode photo = photos.uploadJpeg(ad, Pictures.asFromAPhone(Pictures.jpeg(2000, 1500, 6), 1),
                seller.token()).json();

        for (String url : List.of("thumbnailUrl", "mediumUrl", "largeUrl")) {
            byte[] served = photos.file(photo.path(url).asText(), seller.token(), null).body();
            assertNull(ImageMetadataReader.readMetadata(new ByteArrayInputStream(served))
                    .getFirstDirectoryOfType(GpsDirectory.class), url);
        }
    }

    @Test
    void theOrderHoldsAndMustNameEveryPhotoOnce() {
        String ad = anAd(seller);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(photos.uploadJpeg(ad, Pictures.jpeg(400, 300, 20 + i), seller.token()).json().path("id").asText());
        }
        assertEquals(ids, photoIds(ad));

        List<String> reversed = List.of(ids.get(2), ids.get(1), ids.get(0));
        Api.Reply ordered = photos.reorder(ad, reversed, seller.token());

        assertEquals(200, ordered.status(), ordered::toString);
        assertEquals(reversed, photoIds(ad));
        assertProblem(photos.reorder(ad, List.of(ids.get(0), ids.get(1)), seller.token()), 400);
        assertProblem(photos.reorder(ad, List.of(ids.get(0), ids.get(0), ids.get(1)), seller.token()), 400);
        assertEquals(reversed, photoIds(ad));
    }

    @Test
    void anotherSellerCanNeitherAddNorDeleteNorOrder() {
        String ad = anAd(seller);
        String photo = photos.uploadJpeg(ad, Pictures.jpeg(400, 300, 30), seller.token()).json().path("id").asText();
        Sellers.Seller other = Sellers.registered(api);

        assertProblem(photos.uploadJpeg(ad, Pictures.jpeg(400, 300, 31), other.token()), 404);
        assertProblem(photos.delete(ad, photo, other.token()), 404);
        assertProblem(photos.reorder(ad, List.of(photo), other.token()), 404);
        assertEquals(List.of(photo), photoIds(ad));
    }

    @Test
    void photosOfAnUnpublishedAdAreServedOnlyToItsOwnerAndAdminsAndNeverKeptByACache() {
        String ad = anAd(seller);
        String url = photos.uploadJpeg(ad, Pictures.jpeg(400, 300, 40), seller.token()).json().path("mediumUrl")
                .asText();

        assertEquals(404, photos.file(url, null, null).statusCode());
        assertEquals(404, photos.file(url, Sellers.registered(api).token(), null).statusCode());
        HttpResponse<byte[]> own = photos.file(url, seller.token(), null);
        assertEquals(200, own.statusCode());
        assertEquals("private, no-cache", own.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(200, photos.file(url, admin.token(), null).statusCode());

        approve(ad);
        HttpResponse<byte[]> open = photos.file(url, null, null);
        assertEquals(200, open.statusCode());
        assertEquals("public, max-age=31536000, immutable", open.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("image/jpeg", open.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", open.headers().firstValue("X-Content-Type-Options").orElse(""));
        String etag = open.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, photos.file(url, null, etag).statusCode());
    }

    @Test
    void aPhotoServedFromMemoryIsPrivateAtOnceWhenItsAdLeavesAndGoneAtOnceWhenDeleted() {
        String ad = anAd(seller);
        JsonNode kept = photos.uploadJpeg(ad, Pictures.jpeg(400, 300, 45), seller.token()).json();
        JsonNode deleted = photos.uploadJpeg(ad, Pictures.jpeg(400, 300, 46), seller.token()).json();
        approve(ad);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, photos.file(kept.path("thumbnailUrl").asText(), null, null).statusCode());
            assertEquals(200, photos.file(deleted.path("thumbnailUrl").asText(), null, null).statusCode());
        }

        assertEquals(204, photos.delete(ad, deleted.path("id").asText(), seller.token()).status());
        assertEquals(404, photos.file(deleted.path("thumbnailUrl").asText(), null, null).statusCode());
        assertEquals(200, photos.file(kept.path("thumbnailUrl").asText(), null, null).statusCode());

        assertEquals(200, api.post("/api/v1/listings/" + ad + "/sold", Map.of()).token(seller.token()).send().status());
        assertEquals(404, photos.file(kept.path("thumbnailUrl").asText(), null, null).statusCode());
        assertEquals(200, photos.file(kept.path("thumbnailUrl").asText(), seller.token(), null).statusCode());
    }

    @Test
    void aNewPhotoSendsAPublishedAdBackToModerationButARemovalDoesNot() {
        String ad = anAd(seller);
        String first = photos.uploadJpeg(ad, Pictures.jpeg(400, 300, 50), seller.token()).json().path("id").asText();
        approve(ad);
        assertEquals("PUBLISHED", view(ad, seller.token()).path("status").asText());

        photos.uploadJpeg(ad, Pictures.jpeg(400, 300, 51), seller.token());
        assertEquals("PENDING", view(ad, seller.token()).path("status").asText());

        approve(ad);
        assertEquals(204, photos.delete(ad, first, seller.token()).status());
        assertEquals("PUBLISHED", view(ad, seller.token()).path("status").asText());
    }

    @Test
    void aDeletedPhotosBytesAreSweptAndNothingPointsAtThem() {
        String ad = anAd(seller);
        JsonNode photo = photos.uploadJpeg(ad, Pictures.jpeg(400, 300, 60), seller.token()).json();
        String id = photo.path("id").asText();
        assertEquals(3L, sql.one("SELECT count(*) FROM photo_blob WHERE key LIKE ?", id + "/%"));

        assertEquals(204, photos.delete(ad, id, seller.token()).status());

        assertEquals(0, view(ad, seller.token()).path("photos").size());
        assertEquals(404, photos.file(photo.path("largeUrl").asText(), seller.token(), null).statusCode());
        while (sweeper.sweep() > 0) {
            // every batch
        }
        assertEquals(0L, sql.one("SELECT count(*) FROM photo_blob WHERE key LIKE ?", id + "/%"));
        assertEquals(0L, sql.one("SELECT count(*) FROM photo WHERE id = ?::uuid", id));
        assertProblem(photos.delete(ad, id, seller.token()), 404);
    }

    @Test
    void anAdminDeletesAPhoto() {
        String ad = anAd(seller);
        String id = photos.uploadJpeg(ad, Pictures.jpeg(400, 300, 70), seller.token()).json().path("id").asText();

        assertEquals(204, photos.delete(ad, id, admin.token()).status());
        assertEquals(0, view(ad, seller.token()).path("photos").size());
        JsonNode audit = api.get("/api/v1/admin/audit?listing=" + ad + "&action=PHOTOS_REMOVED").token(admin.token())
                .send().json().path("items");
        assertEquals(1, audit.size(), audit::toString);
        assertNotEquals(seller.id(), audit.get(0).path("actorId").asText(), "the admin is the actor: " + audit);
        assertTrue(audit.get(0).path("actorId").isTextual(), audit::toString);
    }

    @Test
    void anotherSellersStolenPhotoIsFlaggedAsAPossibleDuplicateNamingTheOriginal() {
        BufferedImage picture = Pictures.drawn(1600, 1200, 80);
        String original = anAd(seller);
        photos.uploadJpeg(original, Pictures.jpeg(picture), seller.token());
        approve(original);
        Sellers.Seller thief = Sellers.registered(api);
        String copy = anAd(thief);

        photos.upload(copy, Pictures.png(picture.getSubimage(0, 0, 1600, 1200)), "image/png", thief.token());

        JsonNode flags = view(copy, admin.token()).path("moderation").path("flags");
        JsonNode duplicate = null;
        for (JsonNode flag : flags) {
            if (flag.path("detail").asText().contains("photo")) {
                duplicate = flag;
            }
        }
        assertNotNull(duplicate, flags::toString);
        assertEquals("POSSIBLE_DUPLICATE", duplicate.path("code").asText());
        assertEquals(original, duplicate.path("listingId").asText());
    }

    @Test
    void theSellersAdListCarriesThePhotos() {
        String ad = anAd(seller);
        String id = photos.uploadJpeg(ad, Pictures.jpeg(400, 300, 90), seller.token()).json().path("id").asText();

        JsonNode mine = api.get("/api/v1/me/listings").token(seller.token()).send().json().path("items");

        boolean found = false;
        for (JsonNode item : mine) {
            if (item.path("id").asText().equals(ad)) {
                assertEquals(id, item.path("photos").get(0).path("id").asText());
                found = true;
            }
        }
        assertTrue(found, mine::toString);
    }

    @Test
    void theAdminQueueSearchResultsAndConversationsCarryTheFirstPhoto() {
        String ad = anAd(seller);
        String title = "Citroën C3 photographiée " + ad.substring(0, 8);
        api.patch("/api/v1/listings/" + ad, Map.of("title", title)).token(seller.token()).send();
        String id = photos.uploadJpeg(ad, Pictures.jpeg(400, 300, 95), seller.token()).json().path("id").asText();

        JsonNode queue = api.get("/api/v1/admin/listings?status=PENDING&limit=100").token(admin.token()).send().json();
        assertTrue(containsPhoto(queue.path("items"), ad, id), "the admin queue: " + queue);

        approve(ad);
        JsonNode found = api.get("/api/v1/listings?q=" + ad.substring(0, 8) + "&limit=5").send().json();
        assertTrue(containsPhoto(found.path("items"), ad, id), "search: " + found);

        Sellers.Seller buyer = Sellers.registered(api);
        Api.Reply opened = api.post("/api/v1/listings/" + ad + "/conversations",
                Map.of("message", "Bonjour, est-elle toujours disponible ?")).token(buyer.token()).send();
        assertEquals(201, opened.status(), opened::toString);
        JsonNode inbox = api.get("/api/v1/me/conversations").token(buyer.token()).send().json();
        assertEquals("/photos/" + id + "/thumbnail.jpg", inbox.path("items").get(0).path("listing").path("photoUrl")
                .asText(), inbox::toString);
    }

    private static boolean containsPhoto(JsonNode items, String ad, String photo) {
        for (JsonNode item : items) {
            if (item.path("id").asText().equals(ad)) {
                return item.path("photos").get(0).path("id").asText().equals(photo)
                        && item.path("photos").get(0).path("thumbnailUrl").asText().endsWith("/thumbnail.jpg");
            }
        }
        return false;
    }

    private String anAd(Sellers.Seller owner) {
        Api.Reply created = api.post("/api/v1/listings", Ads.aCar()).token(owner.token()).send();
        assertEquals(201, created.status(), created::toString);
        return created.json().path("id").asText();
    }

    private void approve(String ad) {
        Api.Reply approved = api.post("/api/v1/admin/listings/" + ad + "/approve", Map.of()).token(admin.token())
                .send();
        assertEquals(200, approved.status(), approved::toString);
    }

    private JsonNode view(String ad, String token) {
        return api.get("/api/v1/listings/" + ad).token(token).send().json();
    }

    private List<String> photoIds(String ad) {
        List<String> ids = new ArrayList<>();
        view(ad, seller.token()).path("photos").forEach(p -> ids.add(p.path("id").asText()));
        return ids;
    }

    private static List<Integer> dims(HttpResponse<byte[]> file) throws IOException {
        assertEquals(200, file.statusCode());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(file.body()));
        return List.of(image.getWidth(), image.getHeight());
    }
}
