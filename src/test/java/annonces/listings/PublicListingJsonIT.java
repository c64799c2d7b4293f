package annonces.listings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** An ad's public JSON is rendered once and reused only while its row is the same, column for column. */
@MicronautTest(transactional = false)
class PublicListingJsonIT {

    @Inject
    PublicListingJson publicJson;
    @Inject
    ListingViews views;
    @Inject
    ListingRepository listings;
    @Inject
    ObjectMapper json;
    @Inject
    MeterRegistry meters;

    @Test
    void theKeptRenderingIsTheViewAndServesEqualRowsOnly() throws Exception {
        Listing ad = listings.findAll().iterator().next();
        JsonNode expected = json.readTree(json.writeValueAsString(views.of(ad, Optional.empty())));
        double hits = rendered("hit");

        var first = publicJson.of(ad);
        assertEquals(expected, json.readTree(first.json()));
        assertSame(first, publicJson.of(copy(ad, ad.title(), ad.updatedAt())), "an equal row reuses the rendering");
        assertEquals(hits + 1, rendered("hit"));

        // a writer that changes a column without touching version or updated_at (a script) is seen all the same
        var retitled = publicJson.of(copy(ad, "Guéridon Louis-Philippe", ad.updatedAt()));
        assertNotSame(first, retitled);
        assertEquals("Guéridon Louis-Philippe", json.readTree(retitled.json()).path("title").asText());
        var touched = publicJson.of(copy(ad, "Guéridon Louis-Philippe", Instant.parse("2026-01-02T03:04:05Z")));
        assertEquals("2026-01-02T03:04:05Z", json.readTree(touched.json()).path("updatedAt").asText());
        assertEquals(expected, json.readTree(publicJson.of(ad).json()), "the original row renders as before");
    }

    private double rendered(String result) {
        return meters.get("annonces.listings.rendered").tag("result", result).functionCounter().count();
    }

    private static Listing copy(Listing l, String title, Instant updatedAt) {
        return new Listing(l.id(), l.sellerId(), l.category(), l.subcategory(), title, l.description(), l.priceCents(),
                l.postcode(), l.city(), l.inseeCode(), l.departmentCode(), l.regionCode(), l.attributes(), l.photos(),
                l.status(),
                l.moderationFlags(), l.moderationReason(), l.createdAt(), updatedAt, l.publishedAt(), l.expiresAt(),
                l.version());
    }
}
