package annonces.listings;

import annonces.Api;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quick start's seed ads: the twelve ads of the news page, loaded once. */
@MicronautTest(transactional = false)
@Property(name = "annonces.seed", value = "true")
class SeedAdsIT {

    @Inject
    EmbeddedServer server;
    @Inject
    SeedAds seedAds;
    @Inject
    SeedListingRepository seeds;
    @Inject
    ListingRepository listings;

    @Test
    void theTwelveAdsOfTheNewsPageAreLoadedOnceWhateverTheRestarts() {
        assertEquals(12, seeds.count());
        assertEquals(0, seedAds.load(), "a second load adds nothing");
        assertEquals(12, seeds.count());
    }

    @Test
    void theSeedAdsKeepTheTitlesPlacesAndPricesOfThePage() {
        Map<String, Listing> byTitle = StreamSupport.stream(seeds.findAll().spliterator(), false)
                .map(s -> listings.findById(s.listingId()).orElseThrow())
                .collect(Collectors.toMap(Listing::title, l -> l));

        Listing viager = byTitle.get("viager en Ardèche");
        assertEquals("07690", viager.postcode());
        assertEquals("Villevocance", viager.city());
        assertEquals(6_000_000, viager.priceCents());

        Listing corsa = byTitle.get("Opel Corsa électrique");
        assertEquals(1_620_000, corsa.priceCents());
        assertEquals("50610", corsa.postcode());

        Listing aquarelle = byTitle.get("Aquarelle peinture de la collection, 2000, 94x74cm");
        Listing other = byTitle.get("Peinture de collection aquarelle, 1999, 94 x 74 cm");
        assertTrue((aquarelle.moderationFlags() + other.moderationFlags()).contains("POSSIBLE_DUPLICATE"),
                "the seed page's two aquarelles are flagged as duplicates");
        assertEquals("75012", aquarelle.postcode());
        assertEquals("Paris 12e Arrondissement", aquarelle.city());

        assertEquals(List.of(4L, 4L, 4L), List.of(count(byTitle, Category.REAL_ESTATE),
                count(byTitle, Category.VEHICLES), count(byTitle, Category.GOODS)));
    }

    @Test
    void theRoyanAdHasACleanTitleAndItsOwnDescription() {
        Listing royan = StreamSupport.stream(listings.findAll().spliterator(), false)
                .filter(l -> l.postcode().equals("17200") && l.sellerId().equals(demoSeller())).findFirst().orElseThrow();
        assertEquals("Location Maison Neuve Meublée ROYAN", royan.title());
        assertTrue(royan.description().contains("garage"), royan.description());
        assertTrue(!royan.title().contains("  ") && !royan.description().contains("  "));
        assertEquals(95_000, royan.priceCents());
    }

    @Test
    void theRenaultShownAtZeroEurosWaitsAsPendingInsteadOfBreakingThePriceRule() {
        Listing captur = StreamSupport.stream(listings.findAll().spliterator(), false)
                .filter(l -> l.title().equals("renault captur techno full hybride etech 145")).findFirst().orElseThrow();
        assertEquals(ListingStatus.PENDING, captur.status());
        assertEquals(0, captur.priceCents());
        assertTrue(captur.moderationFlags().contains("PRICE_MISSING"), captur.moderationFlags());
        StreamSupport.stream(seeds.findAll().spliterator(), false)
                .map(seed -> listings.findById(seed.listingId()).orElseThrow())
                .filter(l -> l.priceCents() > 0 || l.category() == Category.GOODS)
                .forEach(l -> assertTrue(!l.moderationFlags().contains("PRICE_MISSING"), l.title()));
    }

    @Test
    void publishedSeedAdsAreReadableByAnyone() {
        Api api = new Api(server);
        seeds.findAll().forEach(seed -> {
            Listing listing = listings.findById(seed.listingId()).orElseThrow();
            int expected = listing.status() == ListingStatus.PUBLISHED ? 200 : 404;
            assertEquals(expected, api.get("/api/v1/listings/" + listing.id()).send().status(), listing.title());
        });
    }

    private java.util.UUID demoSeller() {
        return listings.findById(seeds.findAll().iterator().next().listingId()).orElseThrow().sellerId();
    }

    private static long count(Map<String, Listing> byTitle, Category category) {
        return byTitle.values().stream().filter(l -> l.category() == category).count();
    }
}
