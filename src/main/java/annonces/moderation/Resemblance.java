package annonces.moderation;

import annonces.listings.Category;
import annonces.listings.Listing;
import annonces.listings.ListingAttributes;
import annonces.listings.Subcategory;
import io.micronaut.core.annotation.Nullable;

import java.util.TreeSet;
import java.util.UUID;

/**
 * How alike an ad and another one are, feature by feature, and whether that makes them one item posted
 * twice. Pure: the trigram similarities come from pg_trgm with the candidates (see {@link Lookalikes}), the
 * rest from the two ads, so a table of pairs can check every judgement without a database.
 *
 * <p>Who posted weighs first. The same seller posting again is the usual duplicate, but also the usual honest
 * lookalike: an agency or a dealer writes every ad from one template, so for one seller the title weighs as
 * much as the description, and price, place and attributes must agree too. Another seller's ad is a
 * duplicate only when it copies a long description (a scam reusing an honest ad): a scammer changes price
 * and place at will, and honest neighbours selling the same model share them, so those do not count.
 *
 * <p>Some differences are never one item: another category, another real estate transaction, identifying
 * attributes that differ ({@link KeyAttributes}: brand, model, year, mileage; property type, rooms, surface),
 * and for goods and parts, which have no such attribute, titles whose numbers mostly differ (two sizes).
 * They are the {@code conflict}, and no text, however close, outweighs them.
 *
 * @param conflict               why the two cannot be one item, or null
 * @param titleWords             Jaccard index of the titles' words ({@link TitleWords})
 * @param titleTrigrams          pg_trgm similarity of the folded titles: catches typos and plurals
 * @param comparableDescriptions both descriptions are long enough for their similarity to mean something
 * @param priceDifference        0 to 1, relative to the higher price
 * @param attributes             agreement of the attributes, {@link KeyAttributes#UNKNOWN} when none compare
 */
record Resemblance(boolean sameSeller, @Nullable String conflict, boolean sameSubcategory, double titleWords,
                   double titleTrigrams, boolean comparableDescriptions, double descriptionTrigrams,
                   double priceDifference, Place place, double attributes) {

    /** Shorter descriptions are generic ("Première main, carnet d'entretien."): alike by chance. */
    static final int MIN_DESCRIPTION = 40;
    /** Half the price or less is no closeness at all; a repost usually drops 5 to 20 %. */
    static final double PRICE_SPAN = 0.5;

    /**
     * The weights of the features (summing to 1) and the score from which a pair is a duplicate.
     *
     * @param descriptionInText the description's share of the text, the title having the rest
     */
    record Weights(double text, double descriptionInText, double price, double place, double attributes,
                   double subcategory, double threshold) {
    }

    /**
     * The seller's prior: half the score is what a repost keeps (price, place, attributes, subcategory), so the
     * text need only be about half as close when all of it agrees. That half is also what the seller's other
     * items share (one address, similar prices), hence a threshold that the text must still help to reach.
     */
    static final Weights SAME_SELLER = new Weights(0.50, 0.5, 0.15, 0.10, 0.20, 0.05, 0.70);
    /** A scammer changes price, place and condition at will, and honest neighbours share them: only the text counts. */
    static final Weights OTHER_SELLER = new Weights(1, 0.8, 0, 0, 0, 0, 0.75);

    /** Same commune (INSEE code, not postcode: 38700 is both Grenoble and La Tronche), same department, elsewhere. */
    enum Place {
        COMMUNE(1), DEPARTMENT(0.5), ELSEWHERE(0);

        final double closeness;

        Place(double closeness) {
            this.closeness = closeness;
        }

        static Place of(Ad a, Ad b) {
            return a.inseeCode().equals(b.inseeCode()) ? COMMUNE
                    : a.departmentCode().equals(b.departmentCode()) ? DEPARTMENT : ELSEWHERE;
        }
    }

    /** What the comparison reads of one ad; the description only as its length, its similarity comes computed. */
    record Ad(UUID sellerId, Category category, Subcategory subcategory, String title, int descriptionLength,
              long priceCents, String inseeCode, String departmentCode, @Nullable ListingAttributes attributes) {

        static Ad of(Listing listing, @Nullable ListingAttributes attributes) {
            return new Ad(listing.sellerId(), listing.category(), listing.subcategory(), listing.title(),
                    listing.description().length(), listing.priceCents(), listing.inseeCode(),
                    listing.departmentCode(), attributes);
        }
    }

    static Resemblance between(Ad ad, Ad other, double titleTrigrams, double descriptionTrigrams) {
        TitleWords words = TitleWords.of(ad.title());
        TitleWords otherWords = TitleWords.of(other.title());
        KeyAttributes key = KeyAttributes.compare(ad.attributes(), other.attributes());
        long highest = Math.max(ad.priceCents(), other.priceCents());
        double priceDifference = highest == 0 ? 0 : Math.abs(ad.priceCents() - other.priceCents()) / (double) highest;
        return new Resemblance(ad.sellerId().equals(other.sellerId()), whyNotOne(ad, other, words, otherWords, key),
                ad.subcategory() == other.subcategory(), words.similarity(otherWords), titleTrigrams,
                ad.descriptionLength() >= MIN_DESCRIPTION && other.descriptionLength() >= MIN_DESCRIPTION,
                descriptionTrigrams, priceDifference, Place.of(ad, other), key.agreement());
    }

    private static @Nullable String whyNotOne(Ad ad, Ad other, TitleWords words, TitleWords otherWords, KeyAttributes key) {
        if (ad.category() != other.category()) {
            return "another category (" + ad.category() + " against " + other.category() + ")";
        }
        // To let, for sale, in viager: one house offered two ways is two offers, not one posted twice.
        if (ad.category() == Category.REAL_ESTATE && ad.subcategory() != other.subcategory()) {
            return "another transaction (" + ad.subcategory() + " against " + other.subcategory() + ")";
        }
        // Goods and parts have no attribute that names the item; their titles' numbers do (a size, a capacity).
        boolean unnamed = ad.category() == Category.GOODS || ad.subcategory() == Subcategory.PARTS
                || other.subcategory() == Subcategory.PARTS;
        if (unnamed && words.numbersDiffer(otherWords)) {
            return "other numbers in the title (" + new TreeSet<>(words.numbers()) + " against "
                    + new TreeSet<>(otherWords.numbers()) + ")";
        }
        return key.conflict();
    }

    Weights weights() {
        return sameSeller ? SAME_SELLER : OTHER_SELLER;
    }

    /** Words see a reordered title, trigrams a typo or a plural: either is enough. */
    double title() {
        return Math.max(titleWords, titleTrigrams);
    }

    double text() {
        double description = weights().descriptionInText();
        return comparableDescriptions ? (1 - description) * title() + description * descriptionTrigrams : title();
    }

    double priceCloseness() {
        return Math.max(0, 1 - priceDifference / PRICE_SPAN);
    }

    double score() {
        Weights w = weights();
        return w.text() * text() + w.price() * priceCloseness() + w.place() * place.closeness
                + w.attributes() * attributes + w.subcategory() * (sameSubcategory ? 1 : 0);
    }

    boolean duplicates() {
        return conflict == null && (sameSeller || comparableDescriptions) && score() >= weights().threshold();
    }
}
