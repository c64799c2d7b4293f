package annonces.photos;

import annonces.accounts.Caller;
import annonces.system.NotFoundException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;

/**
 * Serves the bytes of one size of one photo, to anyone when its ad is published, else only to the ad's
 * owner and admins. Who may see is asked of the database on every request (an ad taken down is private at
 * once); the bytes, which never change for a key, are kept in memory once read.
 */
@Singleton
class PhotoFiles {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** Thumbnails are 15 to 30 KB: some three thousand of the most viewed ones. */
    private static final long KEPT_BYTES = 64L * 1024 * 1024;

    private static final String WHO_MAY_SEE = """
            SELECT l.status = 'PUBLISHED' AS public, l.seller_id
            FROM photo p JOIN listing l ON l.id = p.listing_id
            WHERE p.id = ? AND p.status = 'LIVE'""";

    private final JdbcOperations jdbc;
    private final PhotoStore store;
    private final Cache<String, byte[]> kept = Caffeine.newBuilder().maximumWeight(KEPT_BYTES)
            .weigher((String key, byte[] bytes) -> bytes.length).build();

    PhotoFiles(JdbcOperations jdbc, PhotoStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /**
     * @param published whether anyone may see it (and any cache keep it), or only the caller
     */
    record File(byte[] jpeg, String etag, boolean published) {
    }

    @Transactional(readOnly = true)
    File read(String photoId, String fileName, Optional<Caller> caller) {
        PhotoSize size = Optional.of(fileName).filter(f -> f.endsWith(".jpg"))
                .flatMap(f -> PhotoSize.ofLabel(f.substring(0, f.length() - ".jpg".length())))
                .orElseThrow(() -> notFound(photoId, fileName));
        UUID id;
        try {
            id = UUID.fromString(photoId);
        } catch (IllegalArgumentException e) {
            throw notFound(photoId, fileName);
        }
        Visibility visibility = jdbc.prepareStatement(WHO_MAY_SEE, s -> {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new Visibility(rs.getBoolean(1), rs.getObject(2, UUID.class)) : null;
            }
        });
        if (visibility == null || !visibility.open()
                && !caller.map(c -> c.admin() || c.accountId().equals(visibility.sellerId())).orElse(false)) {
            throw notFound(photoId, fileName);
        }
        String key = id + "/" + size.label() + ".jpg";
        byte[] bytes = kept.getIfPresent(key);
        if (bytes == null) {
            bytes = store.get(key).orElseThrow(() -> notFound(photoId, fileName));
            kept.put(key, bytes);
        }
        return new File(bytes, "\"" + id + "-" + size.label() + "\"", visibility.open());
    }

    private record Visibility(boolean open, UUID sellerId) {
    }

    private static NotFoundException notFound(String photoId, String fileName) {
        return new NotFoundException("No photo " + photoId + "/" + fileName
                + " (sizes: thumbnail.jpg, medium.jpg, large.jpg)");
    }
}
