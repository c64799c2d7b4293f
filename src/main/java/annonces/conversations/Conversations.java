package annonces.conversations;

import annonces.accounts.Account;
import annonces.accounts.AccountRepository;
import annonces.accounts.Caller;
import annonces.accounts.EmailVerification;
import annonces.listings.Listing;
import annonces.listings.ListingRepository;
import annonces.listings.Listings;
import annonces.system.ConflictException;
import annonces.system.Cursors;
import annonces.system.ForbiddenException;
import annonces.system.Keyring;
import annonces.system.NotFoundException;
import annonces.system.SignedTokens;
import annonces.system.TooManyRequestsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The use cases of conversations, each in one transaction: open or continue a thread on an ad, write, read
 * (participants only; admins too), mark read, block. Anyone else asking about a conversation is told it does
 * not exist.
 */
@Singleton
public class Conversations {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final String INBOX = "inbox";
    private static final String THREAD = "thread";
    private static final TypeReference<List<Map<String, String>>> FLAGS = new TypeReference<>() {
    };

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final Inbox inbox;
    private final Listings listings;
    private final ListingRepository listingRows;
    private final AccountRepository accounts;
    private final EmailVerification verification;
    private final ConversationSettings settings;
    private final Cursors cursors;
    private final Keyring keyring;
    private final SignedTokens tokens;
    private final ObjectMapper json;
    private final ApplicationEventPublisher<MessagePosted> events;
    private final Clock clock;

