package annonces.photos;

import annonces.Api;
import annonces.Sql;
import annonces.accounts.Caller;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static annonces.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What happens to photos over time: the hourly allowance, uploads abandoned by a dead instance, ads past
 * their retention, erased accounts. The scheduled sweeper is off here; the tests run its steps themselves.
 */
@MicronautTest(transactional = false)
@Property(name = "annonces.photos.uploads-per-hour", value = "3")
@Property(name = "annonces.photos.retention", value = "0s")
@Property(name = "annonces.photos.sweeper.enabled", value = "false")
class PhotoLifecycleIT {

    @Inject
    EmbeddedServer server;
    @Inject
    DataSource dataSource;
    @Inject
    PhotoStore store;
    @Inject
    PhotoLedger ledger;
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
    void aSellerOverTheHourlyUploadAllowanceIsToldWhenToComeBackAndDeletingGivesNoUploadBack() {
        String one = anAd();
        String other = anAd();
        String first = photos.uploadJpeg(one, Pictures.jpeg(300, 200, 1), seller.token()).json().path("id").asText();
        photos.uploadJpeg(other, Pictures.jpeg(300, 200, 2), seller.token());
        photos.uploadJpeg(other, Pictures.jpeg(300, 200, 3), seller.token());
        photos.delete(one, first, seller.token());

        Api.Reply fourth = photos.uploadJpeg(one, Pictures.jpeg(300, 200, 4), seller.token());

        assertProblem(fourth, 429);
        assertTrue(fourth.json().path("detail").asText().contains("At most 3 photo uploads an hour"), fourth::toString);
        assertTrue(fourth.header("Retry-After").isPresent(), fourth::toString);
        Sellers.Seller another = Sellers.registered(api);
        String theirs = api.post("/api/v1/listings", Ads.aCar()).token(another.token()).send().json().path("id").asText();
        assertEquals(201, photos.uploadJpeg(theirs, Pictures.jpeg(300, 200, 5), another.token()).status(),
                "another seller has its own allowance");
    }

    @Test
    void anUploadAbandonedByADeadInstanceIsSweptWithWhateverBytesItStored() {
        String ad = anAd();
        UUID id = UUID.randomUUID();
        Instant longAgo = Instant.now().minus(2, ChronoUnit.HOURS);
        sql.update("INSERT INTO photo (id, listing_id, seller_id, status, position, width, height, dhash, created_at,"
                + " changed_at) VALUES (?::uuid, ?::uuid, ?::uuid, 'UPLOADING', 2147483647, 320, 240, 0, ?, ?)",
                id.toString(), ad, seller.id(), Timestamp.from(longAgo), Timestamp.from(longAgo));
        store.put(id + "/large.jpg", new byte[] {1, 2, 3});
        UUID recent = ledger.reserve(new Caller(UUID.fromString(seller.id()), false), ad,
                new Intake.Prepared(Map.of(), 320, 240, 0L)).id();

        sweepAll();

        assertEquals(0L, sql.one("SELECT count(*) FROM photo WHERE id = ?::uuid", id.toString()));
        assertTrue(store.get(id + "/large.jpg").isEmpty());
        assertEquals(1L, sql.one("SELECT count(*) FROM photo WHERE id = ?::uuid", recent.toString()),
                "an upload in progress on a live instance is left alone");
    }

    @Test
    void aSoldAdsPhotosGoOnceItsRetentionIsOverAndItsListIsEmptiedFirst() {
        String ad = anAd();
        String photo = photos.uploadJpeg(ad, Pictures.jpeg(300, 200, 6), seller.token()).json().path("id").asText();
        assertEquals(200, api.post("/api/v1/admin/listings/" + ad + "/approve", Map.of()).token(admin.token()).send()
                .status());
        assertEquals(200, api.post("/api/v1/listings/" + ad + "/sold", Map.of()).token(seller.token()).send().status());

        sweeper.retire();

        assertEquals(0, api.get("/api/v1/listings/" + ad).token(seller.token()).send().json().path("photos").size());
        sweepAll();
        assertEquals(0L, sql.one("SELECT count(*) FROM photo_blob WHERE key LIKE ?", photo + "/%"));
        assertEquals(0L, sql.one("SELECT count(*) FROM photo WHERE id = ?::uuid", photo));
    }

    @Test
    void aPublishedAdKeepsItsPhotosWhateverTheRetention() {
        String ad = anAd();
        photos.uploadJpeg(ad, Pictures.jpeg(300, 200, 7), seller.token());
        api.post("/api/v1/admin/listings/" + ad + "/approve", Map.of()).token(admin.token()).send();

        sweeper.retire();
        sweepAll();

        assertEquals(1, api.get("/api/v1/listings/" + ad).send().json().path("photos").size());
    }

    @Test
    void anErasedAccountsPhotosAreDeletedAtOnce() {
        String ad = anAd();
        String photo = photos.uploadJpeg(ad, Pictures.jpeg(300, 200, 8), seller.token()).json().path("id").asText();

        assertEquals(204, api.delete("/api/v1/me").token(seller.token()).send().status());

        assertEquals("DELETED", sql.one("SELECT status FROM photo WHERE id = ?::uuid", photo));
        assertEquals(0, api.get("/api/v1/listings/" + ad).token(admin.token()).send().json().path("photos").size());
        sweepAll();
        assertEquals(0L, sql.one("SELECT count(*) FROM photo_blob WHERE key LIKE ?", photo + "/%"));
    }

    private void sweepAll() {
        while (sweeper.sweep() > 0) {
            // every batch
        }
    }

    private String anAd() {
        Api.Reply created = api.post("/api/v1/listings", Ads.aCar()).token(seller.token()).send();
        assertEquals(201, created.status(), created::toString);
        return created.json().path("id").asText();
    }
}
