package annonces.embed;

import annonces.listings.PublicListingsChanged;
import annonces.system.GenerationCache;
import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Rendered blocks and detail pages, kept in memory so that a page view does not query the database.
 *
 * <p>A block shows the newest ads of whole categories, so any change to a public ad makes every block stale:
 * the blocks' generation moves on. A detail page only goes stale with its own ad, which evicts it by key;
 * a change too large to list moves the pages' generation on as well. Renders happen inside the cache's
 * per-key computation ({@link GenerationCache}): a render that read the database before a change finishes
 * before the change's eviction applies, and one that read it during a change is stored under the old
 * generation; neither outlives the change. Changes arrive from this instance's commits at once and from
 * every instance through listings' notifications (PostgreSQL LISTEN/NOTIFY), both as
 * {@link PublicListingsChanged}.
 */
@Singleton
class RenderedPages {

    private final GenerationCache<Rendered> blocks;
    private final GenerationCache<Rendered> pages;
    private final BeanProvider<ExecutorService> blocking;

    /** The blocking pool is looked up on first render: metrics instrument it, and they read this cache. */
    RenderedPages(EmbedSettings settings, @Named(TaskExecutors.BLOCKING) BeanProvider<ExecutorService> blocking) {
        this.blocks = new GenerationCache<>(settings.cachedPages(), page -> 1, null);
        this.pages = new GenerationCache<>(settings.cachedPages(), page -> 1, null);
        this.blocking = blocking;
    }

    /**
     * The block for this key. A current one is answered on the calling thread (the event loop: a page view
     * costs no thread hop and no query); otherwise it is rendered on the blocking pool.
     */
    CompletableFuture<Rendered> block(String key, Supplier<Rendered> render) {
        return blocks.get(key, render, blocking::get);
    }

    /** The page of this ad, as {@link #block}; null when {@code render} gives null (no such public ad). */
    CompletableFuture<Rendered> page(UUID id, Supplier<Rendered> render) {
        return pages.get(id.toString(), render, blocking::get);
    }

    @EventListener
    void changed(PublicListingsChanged change) {
        blocks.advance();
        if (change.all()) {
            pages.advance();
        } else {
            change.ids().forEach(id -> pages.evict(id.toString()));
        }
    }

    long hits() {
        return blocks.hits() + pages.hits();
    }

    long renders() {
        return blocks.computed() + pages.computed();
    }
}
