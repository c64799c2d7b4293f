/**
 * Moderation: the admin queue, decisions on ads (approve, reject, suspend) with the statement of reasons
 * the seller sees, bans, public reports, the automatic flags that guide moderators, and the audit trail of
 * who did what. It owns the {@code audit_event} and {@code report} tables and the {@code moderation_flags} column, moves ads only
 * through {@link annonces.listings.Listings} (so the lifecycle stays in one place), and learns of every
 * change through {@link annonces.listings.ListingMoved} events; listings never depends on it.
 */
package annonces.moderation;
