package annonces.system;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerationCacheTest {

    private final GenerationCache<String> cache = new GenerationCache<>(100, value -> 1, null);
    private final AtomicInteger reads = new AtomicInteger();

    private String read() {
        return "v" + reads.incrementAndGet();
    }

    @Test
    void aValueIsKeptUntilTheGenerationMovesOn() {
        assertNull(cache.current("k"));
        assertEquals("v1", cache.compute("k", this::read));
        assertEquals("v1", cache.current("k"));
        assertEquals("v1", cache.compute("k", this::read), "computed again only when stale");

        cache.advance();

        assertNull(cache.current("k"));
        assertEquals("v2", cache.compute("k", this::read));
        assertEquals(2, cache.computed());
        assertEquals(2, cache.hits());
    }

    @Test
    void aKeptValueIsAnsweredOnTheCallingThreadAndAMissOnTheExecutor() throws Exception {
        List<Runnable> submitted = new ArrayList<>();
        CompletableFuture<String> miss = cache.get("k", this::read, () -> submitted::add);
        assertFalse(miss.isDone());
        assertEquals(1, submitted.size());
        submitted.get(0).run();
        assertEquals("v1", miss.get());

        CompletableFuture<String> hit = cache.get("k", this::read, () -> {
            throw new AssertionError("a kept value needs no executor");
        });
        assertTrue(hit.isDone());
        assertEquals("v1", hit.get());
    }

    @Test
    void aValueComputedWhileTheDataChangedIsNeverServedAfterTheChange() {
        assertEquals("v1", cache.compute("k", () -> {
            String read = read();
            cache.advance(); // a change commits after the read, before the value is kept
            return read;
        }));
        assertNull(cache.current("k"));
        assertEquals("v2", cache.compute("k", this::read));
    }

    @Test
    void nothingIsKeptForNull() {
        assertNull(cache.compute("k", () -> null));
        assertNull(cache.current("k"));
        assertEquals("v1", cache.compute("k", this::read));
    }

    /** Starts computing "k" on another thread, and returns once the computation has begun; it ends on release. */
    private CompletableFuture<String> computingUntil(CountDownLatch release) throws InterruptedException {
        CountDownLatch computing = new CountDownLatch(1);
        CompletableFuture<String> computation = CompletableFuture.supplyAsync(() -> cache.compute("k", () -> {
            computing.countDown();
            try {
                assertTrue(release.await(5, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return read();
        }));
        assertTrue(computing.await(5, TimeUnit.SECONDS));
        return computation;
    }

    @Test
    void concurrentMissesOfOneKeyWaitForASingleComputation() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = computingUntil(release);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> cache.compute("k", this::read));
        Thread.sleep(50);
        assertFalse(second.isDone(), "the second miss waits for the first computation");

        release.countDown();
        assertEquals("v1", first.get(5, TimeUnit.SECONDS));
        assertEquals("v1", second.get(5, TimeUnit.SECONDS), "and takes its value instead of computing its own");
        assertEquals(1, cache.computed());
    }

    @Test
    void anEvictionWaitsForTheComputationInProgressAndDropsItsValue() throws Exception {
        CountDownLatch changed = new CountDownLatch(1);
        CompletableFuture<String> computing = computingUntil(changed);
        CompletableFuture<Void> eviction = CompletableFuture.runAsync(() -> cache.evict("k"));
        Thread.sleep(50);
        assertFalse(eviction.isDone(), "the eviction waits for the value read before the change");

        changed.countDown();
        assertEquals("v1", computing.get(5, TimeUnit.SECONDS));
        eviction.get(5, TimeUnit.SECONDS);

        assertNull(cache.current("k"), "the value read before the change is gone with it");
    }
}
