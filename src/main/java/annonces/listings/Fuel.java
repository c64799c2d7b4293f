package annonces.listings;

public enum Fuel {
    PETROL, DIESEL, HYBRID, PLUGIN_HYBRID, ELECTRIC, LPG, OTHER
}
