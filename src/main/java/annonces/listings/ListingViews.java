package annonces.listings;

import annonces.accounts.Caller;
import annonces.geo.Communes;
import annonces.geo.Department;
import annonces.geo.Location;
import annonces.geo.Region;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Builds {@link ListingView}s: names of departments and regions from the reference data, typed attributes. */
@Singleton
public class ListingViews {

    private final Communes communes;
    private final Listings listings;
    private final ListingPhotos photos;
    private final ObjectMapper json;

    ListingViews(Communes communes, Listings listings, ListingPhotos photos, ObjectMapper json) {
        this.communes = communes;
        this.listings = listings;
        this.photos = photos;
        this.json = json;
    }

    public ListingView of(Listing l, Optional<Caller> viewer) {
        boolean privileged = viewer.map(c -> c.admin() || c.accountId().equals(l.sellerId())).orElse(false);
        return new ListingView(l.id(), l.category(), l.subcategory(), l.title(), l.description(), l.priceCents(),
                location(l), listings.attributesOf(l), l.status(), l.sellerId(), l.createdAt(), l.updatedAt(),
                l.publishedAt(), l.expiresAt(), l.version(),
                photos.of(l).stream().map(ListingView.Photo::of).toList(),
                privileged ? new ListingView.Moderation(flags(l), l.moderationReason()) : null);
    }

    public Location location(Listing l) {
        Department department = communes.department(l.departmentCode())
                .orElse(new Department(l.departmentCode(), l.departmentCode()));
        Region region = communes.region(l.regionCode()).orElse(new Region(l.regionCode(), l.regionCode()));
        return new Location(l.postcode(), l.city(), l.inseeCode(), department, region);
    }

    private com.fasterxml.jackson.databind.JsonNode flags(Listing l) {
        try {
            return json.readTree(l.moderationFlags());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
