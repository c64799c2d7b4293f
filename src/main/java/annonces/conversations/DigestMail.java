package annonces.conversations;

import annonces.accounts.AccountRepository;
import annonces.accounts.Notifications;
import annonces.listings.ListingRepository;
import annonces.mail.Outbox;
import annonces.system.SignedTokens;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The mail that tells a side of messages it has not read: at most one per conversation and side every
 * {@link ConversationSettings#digestEvery()}, with every message since the last one (or since it last read),
 * the other party's display name, and a link that opens the conversation without a login. Never an address.
 * Sides are claimed with {@code FOR UPDATE SKIP LOCKED}: each digest is written by one instance, in the same
 * transaction that records it as sent.
 */
@Singleton
class DigestMail {

    static final String LINK_PURPOSE = "conversation";
    private static final int BATCH = 50;

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final ListingRepository listings;
    private final AccountRepository accounts;
    private final Notifications notifications;
    private final SignedTokens tokens;
    private final Outbox outbox;
    private final ConversationSettings settings;
    private final Clock clock;

    DigestMail(ConversationRepository conversations, MessageRepository messages, ListingRepository listings,
               AccountRepository accounts, Notifications notifications, SignedTokens tokens, Outbox outbox,
               ConversationSettings settings, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.listings = listings;
        this.accounts = accounts;
        this.notifications = notifications;
        this.tokens = tokens;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return how many sides were dealt with (mailed, or found to need no mail) */
    @Transactional
    int sendDue() {
        Instant now = clock.instant();
        Instant notBefore = now.minus(settings.digestEvery());
        List<Conversation> due = conversations.findDigestsDue(notBefore, BATCH);
        int dealt = 0;
        for (Conversation c : due) {
            for (Conversation.Side side : Conversation.Side.values()) {
                boolean seller = side == Conversation.Side.SELLER;
                Instant waiting = seller ? c.sellerUnnotifiedSince() : c.buyerUnnotifiedSince();
                Instant notified = seller ? c.sellerNotifiedAt() : c.buyerNotifiedAt();
                if (waiting == null || notified != null && notified.isAfter(notBefore)) {
                    continue;
                }
                send(c, side, now);
                conversations.markNotified(c.id(), seller, now);
                dealt++;
            }
        }
        return dealt;
    }

    private void send(Conversation c, Conversation.Side side, Instant now) {
        boolean seller = side == Conversation.Side.SELLER;
        Instant read = seller ? c.sellerReadAt() : c.buyerReadAt();
        Instant notified = seller ? c.sellerNotifiedAt() : c.buyerNotifiedAt();
        Instant after = latest(read, notified);
        List<Message> unread = messages.findSince(c.id(), !seller, after);
        if (unread.isEmpty()) {
            return;
        }
        String title = listings.findById(c.listingId()).map(l -> l.title()).orElse("votre annonce");
        UUID otherId = c.accountOf(side.other());
        String other = otherId != null ? accounts.findById(otherId).map(a -> a.displayName()).orElse("Compte supprimé")
                : c.guestName() + " (visiteur)";
        String token = tokens.issue(LINK_PURPOSE, now.plus(settings.linkLifetime()), c.id().toString(), side.name());
        Map<String, Object> model = Map.of("otherName", other, "title", title,
                "texts", unread.stream().map(Message::body).toList(),
                "link", outbox.link("/messages/" + c.id(), "token", token));
        UUID recipientId = c.accountOf(side);
        if (recipientId == null) {
            // The guest asked a question and is told of the answer: what it asked for, so transactional mail.
            Map<String, Object> toGuest = new HashMap<>(model);
            toGuest.put("displayName", c.guestName());
            outbox.post("new-messages", c.guestEmail(), toGuest);
            return;
        }
        notifications.recipient(recipientId).ifPresent(recipient -> {
            Map<String, Object> toAccount = new HashMap<>(model);
            toAccount.put("displayName", recipient.displayName());
            outbox.notify("new-messages", recipient.email(), toAccount, recipient.unsubscribeUrl());
        });
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b == null ? Instant.EPOCH : b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
