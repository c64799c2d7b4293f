package annonces.embed;

import annonces.listings.PublicListingsChanged;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Rendered blocks and detail pages, kept in memory so that a page view does not query the database.
 *
 * <p>A block shows the newest ads of whole categories, so any change to a public ad makes every block stale:
 * blocks carry the generation they were rendered in and a change moves the generation on. A detail page
 * only goes stale with its own ad, which evicts it by key. Renders happen inside the cache's per-key
 * computation: a render that read the database before a change finishes before the change's eviction
 * applies, and one that read it during a change is stored under the old generation; neither outlives the
 * change. Changes arrive from this instance's commits at once and from every instance through listings'
 * notifications (PostgreSQL LISTEN/NOTIFY), both as {@link PublicListingsChanged}.
 */
@Singleton
class RenderedPages {

    private final Cache<String, Rendered> cache;
    private final AtomicLong blocks = new AtomicLong();
    private final AtomicLong pages = new AtomicLong();
    private final LongAdder hits = new LongAdder();
    private final LongAdder renders = new LongAdder();
    private final BeanProvider<ExecutorService> blocking;

    /** The blocking pool is looked up on first render: metrics instrument it, and they read this cache. */
    RenderedPages(EmbedSettings settings, @Named(TaskExecutors.BLOCKING) BeanProvider<ExecutorService> blocking) {
        this.cache = Caffeine.newBuilder().maximumSize(settings.cachedPages()).build();
        this.blocking = blocking;
    }

    /**
     * The block for this key. A current one is answered on the calling thread (the event loop: a page view
     * costs no thread hop and no query); otherwise it is rendered on the blocking pool.
     */
    CompletableFuture<Rendered> block(String key, Supplier<Rendered> render) {
        return get("block|" + key, blocks, render);
    }

    /** The page of this ad, as {@link #block}; null when {@code render} gives null (no such public ad). */
    CompletableFuture<Rendered> page(UUID id, Supplier<Rendered> render) {
        return get("page|" + id, pages, render);
    }

    private CompletableFuture<Rendered> get(String key, AtomicLong generation, Supplier<Rendered> render) {
        Rendered cached = cache.getIfPresent(key);
        if (cached != null && cached.generation() == generation.get()) {
            hits.increment();
            return CompletableFuture.completedFuture(cached);
        }
        return CompletableFuture.supplyAsync(() -> render(key, generation, render), blocking.get());
    }

    private Rendered render(String key, AtomicLong generation, Supplier<Rendered> render) {
        return cache.asMap().compute(key, (k, old) -> {
            long current = generation.get();
            if (old != null && old.generation() == current) {
                hits.increment();
                return old;
            }
            renders.increment();
            Rendered fresh = render.get();
            return fresh == null ? null : fresh.at(current);
        });
    }

    @EventListener
    void changed(PublicListingsChanged change) {
        blocks.incrementAndGet();
        if (change.all()) {
            pages.incrementAndGet();
        } else {
            change.ids().forEach(id -> cache.asMap().remove("page|" + id));
        }
    }

    long hits() {
        return hits.sum();
    }

    long renders() {
        return renders.sum();
    }
}
