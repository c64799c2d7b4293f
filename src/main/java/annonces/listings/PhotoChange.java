package annonces.listings;

/**
 * What happened to an ad's photos, which decides what happens to the ad. ADDED is new content, reviewed
 * again like an edit; SEEDED is the demo data's pictures, shown as the project wrote them; REMOVED and
 * ORDERED only show less, or differently, what was already reviewed, and keep the status. Each is announced
 * ({@link ListingMoved}: {@code EDIT} for ADDED, {@code PHOTOS_<change>} otherwise), so the audit trail
 * records it and this instance's caches drop the ad at once.
 */
public enum PhotoChange {
    ADDED, SEEDED, REMOVED, ORDERED
}
