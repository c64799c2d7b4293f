package annonces.search;

import annonces.listings.PublicListingsChanged;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many times each ad was announced as changed in this context: once at once by this instance's commit,
 * once more when the database's notification arrives. A test that must not be surprised by the second waits
 * for it.
 */
@Singleton
public class ChangesSeen {

    private final Map<UUID, AtomicInteger> seen = new ConcurrentHashMap<>();

    @EventListener
    void changed(PublicListingsChanged change) {
        change.ids().forEach(id -> seen.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet());
    }

    public int of(String id) {
        AtomicInteger count = seen.get(UUID.fromString(id));
        return count == null ? 0 : count.get();
    }
}
