package annonces.photos;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code photo}: which ad, where in its order, how large, and its perceptual hash. */
@MappedEntity("photo")
record Photo(
        @Id UUID id,
        UUID listingId,
        UUID sellerId,
        PhotoStatus status,
        int position,
        int width,
        int height,
        long dhash,
        Instant createdAt,
        Instant changedAt) {

    /** The storage key of one size: a photo's bytes never change, so the key never names two contents. */
    String key(PhotoSize size) {
        return id + "/" + size.label() + ".jpg";
    }
}
