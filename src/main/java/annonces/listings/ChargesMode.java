package annonces.listings;

/** How rent charges are paid: a provision settled yearly on actual costs, or a flat rate. */
public enum ChargesMode {
    PROVISION, FLAT_RATE
}
