package annonces.conversations;

import annonces.accounts.AccountRepository;
import annonces.listings.Listing;
import annonces.listings.ListingRepository;
import annonces.listings.Listings;
import annonces.mail.Outbox;
import annonces.system.InvalidInputException;
import annonces.system.Keyring;
import annonces.system.Sha256;
import annonces.system.SignedTokens;
import annonces.system.TooManyRequestsException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * "Contacter le vendeur" for a reader without an account. The form on the ad page carries a token signed for
 * that ad and a honeypot; a request is kept (table {@code guest_contact}) and a link is mailed to the address
 * given. Only when the reader follows it is the message delivered, as a conversation whose buyer side is the
 * guest, who continues it through a signed link (no account). Requests are limited per client and per address.
 */
@Singleton
public class GuestContacts {

    static final String FORM = "contact-form";
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final Duration LIFETIME = Duration.ofHours(24);
    private static final int PER_HOUR = 5;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** What an address looks like: one @, a dot after it, no space; the mailed link is the real check. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final PendingContactRepository pending;
    private final Listings listings;
    private final ListingRepository listingRows;
    private final AccountRepository accounts;
    private final Conversations conversations;
    private final SignedTokens tokens;
    private final Keyring keyring;
    private final Outbox outbox;
    private final Clock clock;

    GuestContacts(PendingContactRepository pending, Listings listings, ListingRepository listingRows,
                  AccountRepository accounts, Conversations conversations,
                  SignedTokens tokens, Keyring keyring, Outbox outbox, Clock clock) {
        this.pending = pending;
        this.listings = listings;
        this.listingRows = listingRows;
        this.accounts = accounts;
        this.conversations = conversations;
        this.tokens = tokens;
        this.keyring = keyring;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The token the ad page's form carries: signed for that ad, so a form cannot be posted for another. */
    public String formToken(UUID listingId) {
        return tokens.issue(FORM, null, listingId.toString());
    }

    /** Whether the ad page offers "Voir le numéro": its seller shows a phone. */
    @Transactional(readOnly = true)
    public boolean phoneShown(UUID sellerId) {
        return accounts.findById(sellerId).filter(a -> a.showPhone() && a.phone() != null).isPresent();
    }

    /** What the reader typed. */
    record Request(String formToken, @Nullable String honeypot, String name, String email, String message) {
    }

    /**
     * Keeps the request and mails the confirmation link; a filled honeypot (a robot) is answered the same way
     * and nothing is kept or sent.
     */
    @Transactional
    void ask(String listingId, Request request, String clientAddress) {
        Listing listing = listings.visible(listingId, Optional.empty());
        if (!tokens.open(FORM, request.formToken()).get(0).equals(listing.id().toString())) {
            throw new InvalidInputException("token", "this form is not this ad's; reload the page");
        }
        if (request.honeypot() != null && !request.honeypot().isBlank()) {
            return;
        }
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 80 || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("name", "give a name of 1 to 80 characters");
        }
        String email = request.email() == null ? "" : request.email().strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("email", "is not an e-mail address");
        }
        String body = MessageText.clean("message", request.message());
        String client = keyring.clientKey("guest-contact", clientAddress);
        Instant now = clock.instant();
        pending.lock("guest-contact:" + client);
        if (pending.countFromClient(client, now.minus(WINDOW)) >= PER_HOUR
                || pending.countFromAddress(email, now.minus(WINDOW)) >= PER_HOUR) {
            throw new TooManyRequestsException("At most " + PER_HOUR + " messages an hour from one visitor",
                    WINDOW.toSeconds() / 4);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        pending.insert(Sha256.of(token), listing.id(), name, email, body, client, now, now.plus(LIFETIME));
        outbox.post("guest-confirm", email, Map.of("name", name, "title", listing.title(), "text", body,
                "link", outbox.link("/contact/confirmer", "token", token)));
    }

    /** The request the link is for, if it can still be confirmed. */
    @Transactional(readOnly = true)
    Optional<String> titleToConfirm(@Nullable String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return pending.findByTokenHash(Sha256.of(token.strip())).filter(p -> p.expiresAt().isAfter(clock.instant()))
                .flatMap(p -> listingRows.findById(p.listingId()).filter(Listing::isPublic)).map(Listing::title);
    }

    /**
     * The link followed and confirmed: the message goes to the seller (as a conversation, told by the digest),
     * the guest is mailed its own link to the conversation. Confirming twice delivers once.
     *
     * @return where the guest reads the conversation, or empty for a link that is unknown, expired or whose ad
     *         is gone
     */
    @Transactional
    Optional<String> confirm(@Nullable String token) {
        Optional<PendingContact> found = find(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PendingContact p = found.get();
        if (p.conversationId() != null) {
            return Optional.of(page(p.conversationId()));
        }
        Optional<Listing> listing = listingRows.findById(p.listingId()).filter(Listing::isPublic);
        if (listing.isEmpty() || accounts.findById(listing.get().sellerId()).map(a -> !a.active()).orElse(true)) {
            return Optional.empty();
        }
        UUID conversation = conversations.openAsGuest(p.listingId(), listing.get().sellerId(), p.name(), p.email(),
                p.body(), p.clientKey());
        pending.confirm(p.tokenHash(), clock.instant(), conversation);
        String page = page(conversation);
        outbox.post("guest-sent", p.email(), Map.of("name", p.name(), "title", listing.get().title(),
                "link", outbox.link(page)));
        return Optional.of(page);
    }

    private String page(UUID conversation) {
        return "/messages/" + conversation + "?token="
                + URLEncoder.encode(conversations.link(conversation, Conversation.Side.BUYER), StandardCharsets.UTF_8);
    }

    private Optional<PendingContact> find(@Nullable String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return pending.findForUpdate(Sha256.of(token.strip())).filter(p -> p.expiresAt().isAfter(clock.instant()));
    }
}
