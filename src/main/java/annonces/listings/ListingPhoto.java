package annonces.listings;

import java.util.List;
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

    /** The sizes every photo is served in, by the name its URL carries. */
    public static final List<String> SIZES = List.of("thumbnail", "medium", "large");

    public String url(String size) {
        return "/photos/" + id + "/" + size + ".jpg";
    }
}
