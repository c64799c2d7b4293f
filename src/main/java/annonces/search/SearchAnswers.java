package annonces.search;

import annonces.listings.PublicListingsChanged;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Search answers, as the JSON bytes sent, kept in memory until an ad readers can see changes. The news site
 * sends its readers to the same few searches (a category, a town, "maison"), and a classifieds site changes
 * a few times a minute: most searches are answered here without a query, on the event loop.
 *
 * <p>Any change to a public ad can change any search, so answers carry the generation they were computed in
 * and every change moves the generation on. An answer is computed inside the cache's per-key computation,
 * which also makes concurrent misses of one search wait for a single query: an answer that read the
 * database before a change is stored under the generation before it, and is never served after it. Changes
 * arrive from this instance's commits at once and from every instance through listings' notifications;
 * {@link SearchCacheSettings#ttl()} bounds what a lagging replica could make stale.
 */
@Singleton
class SearchAnswers {

    /** One answer: the JSON bytes and the generation they were computed in. */
    record Answer(byte[] json, long generation) {
    }

    private final boolean enabled;
    private final Cache<String, Answer> cache;
    private final AtomicLong generation = new AtomicLong();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final BeanProvider<ExecutorService> blocking;

    /** The blocking pool is looked up on first use: metrics instrument it, and they read this cache. */
    SearchAnswers(SearchCacheSettings settings, @Named(TaskExecutors.BLOCKING) BeanProvider<ExecutorService> blocking,
                  MeterRegistry meters) {
        this.enabled = settings.enabled();
        this.cache = Caffeine.newBuilder().maximumWeight(settings.maxBytes())
                .weigher((String key, Answer answer) -> key.length() + answer.json().length)
                .expireAfterWrite(settings.ttl()).build();
        this.blocking = blocking;
        FunctionCounter.builder("annonces.search.cache", hits, LongAdder::sum)
                .description("Searches answered from memory (hit) or by a query (miss)").tag("result", "hit").register(meters);
        FunctionCounter.builder("annonces.search.cache", misses, LongAdder::sum)
                .description("Searches answered from memory (hit) or by a query (miss)").tag("result", "miss").register(meters);
    }

    /**
     * The answer to the search of this key: a current one on the calling thread (the event loop), else
     * {@code search} on the blocking pool. An exception of {@code search} (a bad cursor) completes the future.
     */
    CompletableFuture<byte[]> answer(String key, Supplier<byte[]> search) {
        if (!enabled) {
            misses.increment();
            return CompletableFuture.supplyAsync(search, blocking.get());
        }
        Answer cached = cache.getIfPresent(key);
        if (cached != null && cached.generation() == generation.get()) {
            hits.increment();
            return CompletableFuture.completedFuture(cached.json());
        }
        return CompletableFuture.supplyAsync(() -> compute(key, search).json(), blocking.get());
    }

    private Answer compute(String key, Supplier<byte[]> search) {
        return cache.asMap().compute(key, (k, old) -> {
            long current = generation.get();
            if (old != null && old.generation() == current) {
                hits.increment();
                return old;
            }
            misses.increment();
            return new Answer(search.get(), current);
        });
    }

    @EventListener
    void changed(PublicListingsChanged change) {
        generation.incrementAndGet();
    }
}
