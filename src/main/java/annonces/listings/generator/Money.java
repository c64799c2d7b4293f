package annonces.listings.generator;

/** Euro amounts as sellers set them: round figures, then cents for the database. */
final class Money {

    private Money() {
    }

    /** {@code euros} rounded to the nearest {@code step} (5 €, 1,000 €...), never below one step. */
    static long rounded(double euros, long step) {
        return Math.max(step, Math.round(euros / step) * step);
    }

    /** {@code euros} brought within {@code [min, max]}, then rounded to {@code step}. */
    static long within(double euros, long min, long max, long step) {
        return rounded(Math.max(min, Math.min(max, euros)), step);
    }

    static long cents(long euros) {
        return euros * 100;
    }
}
