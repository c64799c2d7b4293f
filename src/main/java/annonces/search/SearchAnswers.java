package annonces.search;

import annonces.listings.PublicListingsChanged;
import annonces.system.GenerationCache;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Search answers, as the JSON bytes sent, kept in memory until an ad readers can see changes. The news site
 * sends its readers to the same few searches (a category, a town, "maison"), and a classifieds site changes
 * a few times a minute: most searches are answered here without a query, on the event loop.
 *
 * <p>Any change to a public ad can change any search, so every change makes every answer stale
 * ({@link GenerationCache}: no answer computed before a change is served after it, and concurrent misses
 * of one search wait for a single query). Changes arrive from this instance's commits at once and from every
 * instance through listings' notifications; {@link SearchCacheSettings#ttl()} bounds what a lagging replica
 * could make stale.
 */
@Singleton
class SearchAnswers {

    private final GenerationCache<byte[]> answers;
    private final boolean enabled;
    private final LongAdder unkept = new LongAdder();
    private final BeanProvider<ExecutorService> blocking;

    /** The blocking pool is looked up on first use: metrics instrument it, and they read this cache. */
    SearchAnswers(SearchCacheSettings settings, @Named(TaskExecutors.BLOCKING) BeanProvider<ExecutorService> blocking,
                  MeterRegistry meters) {
        this.answers = new GenerationCache<>(settings.maxBytes(), json -> json.length, settings.ttl());
        this.enabled = settings.enabled();
        this.blocking = blocking;
        String description = "Searches answered from memory (hit) or by a query (miss)";
        FunctionCounter.builder("annonces.search.cache", answers, GenerationCache::hits)
                .description(description).tag("result", "hit").register(meters);
        FunctionCounter.builder("annonces.search.cache", this, a -> a.answers.computed() + a.unkept.sum())
                .description(description).tag("result", "miss").register(meters);
    }

    /**
     * The answer to the search of this key: a current one on the calling thread (the event loop), else
     * {@code search} on the blocking pool. An exception of {@code search} (a bad cursor) completes the future.
     */
    CompletableFuture<byte[]> answer(String key, Supplier<byte[]> search) {
        if (!enabled) {
            unkept.increment();
            return CompletableFuture.supplyAsync(search, blocking.get());
        }
        return answers.get(key, search, blocking::get);
    }

    @EventListener
    void changed(PublicListingsChanged change) {
        answers.advance();
    }
}
