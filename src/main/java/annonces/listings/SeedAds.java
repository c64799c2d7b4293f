package annonces.listings;

import annonces.accounts.Account;
import annonces.accounts.Accounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code ANNONCES_SEED=true}: loads the ads of the news page ({@code seeds/listings.json}) as ads of a demo
 * seller, each once, whatever the number of restarts or of instances starting together. Each seed goes
 * through the same rules as the API; the one exception is a PENDING seed whose price is missing.
 */
@Singleton
@Requires(property = "annonces.seed", value = "true")
public class SeedAds {

    static final String DEMO_SELLER_EMAIL = "vendeur.demo@annonces.example";
    private static final String DEMO_SELLER_NAME = "Petites Annonces (démo)";
    private static final Logger LOG = LoggerFactory.getLogger(SeedAds.class);

    private final Accounts accounts;
    private final Listings listings;
    private final ListingRepository listingRepository;
    private final SeedListingRepository seeds;
    private final ListingContentRules rules;
    private final ObjectMapper json;
    private final ApplicationEventPublisher<ListingMoved> events;
    private final ApplicationEventPublisher<SeedAdsLoaded> loadedEvents;
    private final Clock clock;

    SeedAds(Accounts accounts, Listings listings, ListingRepository listingRepository, SeedListingRepository seeds,
            ListingContentRules rules, ObjectMapper json, ApplicationEventPublisher<ListingMoved> events,
            ApplicationEventPublisher<SeedAdsLoaded> loadedEvents, Clock clock) {
        this.accounts = accounts;
        this.listings = listings;
        this.listingRepository = listingRepository;
        this.seeds = seeds;
        this.rules = rules;
        this.json = json;
        this.events = events;
        this.loadedEvents = loadedEvents;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int loaded = load();
        LOG.info("Seed ads: {} loaded now", loaded);
        List<UUID> all = new ArrayList<>();
        seeds.findAll().forEach(s -> all.add(s.listingId()));
        loadedEvents.publishEvent(new SeedAdsLoaded(accounts.demoSeller(DEMO_SELLER_EMAIL, DEMO_SELLER_NAME).id(), all));
    }

    /** @return how many seed ads this call loaded (0 when all were there already) */
    @Transactional
    public int load() {
        seeds.lockSeeding();
        JsonNode all = read();
        Account seller = accounts.demoSeller(DEMO_SELLER_EMAIL, DEMO_SELLER_NAME);
        int loaded = 0;
        // The file lists the ads as the news page shows them, newest first: each is dated a second before
        // the one above it, so the block shows them in the page's order.
        Instant start = clock.instant();
        int position = 0;
        for (JsonNode node : all) {
            Instant now = start.minusSeconds(position++);
            ObjectNode seed = node.deepCopy();
            String key = seed.remove("key").asText();
            ListingStatus status = ListingStatus.valueOf(seed.remove("status").asText("PUBLISHED"));
            if (seeds.existsById(key)) {
                continue;
            }
            ListingDraft draft;
            try {
                draft = json.treeToValue(seed, ListingDraft.class);
            } catch (IOException e) {
                throw new IllegalStateException("Seed " + key + " does not bind", e);
            }
            ListingContent content = rules.validate(draft, status == ListingStatus.PENDING);
            Listing listing = listingRepository.save(
                    listings.newListing(UUID.randomUUID(), seller.id(), content, status, now));
            seeds.save(new SeedListing(key, listing.id()));
            // Seeds are ads like any other for the audit trail and the automatic flags (the 0 € Renault).
            events.publishEvent(new ListingMoved(now, null, listing.id(), seller.id(), "CREATE", null,
                    listing.status(), null));
            loaded++;
        }
        return loaded;
    }

    private JsonNode read() {
        try (InputStream in = SeedAds.class.getResourceAsStream("/seeds/listings.json")) {
            if (in == null) {
                throw new IllegalStateException("seeds/listings.json is not on the classpath");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
