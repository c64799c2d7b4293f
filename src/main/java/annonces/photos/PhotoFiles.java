package annonces.photos;

import annonces.accounts.Caller;
import annonces.listings.PublicListingsChanged;
import annonces.system.GenerationCache;
import annonces.system.NotFoundException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Serves the bytes of one size of one photo: to anyone when its ad is published, else only to the ad's owner
 * and admins.
 *
 * <p>A published ad's photo is answered from memory: which ad a photo belongs to never changes, the photos a
 * published ad shows are kept per ad until that ad changes (the same {@link PublicListingsChanged} that keeps
 * the block and the ad pages fresh, from this instance's commits and every other's), and the bytes of a key
 * never change. Anything else (an unpublished ad, a photo not seen yet) asks the database; a private answer is
 * never kept.
 */
@Singleton
class PhotoFiles {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** Thumbnails are 10 to 30 KB: some three thousand of the most viewed ones. */
    private static final long KEPT_BYTES = 64L * 1024 * 1024;

    private static final String AD_OF_PHOTO = "SELECT listing_id FROM photo WHERE id = ?";
    private static final String SHOWN = """
            SELECT l.status = 'PUBLISHED' AS published, l.seller_id,
                   array(SELECT p.id FROM photo p WHERE p.listing_id = l.id AND p.status = 'LIVE') AS photos
            FROM listing l WHERE l.id = ?""";

    private final JdbcOperations jdbc;
    private final PhotoStore store;
    private final Cache<UUID, UUID> adOfPhoto = Caffeine.newBuilder().maximumSize(500_000).build();
    /** Per published ad, the photos it shows; an ad that is not published is never kept. */
    private final GenerationCache<Shown> shownByPublishedAd = new GenerationCache<>(100_000, s -> 1, null);
    private final Cache<String, byte[]> bytes = Caffeine.newBuilder().maximumWeight(KEPT_BYTES)
            .weigher((String key, byte[] b) -> b.length).build();

    PhotoFiles(JdbcOperations jdbc, PhotoStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** @param published whether anyone may see it (and any cache keep it), or only the caller */
    record File(byte[] jpeg, String etag, boolean published) {
    }

    /** What an ad shows, and to whom. */
    private record Shown(boolean published, UUID sellerId, Set<UUID> photos) {
    }

    /** From memory alone, on the calling thread: a published ad's photo whose facts and bytes are kept, else null. */
    File kept(String photoId, String fileName) {
        Optional<PhotoSize> size = size(fileName);
        UUID id = uuid(photoId);
        if (size.isEmpty() || id == null) {
            return null;
        }
        UUID ad = adOfPhoto.getIfPresent(id);
        Shown shown = ad == null ? null : shownByPublishedAd.current(ad.toString());
        byte[] jpeg = shown == null || !shown.photos().contains(id) ? null : bytes.getIfPresent(key(id, size.get()));
        return jpeg == null ? null : new File(jpeg, etag(id, size.get()), true);
    }

    /** The full check, reading what memory does not hold; blocking. */
    @Transactional(readOnly = true)
    File read(String photoId, String fileName, Optional<Caller> caller) {
        PhotoSize size = size(fileName).orElseThrow(() -> notFound(photoId, fileName));
        UUID id = uuid(photoId);
        if (id == null) {
            throw notFound(photoId, fileName);
        }
        UUID ad = adOfPhoto.get(id, this::adOf);
        if (ad == null) {
            throw notFound(photoId, fileName);
        }
        Shown[] unpublished = new Shown[1];
        Shown shown = shownByPublishedAd.compute(ad.toString(), () -> {
            Shown read = shown(ad);
            unpublished[0] = read;
            return read != null && read.published() ? read : null;
        });
        Shown shownNow = shown != null ? shown : unpublished[0];
        if (shownNow == null || !shownNow.photos().contains(id) || !shownNow.published()
                && !caller.map(c -> c.admin() || c.accountId().equals(shownNow.sellerId())).orElse(false)) {
            throw notFound(photoId, fileName);
        }
        String key = key(id, size);
        byte[] jpeg = bytes.getIfPresent(key);
        if (jpeg == null) {
            jpeg = store.get(key).orElseThrow(() -> notFound(photoId, fileName));
            bytes.put(key, jpeg);
        }
        return new File(jpeg, etag(id, size), shownNow.published());
    }

    @EventListener
    void changed(PublicListingsChanged change) {
        if (change.all()) {
            shownByPublishedAd.advance();
        } else {
            change.ids().forEach(id -> shownByPublishedAd.evict(id.toString()));
        }
    }

    private UUID adOf(UUID photo) {
        return jdbc.prepareStatement(AD_OF_PHOTO, s -> {
            s.setObject(1, photo);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getObject(1, UUID.class) : null;
            }
        });
    }

    private Shown shown(UUID ad) {
        return jdbc.prepareStatement(SHOWN, s -> {
            s.setObject(1, ad);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Array photos = rs.getArray("photos");
                Set<UUID> ids = Arrays.stream((Object[]) photos.getArray()).map(UUID.class::cast)
                        .collect(Collectors.toUnmodifiableSet());
                return new Shown(rs.getBoolean("published"), rs.getObject("seller_id", UUID.class), ids);
            }
        });
    }

    private static Optional<PhotoSize> size(String fileName) {
        return Optional.of(fileName).filter(f -> f.endsWith(".jpg"))
                .flatMap(f -> PhotoSize.ofLabel(f.substring(0, f.length() - ".jpg".length())));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String key(UUID id, PhotoSize size) {
        return id + "/" + size.label() + ".jpg";
    }

    /** A key's bytes never change: its name is a strong validator. */
    private static String etag(UUID id, PhotoSize size) {
        return "\"" + id + "-" + size.label() + "\"";
    }

    private static NotFoundException notFound(String photoId, String fileName) {
        return new NotFoundException("No photo " + photoId + "/" + fileName
                + " (sizes: thumbnail.jpg, medium.jpg, large.jpg)");
    }
}
