package annonces.photos;

import annonces.accounts.AccountErased;
import annonces.accounts.Caller;
import annonces.listings.ListingPhoto;
import annonces.system.TooManyRequestsException;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A seller's use cases on the photos of an ad. An upload is checked, cleaned and sized here, out of any
 * transaction; {@link PhotoLedger} writes the row before the bytes are stored and shows the photo after.
 */
@Singleton
public class Photos {

    private static final Logger LOG = LoggerFactory.getLogger(Photos.class);

    private final PhotoLedger ledger;
    private final PhotoStore store;
    private final PhotoRepository rows;
    private final Intake intake;
    private final Semaphore decoding;

    Photos(PhotoLedger ledger, PhotoStore store, PhotoRepository rows, PhotoSettings settings) {
        this.ledger = ledger;
        this.store = store;
        this.rows = rows;
        this.intake = new Intake(settings);
        this.decoding = new Semaphore(Math.max(1, settings.concurrentDecodes()), true);
    }

    /** @return the photo as the ad now shows it, last in its order */
    public ListingPhoto upload(Caller owner, String listingId, byte[] file) {
        ledger.checkRoom(owner, listingId);
        Intake.Prepared prepared = prepare(file);
        Photo reserved = ledger.reserve(owner, listingId, prepared);
        try {
            for (Map.Entry<PhotoSize, byte[]> size : prepared.jpegs().entrySet()) {
                store.put(reserved.key(size.getKey()), size.getValue());
            }
            Photo live = ledger.publish(owner, reserved);
            return new ListingPhoto(live.id(), live.width(), live.height());
        } catch (RuntimeException e) {
            try {
                ledger.abandon(reserved);
            } catch (RuntimeException again) {
                LOG.warn("Photo {}: upload failed and could not be marked for sweeping ({}); the sweeper will "
                        + "find it abandoned", reserved.id(), again.toString());
            }
            throw e;
        }
    }

    /**
     * Pictures for a demo ad (the seeds), added once whatever the number of instances starting together, and
     * shown without a new review: the seeds are published as the project wrote them.
     *
     * @return whether they were added (false: the ad had photos already)
     */
    public boolean seed(UUID sellerId, UUID listingId, List<byte[]> files) {
        List<Intake.Prepared> prepared = files.stream().map(this::prepare).toList();
        List<Photo> reserved = ledger.reserveSeed(sellerId, listingId, prepared);
        if (reserved.isEmpty()) {
            return false;
        }
        for (int i = 0; i < reserved.size(); i++) {
            for (Map.Entry<PhotoSize, byte[]> size : prepared.get(i).jpegs().entrySet()) {
                store.put(reserved.get(i).key(size.getKey()), size.getValue());
            }
        }
        ledger.publishSeed(listingId, reserved);
        return true;
    }

    public void delete(Caller caller, String listingId, String photoId) {
        ledger.delete(caller, listingId, photoId);
    }

    public List<ListingPhoto> reorder(Caller owner, String listingId, List<String> ids) {
        return ledger.reorder(owner, listingId, ids);
    }

    /** An erased account's photos are personal data (a home, a car, a face in a mirror): they go at once. */
    @EventListener
    void onAccountErased(AccountErased erased) {
        ledger.deleteAllOf(rows.findListingsOfSeller(erased.accountId()));
    }

    /** Decoding holds tens of megabytes for a moment: a few at a time, the others wait a little, then are told to retry. */
    private Intake.Prepared prepare(byte[] file) {
        boolean admitted;
        try {
            admitted = decoding.tryAcquire(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new TooManyRequestsException("Too many photos are being processed right now; send it again", 5);
        }
        try {
            return intake.prepare(file);
        } finally {
            decoding.release();
        }
    }
}
