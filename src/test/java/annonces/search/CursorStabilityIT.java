package annonces.search;

import annonces.Api;
import annonces.accounts.Sellers;
import annonces.listings.Ads;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Paging through a search while other sellers keep publishing: every ad that was there when paging began is
 * seen exactly once, whatever the sort. Saint-Barthélemy (97133) keeps this test's ads apart from the others.
 */
@MicronautTest(transactional = false)
@Property(name = "annonces.moderation.pre-publication", value = "false")
class CursorStabilityIT {

    @Inject
    EmbeddedServer server;

    @ParameterizedTest
    @ValueSource(strings = {"newest", "price_asc", "price_desc"})
    void pagingNeitherRepeatsNorSkipsWhileAdsArePublished(String sort) throws Exception {
        Api api = new Api(server);
        Sellers.Seller seller = Sellers.registered(api);
        Set<String> before = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            before.add(publish(api, seller, i * 997 % 5000 + 100).path("id").asText());
        }
        Set<String> present = new HashSet<>();
        String all = null;
        do {
            Page page = ids(api, "postcode=97133&limit=100&sort=" + sort, all);
            present.addAll(page.items);
            all = page.next;
        } while (all != null);
        assertTrue(present.containsAll(before));

        // The first page fixes the set; the publisher starts right after it.
        Page first = ids(api, "postcode=97133&limit=3&sort=" + sort, null);
        List<String> seen = new ArrayList<>(first.items);
        AtomicBoolean paging = new AtomicBoolean(true);
        ExecutorService publisher = Executors.newSingleThreadExecutor();
        Future<Integer> published = publisher.submit(() -> {
            int n = 0;
            while (paging.get() && n < 200) {
                publish(api, seller, (n * 7919) % 5000 + 100);
                n++;
            }
            return n;
        });
        try {
            String cursor = first.next;
            while (cursor != null) {
                Page page = ids(api, "postcode=97133&limit=3&sort=" + sort, cursor);
                seen.addAll(page.items);
                cursor = page.next;
                Thread.sleep(20); // let the publisher interleave
            }
            paging.set(false);
            assertTrue(published.get(30, TimeUnit.SECONDS) > 0, "ads were published while paging");
            assertEquals(seen.size(), new HashSet<>(seen).size(), "an ad was repeated");
            assertEquals(present, new HashSet<>(seen), "an ad was skipped, or a new one slipped in mid-way");
        } finally {
            paging.set(false);
            publisher.shutdownNow();
        }
    }

    private record Page(List<String> items, String next) {
    }

    private static Page ids(Api api, String query, String cursor) {
        Api.Reply reply = api.get("/api/v1/listings?" + query + (cursor == null ? "" : "&cursor=" + cursor)).send();
        assertEquals(200, reply.status(), reply::toString);
        List<String> ids = new ArrayList<>();
        reply.json().path("items").forEach(i -> ids.add(i.path("id").asText()));
        JsonNode next = reply.json().path("nextCursor");
        return new Page(ids, next.isNull() ? null : next.asText());
    }

    private static JsonNode publish(Api api, Sellers.Seller seller, long price) {
        ObjectNode ad = Ads.aTable();
        ((ObjectNode) ad.get("location")).put("postcode", "97133").put("city", "Saint-Barthélemy");
        ad.put("priceCents", price);
        Api.Reply reply = api.post("/api/v1/listings", ad).token(seller.token()).send();
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    @Test
    void aCursorReadsTheAdsPublishedUpToItsFirstPage() {
        Api api = new Api(server);
        Sellers.Seller seller = Sellers.registered(api);
        publish(api, seller, 1);
        publish(api, seller, 2);
        Page first = ids(api, "postcode=97133&limit=1&sort=price_asc", null);
        publish(api, seller, 0); // cheaper than everything, published after the first page
        List<String> rest = new ArrayList<>();
        String cursor = first.next;
        while (cursor != null) {
            Page page = ids(api, "postcode=97133&limit=50&sort=price_asc", cursor);
            rest.addAll(page.items);
            cursor = page.next;
        }
        assertTrue(rest.stream().noneMatch(first.items::contains));
    }
}
