package annonces.photos;

import annonces.listings.ListingPhoto;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The sizes made once at upload, by their long side ({@link ListingPhoto#LONG_SIDES}); never enlarged. */
enum PhotoSize {
    THUMBNAIL, MEDIUM, LARGE;

    final int longSide = ListingPhoto.LONG_SIDES.get(label());

    /** The name in URLs and storage keys. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<PhotoSize> ofLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst();
    }

    int[] fit(int width, int height) {
        return ListingPhoto.fit(width, height, longSide);
    }
}