    Conversations(ConversationRepository conversations, MessageRepository messages, Inbox inbox, Listings listings,
                  ListingRepository listingRows, AccountRepository accounts, EmailVerification verification, ConversationSettings settings,
                  Cursors cursors, Keyring keyring, SignedTokens tokens, ObjectMapper json,
                  ApplicationEventPublisher<MessagePosted> events, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.inbox = inbox;
        this.listings = listings;
        this.listingRows = listingRows;
        this.accounts = accounts;
        this.verification = verification;
        this.settings = settings;
        this.cursors = cursors;
        this.keyring = keyring;
        this.tokens = tokens;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** What opening a conversation did: a new thread, or a message added to the caller's existing one. */
    public record Opened(ConversationView conversation, boolean created) {
    }

    /**
     * {@code POST /api/v1/listings/{id}/conversations}: the caller's first message to the seller of a published
     * ad, or the next one in the thread it already has on that ad.
     */
    @Transactional
    public Opened open(Caller buyer, String listingId, String text, String clientAddress) {
        String body = MessageText.clean("message", text);
        Listing listing = listings.visible(listingId, Optional.empty());
        if (listing.sellerId().equals(buyer.accountId())) {
            throw new ConflictException("This is your own ad: buyers write to you here, you do not write to yourself");
        }
        requireVerified(buyer);
        if (conversations.blocks(listing.sellerId(), buyer.accountId())) {
            throw new ForbiddenException("This seller does not accept your messages");
        }
        Instant now = clock.instant();
        Optional<Conversation> existing = conversations.findByBuyerForUpdate(buyer.accountId(), listing.id());
        boolean created = existing.isEmpty();
        if (created) {
            String client = keyring.clientKey("conversations", clientAddress);
            limitOpenings(buyer.accountId(), client, now);
            conversations.openIfAbsent(UUID.randomUUID(), listing.id(), listing.sellerId(), buyer.accountId(), now,
                    client);
        }
        Conversation conversation = existing.isPresent() ? existing.get()
                : conversations.findByBuyerForUpdate(buyer.accountId(), listing.id()).orElseThrow();
        write(conversation, Conversation.Side.BUYER, buyer.accountId(), body, now);
        return new Opened(view(conversation.id(), buyer.accountId()), created);
    }

    /** {@code POST /api/v1/conversations/{id}/messages}: a participant writes to the other. */
    @Transactional
    public MessageView post(Caller caller, String conversationId, String text) {
        String body = MessageText.clean("message", text);
        Conversation conversation = lockedParticipating(caller, conversationId);
        Conversation.Side side = conversation.sideOf(caller.accountId());
        requireVerified(caller);
        UUID other = conversation.accountOf(side.other());
        if (other != null && conversations.blocks(other, caller.accountId())) {
            throw new ForbiddenException("The other party does not accept your messages any more");
        }
        if (other != null && accounts.findById(other).map(a -> !a.active()).orElse(true)) {
            throw new ConflictException("The other party's account is closed: the message could not be delivered");
        }
        return write(conversation, side, caller.accountId(), body, clock.instant());
    }

    /** {@code GET /api/v1/me/conversations}: both sides, newest activity first. */
    @Transactional(readOnly = true)
    public Cursors.Slice<ConversationView> inbox(Caller caller, int limit, @Nullable String cursor) {
        Position after = position(INBOX, cursor);
        List<ConversationView> rows = inbox.page(caller.accountId(), after.at(), after.id(), limit + 1);
        return cursors.slice(INBOX, rows, limit, last -> List.of(last.lastMessageAt().toString(), last.id().toString()));
    }

    /** One conversation of the caller's, as its inbox shows it. */
    @Transactional(readOnly = true)
    public ConversationView one(Caller caller, String conversationId) {
        Conversation conversation = participating(caller, conversationId, false);
        return view(conversation.id(), caller.accountId());
    }

    /** {@code GET /api/v1/conversations/{id}/messages}: newest first; participants, and admins. */
    @Transactional(readOnly = true)
    public Cursors.Slice<MessageView> thread(Caller caller, String conversationId, int limit, @Nullable String cursor) {
        Conversation conversation = participating(caller, conversationId, true);
        return thread(conversation, conversation.sideOf(caller.accountId()), limit, cursor);
    }

    private Cursors.Slice<MessageView> thread(Conversation conversation, @Nullable Conversation.Side side, int limit,
                                              @Nullable String cursor) {
        Position after = position(THREAD + conversation.id(), cursor);
        List<Message> rows = messages.findThread(conversation.id(), after.at(), after.id(), limit + 1);
        Cursors.Slice<Message> slice = cursors.slice(THREAD + conversation.id(), rows, limit,
                last -> List.of(last.createdAt().toString(), last.id().toString()));
        String sellerName = nameOf(conversation.sellerId());
        String buyerName = buyerName(conversation);
        return new Cursors.Slice<>(slice.items().stream().map(m -> {
            boolean fromMe = side != null && m.fromSeller() == (side == Conversation.Side.SELLER);
            return new MessageView(m.id(), fromMe, m.fromSeller() ? sellerName : buyerName, m.body(), m.createdAt(),
                    fromMe ? List.of() : codes(m.flags()));
        }).toList(), slice.nextCursor());
    }

    /** {@code POST /api/v1/conversations/{id}/read}: everything of the other side up to now is read. */
    @Transactional
    public void markRead(Caller caller, String conversationId) {
        Conversation conversation = lockedParticipating(caller, conversationId);
        conversations.markRead(conversation.id(), conversation.sideOf(caller.accountId()) == Conversation.Side.SELLER,
                clock.instant());
    }

    /** The caller accepts no more messages from the other party, in this conversation or any other. */
    @Transactional
    public void block(Caller caller, String conversationId, boolean block) {
        Conversation conversation = participating(caller, conversationId, false);
        UUID other = conversation.accountOf(conversation.sideOf(caller.accountId()).other());
        if (other == null) {
            conversations.blockGuest(conversation.id(), block ? clock.instant() : null);
            return;
        }
        if (block) {
            conversations.block(caller.accountId(), other, clock.instant());
        } else {
            conversations.unblock(caller.accountId(), other);
        }
    }

    /** The side a conversation link speaks for: an account's, or the guest's (no account). */
    record LinkSide(UUID conversationId, Conversation.Side side, @Nullable UUID accountId) {
    }

    /** A link to a conversation for one side, valid {@link ConversationSettings#linkLifetime()}. */
    String link(UUID conversationId, Conversation.Side side) {
        return tokens.issue(DigestMail.LINK_PURPOSE, clock.instant().plus(settings.linkLifetime()),
                conversationId.toString(), side.name());
    }

    /**
     * Who a conversation link (in a digest, or the guest's confirmation) speaks for: the side it was mailed to.
     * A forged, altered or expired link, or one of another conversation, is a 400 naming {@code token}.
     */
    @Transactional(readOnly = true)
    LinkSide byLink(String conversationId, String token) {
        List<String> parts = tokens.open(DigestMail.LINK_PURPOSE, token);
        if (!parts.get(0).equals(conversationId)) {
            throw new annonces.system.InvalidInputException("token", "this link is for another conversation");
        }
        Conversation conversation = conversations.findById(UUID.fromString(conversationId))
                .orElseThrow(() -> notFound(conversationId));
        Conversation.Side side = Conversation.Side.valueOf(parts.get(1));
        return new LinkSide(conversation.id(), side, conversation.accountOf(side));
    }

    /** The conversation as the link's side sees it. */
    @Transactional(readOnly = true)
    ConversationView one(LinkSide link) {
        if (link.accountId() != null) {
            return one(new Caller(link.accountId(), false), link.conversationId().toString());
        }
        Conversation c = conversations.findById(link.conversationId()).orElseThrow();
        Listing listing = listingRows.findById(c.listingId()).orElseThrow();
        List<Message> last = messages.findThread(c.id(), Instant.parse("9999-12-31T23:59:59Z"), new UUID(-1L, -1L), 1);
        ConversationView.LastMessage lastMessage = last.isEmpty() ? null
                : new ConversationView.LastMessage(last.get(0).body(), !last.get(0).fromSeller(), last.get(0).createdAt());
        return new ConversationView(c.id(), new ConversationView.ListingRef(listing.id(), listing.title(),
                listing.status(), null), Conversation.Side.BUYER, new ConversationView.Party(nameOf(c.sellerId())),
                lastMessage, 0, c.lastMessageAt(), false);
    }

    /** The newest messages, as the link's side sees them. */
    @Transactional(readOnly = true)
    List<MessageView> thread(LinkSide link, int limit) {
        Conversation c = conversations.findById(link.conversationId()).orElseThrow();
        return thread(c, link.side(), limit, null).items();
    }

    /** The link's side writes: as its account would, or as the guest. */
    @Transactional
    MessageView post(LinkSide link, String text) {
        if (link.accountId() != null) {
            return post(new Caller(link.accountId(), false), link.conversationId().toString(), text);
        }
        String body = MessageText.clean("message", text);
        Conversation c = conversations.findForUpdate(link.conversationId()).orElseThrow();
        if (c.guestBlockedAt() != null) {
            throw new ForbiddenException("The seller does not accept your messages any more");
        }
        return write(c, Conversation.Side.BUYER, null, body, clock.instant());
    }

    /**
     * A guest's confirmed first message (the reader followed the link mailed to the address it gave): a new
     * conversation whose buyer side is that guest. Answers its id.
     */
    @Transactional
    UUID openAsGuest(UUID listingId, UUID sellerId, String name, String email, String body, String client) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        conversations.openForGuest(id, listingId, sellerId, name, email, now, client);
        Conversation conversation = conversations.findForUpdate(id).orElseThrow();
        write(conversation, Conversation.Side.BUYER, null, body, now);
        return id;
    }

