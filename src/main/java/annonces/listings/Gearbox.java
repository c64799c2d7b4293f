package annonces.listings;

public enum Gearbox {
    MANUAL, AUTOMATIC
}
