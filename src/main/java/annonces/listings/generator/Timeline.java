package annonces.listings.generator;

import annonces.listings.ListingStatus;

import java.time.Instant;

/**
 * An ad's status with the dates that fit it: created before published, published for 60 days, changed
 * last when its status did. {@code publishedAt} and {@code expiresAt} are null for an ad never published.
 */
record Timeline(ListingStatus status, Instant createdAt, Instant updatedAt, Instant publishedAt,
                Instant expiresAt, String moderationReason) {
}
