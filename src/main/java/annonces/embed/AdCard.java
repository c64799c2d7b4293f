package annonces.embed;

import annonces.listings.Category;
import annonces.listings.Listing;
import annonces.listings.ListingPhoto;
import annonces.listings.Subcategory;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * One ad in the block: its title as the block shows it, {@code City (postcode)}, the price as French
 * readers write it, the link "Découvrir" opens and the first photo's thumbnail.
 *
 * @param thumbnail the first photo's thumbnail (its URL relative to this service), null for an ad without
 *                  one: the block then shows a placeholder
 * @param seller    "Particulier" or "Professionnel"
 */
public record AdCard(UUID id, String title, String city, String postcode, String place, long priceCents,
                     String price, String url, @Nullable Thumbnail thumbnail, String seller) {

    /** A thumbnail with its own dimensions, so that a page can reserve its place before it loads. */
    public record Thumbnail(String url, int width, int height) {

        static Thumbnail of(ListingPhoto photo) {
            int[] size = photo.dimensions("thumbnail");
            return new Thumbnail(photo.url("thumbnail"), size[0], size[1]);
        }
    }

    /** @param monthlyAnnuityCents a viager's annuity, which its price means nothing without; else null */
    static AdCard of(Listing l, String url, List<ListingPhoto> photos, @Nullable Long monthlyAnnuityCents,
                     String seller) {
        String price = l.subcategory() == Subcategory.VIAGER && monthlyAnnuityCents != null
                ? "Bouquet " + Euros.of(l.priceCents()) + " + " + Euros.of(monthlyAnnuityCents) + "/mois"
                : priceOf(l);
        return new AdCard(l.id(), Titles.cut(l.title(), Titles.BLOCK_LENGTH), l.city(), l.postcode(),
                l.city() + " (" + l.postcode() + ")", l.priceCents(), price, url,
                photos.isEmpty() ? null : Thumbnail.of(photos.get(0)), seller);
    }

    /**
     * {@code 16 200 €}; a rent is monthly with its charges ({@code 950 € / mois CC}); a gift is free. A
     * published ad outside GOODS always has a price (listings refuses 0 there), so "not given" is only for
     * an ad that slipped through moderation.
     */
    static String priceOf(Listing l) {
        if (l.priceCents() == 0) {
            return l.category() == Category.GOODS ? "Gratuit" : "Prix non renseigné";
        }
        String amount = Euros.of(l.priceCents());
        return l.subcategory() == Subcategory.RENT ? amount + " / mois CC" : amount;
    }
}
