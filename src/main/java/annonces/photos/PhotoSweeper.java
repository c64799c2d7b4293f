package annonces.photos;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Removes the bytes of deleted photos, then their rows, in that order: a crash in between leaves a row whose
 * bytes are partly gone, which the next sweep finishes (deleting a missing key is not an error). Also takes
 * the photos of ads past their retention. Every instance runs it ({@link Sweeps}); {@code SKIP LOCKED} gives
 * each row to one.
 */
@Singleton
class PhotoSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(PhotoSweeper.class);
    static final int BATCH = 50;

    private final PhotoRepository photos;
    private final PhotoLedger ledger;
    private final PhotoStore store;
    private final PhotoSettings settings;
    private final Clock clock;

    PhotoSweeper(PhotoRepository photos, PhotoLedger ledger, PhotoStore store, PhotoSettings settings, Clock clock) {
        this.photos = photos;
        this.ledger = ledger;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** The schedule, apart so that tests can run the steps themselves without a sweeper racing them. */
    @Singleton
    @Requires(property = "annonces.photos.sweeper.enabled", notEquals = "false")
    static class Sweeps {

        private final PhotoSweeper sweeper;

        Sweeps(PhotoSweeper sweeper) {
            this.sweeper = sweeper;
        }

        @Scheduled(fixedDelay = "${annonces.photos.sweep-every:1m}", initialDelay = "${annonces.photos.sweep-every:1m}")
        void run() {
            sweeper.run();
        }
    }

    void run() {
        try {
            retire();
            while (sweep() == BATCH) {
                // more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.warn("Photo sweep: {}", e.toString());
        }
    }

    /** Marks the photos of ads past their retention as deleted (and empties those ads' lists). */
    int retire() {
        List<UUID> due = photos.findListingsPastRetention(clock.instant().minus(settings.retention()), BATCH);
        if (!due.isEmpty()) {
            ledger.deleteAllOf(due);
        }
        return due.size();
    }

    /**
     * Removes one batch. The rows stay locked while their bytes are deleted, so no other sweeper takes them;
     * the store is called inside the transaction on purpose: a row leaves only once its bytes are gone.
     *
     * @return how many photos were removed
     */
    @Transactional
    public int sweep() {
        List<Photo> due = photos.findToSweep(clock.instant().minus(settings.abandonedAfter()), BATCH);
        for (Photo photo : due) {
            for (PhotoSize size : PhotoSize.values()) {
                store.delete(photo.key(size));
            }
            photos.delete(photo);
        }
        return due.size();
    }
}
