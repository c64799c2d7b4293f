package annonces.listings;

public enum ItemCondition {
    NEW, LIKE_NEW, GOOD, FAIR, FOR_PARTS
}