    /** A message and where it belongs, for moderation (reports, flags). */
    public record MessageRef(UUID messageId, UUID conversationId, UUID listingId, boolean fromSeller, String text,
                             Instant createdAt) {
    }

    /** The message, if the caller takes part in its conversation; otherwise as if it did not exist. */
    @Transactional(readOnly = true)
    public MessageRef messageSeenBy(Caller caller, String messageId) {
        UUID id = parse(messageId, "message");
        Message message = messages.findById(id).orElseThrow(() -> new NotFoundException("No message " + messageId));
        Conversation conversation = participating(caller, message.conversationId().toString(), false);
        return new MessageRef(message.id(), conversation.id(), conversation.listingId(), message.fromSeller(),
                message.body(), message.createdAt());
    }

    /** Whether the caller wrote the message (its side is the message's). */
    @Transactional(readOnly = true)
    public boolean wroteIt(Caller caller, MessageRef message) {
        Conversation conversation = conversations.findById(message.conversationId()).orElseThrow();
        return conversation.sideOf(caller.accountId()) == (message.fromSeller() ? Conversation.Side.SELLER
                : Conversation.Side.BUYER);
    }

    /** A message for the moderators, whoever they are. */
    @Transactional(readOnly = true)
    public MessageRef message(UUID messageId) {
        Message m = messages.findById(messageId).orElseThrow(() -> new NotFoundException("No message " + messageId));
        Conversation c = conversations.findById(m.conversationId()).orElseThrow();
        return new MessageRef(m.id(), c.id(), c.listingId(), m.fromSeller(), m.body(), m.createdAt());
    }

