package annonces.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Values computed from data that changes, kept until it does. Each value carries the generation it was
 * computed in, and {@link #advance} makes every older one stale at once, however many there are.
 *
 * <p>A value is computed inside the cache's computation for its key: one computed from data read before
 * a change is stored under the generation before it and never served after the change, and concurrent
 * misses of one key wait for a single computation.
 *
 * @param <V> the kept values
 */
public final class GenerationCache<V> {

    private record Entry<V>(V value, long generation) {
    }

    private final Cache<String, Entry<V>> cache;
    private final AtomicLong generation = new AtomicLong();
    private final LongAdder hits = new LongAdder();
    private final LongAdder computed = new LongAdder();

    /**
     * @param maximumWeight what all values may weigh together; the least used go first beyond it
     * @param weigher       a value's weight (its bytes, or 1 to count values)
     * @param ttl           the longest a value is kept even with no change announced; null for no limit
     */
    public GenerationCache(long maximumWeight, ToIntFunction<V> weigher, Duration ttl) {
        Caffeine<String, Entry<V>> builder = Caffeine.newBuilder().maximumWeight(maximumWeight)
                .weigher((String key, Entry<V> entry) -> weigher.applyAsInt(entry.value()));
        this.cache = (ttl == null ? builder : builder.expireAfterWrite(ttl)).build();
    }

    /** The value of this key if it is current, else null. */
    public V current(String key) {
        Entry<V> entry = cache.getIfPresent(key);
        if (entry != null && entry.generation() == generation.get()) {
            hits.increment();
            return entry.value();
        }
        return null;
    }

    /**
     * The current value of this key: a kept one on the calling thread (an event loop answers it with no
     * thread hop), else {@link #compute} on the executor, where an exception of {@code compute} completes the
     * future. The executor is asked for on a miss only: a kept value costs no lookup.
     */
    public CompletableFuture<V> get(String key, Supplier<V> compute, Supplier<? extends Executor> executor) {
        V kept = current(key);
        return kept != null ? CompletableFuture.completedFuture(kept)
                : CompletableFuture.supplyAsync(() -> compute(key, compute), executor.get());
    }

    /**
     * The current value of this key, computed now unless another thread just did; null, and nothing kept,
     * when {@code compute} gives null.
     */
    public V compute(String key, Supplier<V> compute) {
        Entry<V> entry = cache.asMap().compute(key, (k, old) -> {
            long current = generation.get();
            if (old != null && old.generation() == current) {
                hits.increment();
                return old;
            }
            computed.increment();
            V value = compute.get();
            return value == null ? null : new Entry<>(value, current);
        });
        return entry == null ? null : entry.value();
    }

    /** Everything kept is stale. */
    public void advance() {
        generation.incrementAndGet();
    }

    /** This key's value is stale. */
    public void evict(String key) {
        cache.asMap().remove(key); // waits for a computation of this key in progress, then drops its value
    }

    /** Values served as they were kept. */
    public long hits() {
        return hits.sum();
    }

    /** Values computed. */
    public long computed() {
        return computed.sum();
    }
}
