package annonces.listings;

/** The three sections of the news site's block. */
public enum Category {
    REAL_ESTATE("Immobilier", RealEstateAttributes.class),
    VEHICLES("Automobile", VehicleAttributes.class),
    GOODS("Bonnes affaires", GoodsAttributes.class);

    private final String label;
    private final Class<? extends ListingAttributes> attributes;

    Category(String label, Class<? extends ListingAttributes> attributes) {
        this.label = label;
        this.attributes = attributes;
    }

    public String label() {
        return label;
    }

    Class<? extends ListingAttributes> attributesType() {
        return attributes;
    }
}