    /** Moderation's findings on a message: {@code [{code, detail}]}, shown to admins and as warnings to its reader. */
    @Transactional
    public void flag(UUID messageId, List<Map<String, String>> flags) {
        try {
            messages.setFlags(messageId, json.writeValueAsString(flags));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Flagged messages, newest first, for the moderators. */
    public record FlaggedMessage(MessageRef message, List<Map<String, String>> flags) {
    }

    @Transactional(readOnly = true)
    public Cursors.Slice<FlaggedMessage> flagged(int limit, @Nullable String cursor) {
        Position after = position("flagged", cursor);
        List<Message> rows = messages.findFlagged(after.at(), after.id(), limit + 1);
        Cursors.Slice<Message> slice = cursors.slice("flagged", rows, limit,
                last -> List.of(last.createdAt().toString(), last.id().toString()));
        return new Cursors.Slice<>(slice.items().stream().map(m -> {
            Conversation c = conversations.findById(m.conversationId()).orElseThrow();
            return new FlaggedMessage(new MessageRef(m.id(), c.id(), c.listingId(), m.fromSeller(), m.body(),
                    m.createdAt()), readFlags(m.flags()));
        }).toList(), slice.nextCursor());
    }

    private MessageView write(Conversation conversation, Conversation.Side side, @Nullable UUID author, String body,
                              Instant now) {
        if (author != null) {
            limitMessages(author, now);
        } else if (messages.countInThreadSince(conversation.id(), false, now.minus(HOUR)) >= settings.messagesPerHour()) {
            throw new TooManyRequestsException("At most " + settings.messagesPerHour() + " messages an hour",
                    HOUR.toSeconds() / 12);
        }
        boolean fromSeller = side == Conversation.Side.SELLER;
        Message message = messages.save(new Message(UUID.randomUUID(), conversation.id(), fromSeller, body, "[]", now));
        conversations.recordMessage(conversation.id(), fromSeller, now);
        events.publishEvent(new MessagePosted(message.id(), conversation.id(), conversation.listingId(), body));
        return new MessageView(message.id(), true, author == null ? buyerName(conversation) : nameOf(author), body, now,
                List.of());
    }

    private void limitOpenings(UUID buyer, String client, Instant now) {
        conversations.lock("conversations:" + buyer);
        conversations.lock("conversations:" + client);
        Instant since = now.minus(HOUR);
        if (conversations.countOpenedBy(buyer, since) >= settings.openedPerHour()) {
            throw new TooManyRequestsException("At most " + settings.openedPerHour()
                    + " new conversations an hour from one account", HOUR.toSeconds() / 4);
        }
        if (conversations.countOpenedFrom(client, since) >= settings.openedPerHourByClient()) {
            throw new TooManyRequestsException("At most " + settings.openedPerHourByClient()
                    + " new conversations an hour from one client", HOUR.toSeconds() / 4);
        }
    }

    private void limitMessages(UUID author, Instant now) {
        conversations.lock("messages:" + author);
        if (messages.countWrittenBy(author, now.minus(HOUR)) >= settings.messagesPerHour()) {
            throw new TooManyRequestsException("At most " + settings.messagesPerHour() + " messages an hour",
                    HOUR.toSeconds() / 12);
        }
    }

    private void requireVerified(Caller caller) {
        if (!verification.satisfied(caller.accountId())) {
            throw new ForbiddenException("Confirm your e-mail address first: follow the link we mailed you "
                    + "(POST /api/v1/me/email-verification sends it again)");
        }
    }

    private Conversation participating(Caller caller, String conversationId, boolean adminsToo) {
        UUID id = parse(conversationId, "conversation");
        Conversation conversation = conversations.findById(id).orElseThrow(() -> notFound(conversationId));
        if (conversation.sideOf(caller.accountId()) == null && !(adminsToo && caller.admin())) {
            throw notFound(conversationId);
        }
        return conversation;
    }

    private Conversation lockedParticipating(Caller caller, String conversationId) {
        UUID id = parse(conversationId, "conversation");
        Conversation conversation = conversations.findForUpdate(id).orElseThrow(() -> notFound(conversationId));
        if (conversation.sideOf(caller.accountId()) == null) {
            throw notFound(conversationId);
        }
        return conversation;
    }

    private ConversationView view(UUID conversationId, UUID accountId) {
        return inbox.one(accountId, conversationId).orElseThrow(() -> notFound(conversationId.toString()));
    }

    private String buyerName(Conversation conversation) {
        return conversation.withGuest() ? conversation.guestName() + " (visiteur)" : nameOf(conversation.buyerId());
    }

    private String nameOf(UUID accountId) {
        return accounts.findById(accountId).map(Account::displayName).orElse("Compte supprimé");
    }

    private List<String> codes(String flags) {
        return readFlags(flags).stream().map(f -> f.get("code")).distinct().toList();
    }

    private List<Map<String, String>> readFlags(String flags) {
        try {
            return json.readValue(flags, FLAGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored flags do not bind: " + flags, e);
        }
    }

    private record Position(Instant at, UUID id) {
    }

    private Position position(String kind, @Nullable String cursor) {
        return cursor == null ? new Position(Instant.parse("9999-12-31T23:59:59Z"), new UUID(-1L, -1L))
                : cursors.position(kind, cursor, p -> new Position(Instant.parse(p.get(0)), UUID.fromString(p.get(1))));
    }

    private static UUID parse(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No " + what + " " + id);
        }
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No conversation " + id);
    }
}
