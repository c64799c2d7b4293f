package annonces.conversations;

import annonces.listings.ListingStatus;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/**
 * A conversation as one of its sides sees it in the inbox: the ad, the other party's display name only (never
 * an address or a phone), the last message, and how many of the other side's messages are unread.
 *
 * @param role          the caller's side: SELLER (the ad is the caller's) or BUYER
 * @param blockedByMe   whether the caller blocked the other party (who can no longer write to it)
 */
public record ConversationView(UUID id, ListingRef listing, Conversation.Side role, Party otherParty,
                               LastMessage lastMessage, long unreadCount, Instant lastMessageAt, boolean blockedByMe) {

    /**
     * The ad the conversation is about.
     *
     * @param photoUrl the ad's first photo's thumbnail, when it has one that this side may see (its seller
     *                 always; the buyer while the ad is published)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ListingRef(UUID id, String title, ListingStatus status, String photoUrl) {
    }

    /** The other side, as far as the caller may know it. */
    public record Party(String displayName) {
    }

    /** The newest message, in full (at most 2,000 characters). */
    public record LastMessage(String text, boolean fromMe, Instant at) {
    }
}
