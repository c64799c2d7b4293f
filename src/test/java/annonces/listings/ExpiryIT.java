package annonces.listings;

import annonces.accounts.Sellers;
import annonces.Api;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of the service on one database run the expiry job at the same moment: every ad past its
 * lifetime expires once, and the audit trail says so once.
 */
class ExpiryIT {

    private static final Map<String, Object> SETTINGS = Map.of("annonces.moderation.pre-publication", "false",
            "annonces.listings.expiry.enabled", "false");

    private EmbeddedServer first;
    private EmbeddedServer second;

    @BeforeEach
    void startTwoInstances() {
        first = ApplicationContext.run(EmbeddedServer.class, SETTINGS, "test");
        second = ApplicationContext.run(EmbeddedServer.class, SETTINGS, "test");
    }

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    @Test
    void twoInstancesExpireEachAdExactlyOnce() throws Exception {
        Api api = new Api(first);
        Sellers.Seller seller = Sellers.registered(api);
        ListingRepository repository = first.getApplicationContext().getBean(ListingRepository.class);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UUID id = UUID.fromString(api.post("/api/v1/listings", Ads.aTable()).token(seller.token()).send()
                    .json().path("id").asText());
            Listing listing = repository.findById(id).orElseThrow();
            repository.update(listing.published(listing.publishedAt(), Instant.now().minusSeconds(60)));
            ids.add(id);
        }

        Listings onFirst = first.getApplicationContext().getBean(Listings.class);
        Listings onSecond = second.getApplicationContext().getBean(Listings.class);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> runs = new ArrayList<>();
            for (Listings instance : List.of(onFirst, onSecond)) {
                runs.add(() -> {
                    together.await();
                    // Until none of ours is due: a call that finds the other instance holding the lock
                    // expires nothing, so a fixed number of calls can fall short on a busy machine.
                    int total = 0;
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while (System.nanoTime() < deadline && ids.stream().anyMatch(id ->
                            repository.findById(id).orElseThrow().status() == ListingStatus.PUBLISHED)) {
                        total += instance.expireDue(7);
                    }
                    return total;
                });
            }
            int expired = 0;
            for (Future<Integer> run : pool.invokeAll(runs)) {
                expired += run.get();
            }
            long ours = ids.stream().filter(id -> repository.findById(id).orElseThrow().status() == ListingStatus.EXPIRED).count();
            assertEquals(40, ours, "every due ad expired");
            assertTrue(expired >= 40, "the two instances' counts add up to at least ours: " + expired);
        } finally {
            pool.shutdownNow();
        }

        Sellers.Seller admin = Sellers.admin(api);
        for (UUID id : ids) {
            assertEquals(1, api.get("/api/v1/admin/audit?listing=" + id + "&action=EXPIRE").token(admin.token()).send()
                    .json().path("items").size(), "one EXPIRE event for " + id);
        }
    }
}
