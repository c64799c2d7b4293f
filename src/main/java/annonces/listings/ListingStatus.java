package annonces.listings;

/** DRAFT: written by an account whose address is not confirmed yet; it enters moderation once it is. */
public enum ListingStatus {
    DRAFT, PENDING, PUBLISHED, REJECTED, EXPIRED, SOLD, WITHDRAWN, SUSPENDED
}
