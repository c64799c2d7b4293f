package annonces.listings.generator;

import annonces.listings.ItemCondition;

/** How sellers say what state a thing is in, agreeing with the thing: "chaise neuve", "skis comme neufs". */
final class Conditions {

    static final Weighted<ItemCondition> USUAL = Weighted.of(ItemCondition.NEW, 8.0)
            .or(ItemCondition.LIKE_NEW, 22.0).or(ItemCondition.GOOD, 45.0).or(ItemCondition.FAIR, 20.0)
            .or(ItemCondition.FOR_PARTS, 5.0);

    private Conditions() {
    }

    /** A short phrase for a title or sentence, or the empty string for sellers who say nothing. */
    static String phrase(ItemCondition condition, Agreement agreement, Dice dice) {
        return switch (condition) {
            case NEW -> dice.pick(agreement.of("neuf"), "jamais " + agreement.of("servi"),
                    agreement.of("neuf") + " sous emballage", agreement.of("neuf") + " avec facture");
            case LIKE_NEW -> dice.pick("comme " + agreement.of("neuf"), "très peu " + agreement.of("servi"),
                    "état neuf", "excellent état");
            case GOOD -> dice.pick("bon état", "très bon état", "TBE", "en bon état");
            case FAIR -> dice.pick("état correct", "état d'usage", "quelques traces d'usure", agreement.of("usé"));
            case FOR_PARTS -> dice.pick("pour pièces", "HS", "en panne", "à réparer");
        };
    }
}
