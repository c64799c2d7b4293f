package annonces.photos;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The sizes made once at upload, by their long side; a smaller picture is never enlarged. */
enum PhotoSize {
    THUMBNAIL(320), MEDIUM(800), LARGE(1600);

    final int longSide;

    PhotoSize(int longSide) {
        this.longSide = longSide;
    }

    /** The name in URLs and storage keys. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<PhotoSize> ofLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst();
    }

    /** {@code width x height} scaled so that the long side is at most this size's, aspect ratio kept. */
    int[] fit(int width, int height) {
        int longest = Math.max(width, height);
        if (longest <= longSide) {
            return new int[] {width, height};
        }
        double scale = (double) longSide / longest;
        return new int[] {Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale))};
    }
}
