package annonces.embed;

import java.util.List;
import java.util.UUID;

/**
 * The public page of one ad, in the words and with the mentions French law asks of it.
 *
 * @param facts     attributes with their French labels, in reading order
 * @param scales     housing with a DPE: the energy class and the climate class on their scales
 * @param energyCost the DPE's yearly energy cost estimate, in the sentence the law requires, else null
 * @param excessive  « Logement à consommation énergétique excessive : classe F » (or G), else null
 * @param summary   a short plain text for link previews (Open Graph)
 * @param canonical the page's absolute address when the public address is configured, else null
 * @param contactToken the token of the "Contacter le vendeur" form, signed for this ad
 * @param phoneShown whether the seller shows a phone ("Voir le numéro")
 * @param category  the ad's category, for the placeholder of an ad without photos
 * @param photos    the gallery, in the seller's order
 * @param ogImage   the first photo's large size as an absolute address (Open Graph), when the public address
 *                  is configured and the ad has a photo, else null
 * @param similar   "Annonces similaires": the same subcategory, nearest first
 * @param crumbs    the way back: all the ads, this category's, this department's (links to the search page)
 * @param seller    "Particulier" or "Professionnel"
 * @param trader    a professional's identity (DSA art. 30 and 31), else null
 */
public record ListingPage(UUID id, String title, String section, String price, String place,
                         List<Fact> facts, List<EnergyScale> scales, String energyCost, String excessive,
                         String description, String summary, String publishedOn, String canonical,
                         String contactToken, boolean phoneShown, String category, List<Picture> photos,
                         String ogImage, List<AdCard> similar, List<Crumb> crumbs, String seller,
                         Trader trader) {

    /** The identity a professional's ad page shows. */
    public record Trader(String legalName, String siren, String address) {
    }

    /** A step of the breadcrumb. */
    public record Crumb(String label, String url) {
    }

    /**
     * One photo of the gallery: the medium size shown (the large one for wide, dense screens), the thumbnail
     * to jump to it.
     */
    public record Picture(String thumbnail, String medium, String large, int width, int height, String alt) {
    }

    /** A labelled value: {@code Surface : 85 m²}. */
    public record Fact(String label, String value) {
    }

    /** A DPE scale, A to G, with the ad's class marked; {@code kind} is energy or climate. */
    public record EnergyScale(String label, String kind, String letter, List<Step> steps) {

        public record Step(String letter, boolean current) {
        }
    }
}
