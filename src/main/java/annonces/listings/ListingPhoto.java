package annonces.listings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One photo as its ad shows it, an element of {@code listing.photos}: the photos feature owns the images and
 * writes this list; listings only carry it and name the URLs, which never change for a photo (new bytes are a
 * new photo).
 *
 * @param width  of the large size, the others having its aspect ratio
 * @param height of the large size
 */
public record ListingPhoto(UUID id, int width, int height) {

    /** The sizes every photo is served in, by the name its URL carries, with their long side in pixels. */
    public static final Map<String, Integer> LONG_SIDES = sizes();

    public String url(String size) {
        return urlOf(id, size);
    }

    /** The address of one size of a photo, relative to this service. */
    public static String urlOf(UUID id, String size) {
        return "/photos/" + id + "/" + size + ".jpg";
    }

    /** {@code {width, height}} of a size: the large one's, scaled to its long side, never enlarged. */
    public int[] dimensions(String size) {
        return fit(width, height, LONG_SIDES.get(size));
    }

    /** {@code width x height} scaled so that the long side is at most {@code longSide}, aspect ratio kept. */
    public static int[] fit(int width, int height, int longSide) {
        int longest = Math.max(width, height);
        if (longest <= longSide) {
            return new int[] {width, height};
        }
        double scale = (double) longSide / longest;
        return new int[] {Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale))};
    }

    private static Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("thumbnail", 320);
        sizes.put("medium", 800);
        sizes.put("large", 1600);
        return Collections.unmodifiableMap(sizes);
    }
}
