package annonces.embed;

import annonces.listings.Category;
import annonces.listings.Listing;
import annonces.listings.Subcategory;

import java.util.UUID;

/**
 * One ad in the block: its title as the block shows it, {@code City (postcode)}, the price as French
 * readers write it and the link "Découvrir" opens.
 */
public record AdCard(UUID id, String title, String city, String postcode, String place, long priceCents,
                     String price, String url) {

    static AdCard of(Listing l, String url) {
        return new AdCard(l.id(), Titles.cut(l.title(), Titles.BLOCK_LENGTH), l.city(), l.postcode(),
                l.city() + " (" + l.postcode() + ")", l.priceCents(), priceOf(l), url);
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
