package annonces.photos;

import annonces.accounts.Caller;
import annonces.listings.Listing;
import annonces.listings.ListingPhoto;
import annonces.listings.Listings;
import annonces.listings.PhotoChange;
import annonces.system.FieldError;
import annonces.system.InvalidInputException;
import annonces.system.NotFoundException;
import annonces.system.TooManyRequestsException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The photo rows and the ad's display list, changed together in one transaction each; no I/O to the store
 * here ({@link Photos} does it between these steps), so no transaction waits on an upload.
 */
@Singleton
class PhotoLedger {

    private static final Duration HOUR = Duration.ofHours(1);

    private final PhotoRepository photos;
    private final Listings listings;
    private final PhotoSettings settings;
    private final Clock clock;

    PhotoLedger(PhotoRepository photos, Listings listings, PhotoSettings settings, Clock clock) {
        this.photos = photos;
        this.listings = listings;
        this.settings = settings;
        this.clock = clock;
    }

    /** Refuses early, before anything is decoded, what {@link #reserve} would refuse: someone else's ad, no room. */
    @Transactional(readOnly = true)
    void checkRoom(Caller owner, String listingId) {
        checkRoom(owner, listings.editable(owner, listingId));
    }

    /**
     * The row of a new photo, written (and committed) before its bytes are stored: from then on the sweeper
     * knows of the keys, whatever happens to this instance.
     */
    @Transactional
    Photo reserve(Caller owner, String listingId, Intake.Prepared prepared) {
        Listing listing = listings.lockForEdit(owner, listingId);
        checkRoom(owner, listing);
        Instant now = clock.instant();
        return photos.save(new Photo(UUID.randomUUID(), listing.id(), owner.accountId(), PhotoStatus.UPLOADING,
                Integer.MAX_VALUE, prepared.width(), prepared.height(), prepared.dhash(), now, now));
    }

    /** The bytes are stored: the photo joins the end of its ad's list, which goes back to moderation. */
    @Transactional
    Photo publish(Caller owner, Photo reserved) {
        Listing listing = listings.lockForEdit(owner, reserved.listingId().toString());
        int position = photos.lastPosition(listing.id()) + 1;
        if (photos.markLive(reserved.id(), position, clock.instant()) == 0) {
            throw new NotFoundException("The upload of photo " + reserved.id() + " was abandoned; send it again");
        }
        listings.photosChanged(owner.accountId(), listing.id(), shown(listing.id()), PhotoChange.ADDED);
        return photos.findById(reserved.id()).orElseThrow();
    }

    /**
     * Rows for the demo pictures of a seed ad, unless it has photos already (another instance seeding at the
     * same time got there first): the ad's lock makes this the work of one.
     */
    @Transactional
    List<Photo> reserveSeed(UUID sellerId, UUID listingId, List<Intake.Prepared> pictures) {
        Listing listing = listings.lockForChange(new Caller(sellerId, false), listingId.toString());
        if (photos.countKept(listing.id()) > 0) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Photo> reserved = new ArrayList<>();
        for (Intake.Prepared p : pictures) {
            reserved.add(photos.save(new Photo(UUID.randomUUID(), listing.id(), sellerId, PhotoStatus.UPLOADING,
                    Integer.MAX_VALUE, p.width(), p.height(), p.dhash(), now, now)));
        }
        return reserved;
    }

    /** Seed ads are published as written: their pictures are shown without a new review. */
    @Transactional
    void publishSeed(UUID listingId, List<Photo> reserved) {
        for (int i = 0; i < reserved.size(); i++) {
            photos.markLive(reserved.get(i).id(), i, clock.instant());
        }
        listings.photosChanged(null, listingId, shown(listingId), PhotoChange.SEEDED);
    }

    /** An upload that failed after its row was written: its bytes, if any, go with the next sweep. */
    @Transactional
    void abandon(Photo reserved) {
        photos.markDeleted(reserved.id(), clock.instant());
    }

    @Transactional
    void delete(Caller caller, String listingId, String photoId) {
        Listing listing = listings.lockForChange(caller, listingId);
        Photo photo = live(listing, photoId);
        photos.markDeleted(photo.id(), clock.instant());
        listings.photosChanged(caller.accountId(), listing.id(), shown(listing.id()), PhotoChange.REMOVED);
    }

    @Transactional
    List<ListingPhoto> reorder(Caller owner, String listingId, List<String> ids) {
        Listing listing = listings.lockForChange(owner, listingId);
        List<Photo> current = photos.findLive(listing.id());
        Map<String, Photo> byId = current.stream().collect(Collectors.toMap(p -> p.id().toString(), Function.identity()));
        Set<String> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (String id : ids) {
            if (!byId.containsKey(id)) {
                errors.add(new FieldError("ids", "no photo " + id + " on this ad"));
            } else if (!seen.add(id)) {
                errors.add(new FieldError("ids", "photo " + id + " is listed twice"));
            }
        }
        if (errors.isEmpty() && seen.size() != byId.size()) {
            errors.add(new FieldError("ids", "list every photo of the ad once: it has " + byId.size()
                    + ", the list names " + seen.size()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        for (int i = 0; i < ids.size(); i++) {
            photos.reposition(byId.get(ids.get(i)).id(), i, now);
        }
        List<ListingPhoto> shown = shown(listing.id());
        listings.photosChanged(owner.accountId(), listing.id(), shown, PhotoChange.ORDERED);
        return shown;
    }

    /** Every photo of these ads is deleted and their lists emptied; the sweeper removes the bytes. */
    @Transactional
    void deleteAllOf(List<UUID> listingIds) {
        Instant now = clock.instant();
        for (UUID id : listingIds) {
            if (photos.markAllDeleted(id, now) > 0) {
                listings.photosChanged(null, id, List.of(), PhotoChange.REMOVED);
            }
        }
    }

    private void checkRoom(Caller owner, Listing listing) {
        if (photos.countKept(listing.id()) >= settings.perListing()) {
            throw new InvalidInputException("photo", "an ad has at most " + settings.perListing()
                    + " photos; delete one before adding another");
        }
        if (photos.countUploadedSince(owner.accountId(), clock.instant().minus(HOUR)) >= settings.uploadsPerHour()) {
            throw new TooManyRequestsException("At most " + settings.uploadsPerHour() + " photo uploads an hour",
                    HOUR.toSeconds() / 12);
        }
    }

    private Photo live(Listing listing, String photoId) {
        UUID id;
        try {
            id = UUID.fromString(photoId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No photo " + photoId + " on this ad");
        }
        return photos.findById(id).filter(p -> p.listingId().equals(listing.id()) && p.status() == PhotoStatus.LIVE)
                .orElseThrow(() -> new NotFoundException("No photo " + photoId + " on this ad"));
    }

    private List<ListingPhoto> shown(UUID listingId) {
        return photos.findLive(listingId).stream().map(p -> new ListingPhoto(p.id(), p.width(), p.height())).toList();
    }
}
