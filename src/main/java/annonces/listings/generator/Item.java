package annonces.listings.generator;

import annonces.listings.ItemCondition;

/**
 * A thing people sell second-hand, with its price new-ish and used: "Poussette trio Bébé Confort".
 *
 * @param agreement   of the name's head noun, for the adjectives that follow it ("poussette neuve")
 * @param properNoun  the name starts with a brand ("iPhone 13", "Nintendo Switch"), never lower-cased after "Vends"
 */
record Item(String name, Agreement agreement, int minEuros, int maxEuros, boolean properNoun) {

    /** Parts whose name holds this mark fit one vehicle, named in the title and set as brand and model. */
    static final String VEHICLE = "{vehicle}";

    static Item of(String name, Agreement agreement, int minEuros, int maxEuros) {
        return new Item(name, agreement, minEuros, maxEuros, false);
    }

    static Item brand(String name, Agreement agreement, int minEuros, int maxEuros) {
        return new Item(name, agreement, minEuros, maxEuros, true);
    }

    boolean fitsAVehicle() {
        return name.contains(VEHICLE);
    }

    /** The name after a verb: "Vends poussette trio", but "Vends iPhone 13". */
    String inSentence() {
        return properNoun ? name : French.uncapitalized(name);
    }

    /** A price within the item's range, lower the more worn it is, rounded as sellers round. */
    long priceEuros(ItemCondition condition, Dice dice) {
        double wear = switch (condition) {
            case NEW -> dice.between(0.85, 1.0);
            case LIKE_NEW -> dice.between(0.6, 0.85);
            case GOOD -> dice.between(0.35, 0.65);
            case FAIR -> dice.between(0.15, 0.4);
            case FOR_PARTS -> dice.between(0.0, 0.15);
        };
        double euros = minEuros + (maxEuros - minEuros) * wear;
        return Money.rounded(euros, euros < 30 ? 1 : euros < 300 ? 5 : 10);
    }
}
