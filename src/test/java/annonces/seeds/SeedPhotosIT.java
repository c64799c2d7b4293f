package annonces.seeds;

import annonces.Api;
import annonces.Eventually;
import annonces.Sql;
import annonces.listings.Category;
import annonces.listings.Listing;
import annonces.listings.ListingPhoto;
import annonces.listings.ListingPhotos;
import annonces.listings.ListingRepository;
import annonces.listings.ListingStatus;
import annonces.listings.SeedAdsLoaded;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quick start shows thumbnails: each seed ad gets its drawn pictures, once, without a new review. */
@MicronautTest(transactional = false)
@Property(name = "annonces.seed", value = "true")
class SeedPhotosIT {

    @Inject
    EmbeddedServer server;
    @Inject
    ListingRepository listings;
    @Inject
    ListingPhotos photoLists;
    @Inject
    SeedPhotos seedPhotos;
    @Inject
    DataSource dataSource;

    @Test
    void everyPublishedSeedAdShowsItsPicturesToAnyoneAndStaysPublished() {
        Eventually.until(() -> seedAds().stream().allMatch(l -> !photoLists.of(l).isEmpty()), "every seed ad has photos");
        Api api = new Api(server);
        for (Listing ad : seedAds()) {
            List<ListingPhoto> photos = photoLists.of(ad);
            assertEquals(ad.category() == Category.GOODS ? 1 : 2, photos.size(), ad::title);
            assertEquals(1600, photos.get(0).width(), ad::title);
            assertEquals(1200, photos.get(0).height(), ad::title);
            if (ad.status() == ListingStatus.PUBLISHED) {
                Api.Reply thumbnail = api.get(photos.get(0).url("thumbnail")).send();
                assertEquals(200, thumbnail.status(), ad::title);
                assertTrue(thumbnail.contentType().startsWith("image/jpeg"), ad::title);
            }
        }
        assertTrue(seedAds().stream().filter(l -> l.status() == ListingStatus.PUBLISHED).count() >= 10,
                "the seeds stay published");
    }

    @Test
    void seedingTheSameAdsAgainAddsNoPicture() {
        Eventually.until(() -> seedAds().stream().allMatch(l -> !photoLists.of(l).isEmpty()), "every seed ad has photos");
        Listing first = seedAds().get(0);
        int before = photoLists.of(first).size();

        seedPhotos.onSeedAdsLoaded(new SeedAdsLoaded(first.sellerId(), List.of(first.id())));

        assertEquals(before, photoLists.of(listings.findById(first.id()).orElseThrow()).size());
    }

    private List<Listing> seedAds() {
        return new Sql(dataSource).column("SELECT listing_id FROM seed_listing ORDER BY key").stream()
                .map(id -> listings.findById((UUID) id).orElseThrow()).toList();
    }
}
