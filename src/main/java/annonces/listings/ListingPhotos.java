package annonces.listings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;

import java.util.List;

/** Reads and writes an ad's display list of photos ({@code listing.photos}) for whoever shows or changes it. */
@Singleton
public class ListingPhotos {

    private final ObjectMapper json;

    ListingPhotos(ObjectMapper json) {
        this.json = json;
    }

    /** The ad's photos in display order; the first is the one a card shows. */
    public List<ListingPhoto> of(Listing listing) {
        if ("[]".equals(listing.photos())) {
            return List.of();
        }
        try {
            return List.of(json.readValue(listing.photos(), ListingPhoto[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored photos of " + listing.id() + " do not bind", e);
        }
    }

    String write(List<ListingPhoto> photos) {
        try {
            return json.writeValueAsString(photos);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
