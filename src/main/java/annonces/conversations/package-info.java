/**
 * Conversations: a buyer's thread with a seller about one ad, its messages, read marks, blocks, and the digest
 * mail that tells each side of new messages (at most one per conversation every 15 minutes). It owns the
 * {@code conversation}, {@code message} and {@code account_block} tables. It uses listings (the ad and its
 * seller), accounts (who is calling, whether the address is confirmed, display names) and mail; moderation
 * flags and reports messages through {@link annonces.conversations.MessagePosted} and
 * {@link annonces.conversations.Conversations}, never the reverse. No participant's e-mail or phone is ever
 * shown to the other.
 */
package annonces.conversations;
