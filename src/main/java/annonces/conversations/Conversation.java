package annonces.conversations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code conversation}: one buyer's thread with the seller of one ad. */
@MappedEntity("conversation")
record Conversation(
        @Id UUID id,
        UUID listingId,
        UUID sellerId,
        @Nullable UUID buyerId,
        Instant createdAt,
        Instant lastMessageAt,
        @Nullable Instant sellerReadAt,
        @Nullable Instant buyerReadAt,
        @Nullable Instant sellerNotifiedAt,
        @Nullable Instant buyerNotifiedAt,
        @Nullable Instant sellerUnnotifiedSince,
        @Nullable Instant buyerUnnotifiedSince,
        String openedByClient,
        @Nullable String guestName,
        @Nullable String guestEmail,
        @Nullable Instant guestBlockedAt) {

    boolean withGuest() {
        return buyerId == null;
    }

    /** Which side an account is on, or null when it is on neither. */
    @Nullable
    Side sideOf(UUID accountId) {
        if (accountId.equals(sellerId)) {
            return Side.SELLER;
        }
        return accountId.equals(buyerId) ? Side.BUYER : null;
    }

    @Nullable
    UUID accountOf(Side side) {
        return side == Side.SELLER ? sellerId : buyerId;
    }

    /** The two sides of a conversation. */
    enum Side {
        SELLER, BUYER;

        Side other() {
            return this == SELLER ? BUYER : SELLER;
        }
    }
}
