package annonces.listings;

import annonces.system.RawJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;

/**
 * An ad's public JSON ({@link ListingView} for an anonymous reader), rendered once and reused while its row
 * stays the same. Searches show the same ads again and again (the newest ones are on every newest-first
 * page), and rendering an ad (its attributes parsed into their typed form, every field written by Jackson)
 * was half of the JVM's work for a page of search results.
 *
 * <p>This is not a cache of answers: every search still reads its rows from PostgreSQL. A kept rendering is
 * used only when the row just read equals, column for column, the one it was rendered from; a change by any
 * writer (the service, another instance, a script that does not touch {@code version}) is rendered anew.
 */
@Singleton
public class PublicListingJson {

    /**
     * Bytes of JSON kept in all, the least used ads leaving first. A generated ad's JSON is 770 (goods) to 1,300
     * (property) bytes, 1,000 on average: some 16,000 ads. With the row and the string kept beside the bytes,
     * an estimated 3 to 4 KB of heap an ad, 50 to 60 MB in all (estimated from the sizes, not measured).
     */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private final Cache<UUID, Rendered> rendered = Caffeine.newBuilder().maximumWeight(MAX_BYTES)
            .weigher((UUID id, Rendered r) -> r.json().size()).build();
    private final ListingViews views;
    private final ObjectMapper json;
    private final LongAdder reused = new LongAdder();
    private final LongAdder renders = new LongAdder();

    private record Rendered(Listing listing, RawJson json) {
    }

    PublicListingJson(ListingViews views, ObjectMapper json, MeterRegistry meters) {
        this.views = views;
        this.json = json;
        String description = "Ads' public JSON reused because their row had not changed (hit), or rendered (miss)";
        FunctionCounter.builder("annonces.listings.rendered", reused, LongAdder::sum)
                .description(description).tag("result", "hit").register(meters);
        FunctionCounter.builder("annonces.listings.rendered", renders, LongAdder::sum)
                .description(description).tag("result", "miss").register(meters);
    }

    /** The public JSON of this row: the kept one if it was rendered from an equal row, else rendered now. */
    public RawJson of(Listing listing) {
        Rendered kept = rendered.getIfPresent(listing.id());
        if (kept != null && kept.listing().equals(listing)) {
            reused.increment();
            return kept.json();
        }
        renders.increment();
        RawJson fresh = render(listing);
        rendered.put(listing.id(), new Rendered(listing, fresh));
        return fresh;
    }

    private RawJson render(Listing listing) {
        try {
            return new RawJson(json.writeValueAsString(views.of(listing, Optional.empty())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
