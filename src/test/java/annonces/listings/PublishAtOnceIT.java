package annonces.listings;

import annonces.Api;
import annonces.accounts.Sellers;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static annonces.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A site without moderators: {@code annonces.moderation.pre-publication=false} publishes at once. */
@MicronautTest(transactional = false)
@Property(name = "annonces.moderation.pre-publication", value = "false")
class PublishAtOnceIT {

    @Inject
    EmbeddedServer server;
    @Inject
    ListingRepository listings;
    Api api;
    Sellers.Seller seller;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        seller = Sellers.registered(api);
    }

    @Test
    void aNewAdIsPublishedForTheConfiguredLifetime() {
        JsonNode ad = create().json();

        assertEquals("PUBLISHED", ad.path("status").asText());
        Instant published = Instant.parse(ad.path("publishedAt").asText());
        Instant expires = Instant.parse(ad.path("expiresAt").asText());
        assertEquals(Duration.ofDays(60), Duration.between(published, expires));
    }

    @Test
    void anyoneReadsAPublishedAdButNotItsModerationDetails() {
        String id = create().json().path("id").asText();

        Api.Reply reply = api.get("/api/v1/listings/" + id).send();

        assertEquals(200, reply.status());
        assertEquals("\"0\"", reply.header("ETag").orElseThrow());
        assertTrue(reply.json().path("moderation").isMissingNode(), reply::toString);
    }

    @Test
    void anEditedAdStaysPublished() {
        String id = create().json().path("id").asText();
        Api.Reply edited = api.patch("/api/v1/listings/" + id, Map.of("title", "Peugeot 208 GT Line 2019, 1re main"))
                .token(seller.token()).send();
        assertEquals("PUBLISHED", edited.json().path("status").asText());
    }

    @Test
    void aSoldAdLeavesThePublicViewsAndIsFinal() {
        String id = create().json().path("id").asText();

        Api.Reply sold = api.post("/api/v1/listings/" + id + "/sold", Map.of()).token(seller.token()).send();

        assertEquals(200, sold.status(), sold::toString);
        assertEquals("SOLD", sold.json().path("status").asText());
        assertProblem(api.get("/api/v1/listings/" + id).send(), 404);
        assertProblem(api.post("/api/v1/listings/" + id + "/renew", Map.of()).token(seller.token()).send(), 409);
    }

    @Test
    void renewingAnExpiredAdPublishesItAgainForAFullLifetime() {
        String id = create().json().path("id").asText();
        Listing stored = listings.findById(UUID.fromString(id)).orElseThrow();
        listings.update(stored.withStatus(ListingStatus.EXPIRED, Instant.now()));
        assertProblem(api.get("/api/v1/listings/" + id).send(), 404);

        Api.Reply renewed = api.post("/api/v1/listings/" + id + "/renew", Map.of()).token(seller.token()).send();

        assertEquals(200, renewed.status(), renewed::toString);
        assertEquals("PUBLISHED", renewed.json().path("status").asText());
        Instant expires = Instant.parse(renewed.json().path("expiresAt").asText());
        assertTrue(expires.isAfter(Instant.now().plus(Duration.ofDays(59))), expires::toString);
        assertEquals(200, api.get("/api/v1/listings/" + id).send().status());
    }

    @Test
    void renewingAPublishedAdNeverShortensIt() {
        JsonNode ad = create().json();
        Instant before = Instant.parse(ad.path("expiresAt").asText());

        Api.Reply renewed = api.post("/api/v1/listings/" + ad.path("id").asText() + "/renew", Map.of())
                .token(seller.token()).send();

        assertEquals(200, renewed.status());
        assertTrue(!Instant.parse(renewed.json().path("expiresAt").asText()).isBefore(before));
    }

    private Api.Reply create() {
        Api.Reply reply = api.post("/api/v1/listings", Ads.aCar()).token(seller.token()).send();
        assertEquals(201, reply.status(), reply::toString);
        return reply;
    }
}
