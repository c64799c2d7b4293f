package annonces.listings;

public enum ListingStatus {
    PENDING, PUBLISHED, REJECTED, EXPIRED, SOLD, WITHDRAWN, SUSPENDED
}
