/**
 * Listings: the ad and its lifecycle. Creation with validated, typed attributes per category, merge-patch
 * edits guarded by versions, withdraw, sold, renew, the seller's own list, idempotent creation and the
 * seed ads. It owns the {@code listing}, {@code idempotency_key} and {@code seed_listing} tables, uses
 * {@code accounts} to know the caller and {@code geo} to resolve places; it never depends on moderation,
 * search or the embed.
 */
package annonces.listings;
