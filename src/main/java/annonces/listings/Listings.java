package annonces.listings;

import annonces.accounts.AccountErased;
import annonces.accounts.Caller;
import annonces.accounts.EmailVerification;
import annonces.accounts.EmailVerified;
import annonces.system.ConflictException;
import annonces.system.Cursors;
import annonces.system.FieldError;
import annonces.system.InvalidInputException;
import annonces.system.JsonInputErrors;
import annonces.system.NotFoundException;
import annonces.system.StaleVersionException;
import annonces.system.Sha256;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The seller's use cases on an ad, each in one transaction, each move checked by {@link Lifecycle}. */
@Singleton
public class Listings {

    /** What a merge patch may change; {@code category} is fixed at creation (withdraw and post anew). */
    private static final Set<String> PATCHABLE = Set.of("title", "description", "priceCents", "location",
            "attributes", "subcategory");
    private static final String MINE = "mine";

    private final ListingRepository listings;
    private final IdempotencyKeyRepository idempotencyKeys;
    private final ListingContentRules rules;
    private final ListingSettings settings;
    private final ModerationSettings moderation;
    private final ObjectMapper json;
    private final Cursors cursors;
    private final ApplicationEventPublisher<ListingMoved> events;
    private final EmailVerification verification;
    private final ListingPhotos photoLists;
    private final Clock clock;

    Listings(ListingRepository listings, IdempotencyKeyRepository idempotencyKeys, ListingContentRules rules,
             ListingSettings settings, ModerationSettings moderation, ObjectMapper json, Cursors cursors,
             ApplicationEventPublisher<ListingMoved> events, EmailVerification verification, ListingPhotos photoLists,
             Clock clock) {
        this.listings = listings;
        this.idempotencyKeys = idempotencyKeys;
        this.rules = rules;
        this.settings = settings;
        this.moderation = moderation;
        this.json = json;
        this.cursors = cursors;
        this.events = events;
        this.verification = verification;
        this.photoLists = photoLists;
        this.clock = clock;
    }

    /** A created ad, or the first answer to a retried request with the same {@code Idempotency-Key}. */
    public record Created(Listing listing, boolean replayed) {
    }

    @Transactional
    public Created create(Caller seller, ListingDraft draft, String idempotencyKey) {
        ListingContent content = rules.validate(draft);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        if (idempotencyKey != null) {
            byte[] fingerprint = fingerprint(content);
            if (idempotencyKeys.claim(seller.accountId(), idempotencyKey, fingerprint, id, now) == 0) {
                IdempotencyKey first = idempotencyKeys.find(seller.accountId(), idempotencyKey).orElseThrow();
                if (!MessageDigest.isEqual(first.requestHash(), fingerprint)) {
                    throw new ConflictException("The Idempotency-Key " + idempotencyKey
                            + " was already used for a different ad; use a new key for a new ad");
                }
                return new Created(listings.findById(first.listingId()).orElseThrow(), true);
            }
        }
        ListingStatus status = !verification.satisfied(seller.accountId()) ? ListingStatus.DRAFT
                : moderation.prePublication() ? ListingStatus.PENDING : ListingStatus.PUBLISHED;
        Listing created = listings.save(newListing(id, seller.accountId(), content, status, now));
        announce(created, seller.accountId(), "CREATE", null, null);
        // read again: the automatic flags were written by the announcement, the seller sees them in the answer
        return new Created(listings.findById(id).orElseThrow(), false);
    }

    Listing newListing(UUID id, UUID sellerId, ListingContent c, ListingStatus status, Instant now) {
        boolean published = status == ListingStatus.PUBLISHED;
        return new Listing(id, sellerId, c.category(), c.subcategory(), c.title(), c.description(), c.priceCents(),
                c.location().postcode(), c.location().city(), c.location().inseeCode(),
                c.location().department().code(), c.location().region().code(), write(c.attributes()), "[]", status,
                "[]", null, now, now, published ? now : null,
                published ? now.plus(settings.lifetime()) : null, 0);
    }

    /** A published ad for anyone; any status for its owner and admins; otherwise as if it did not exist. */
    @Transactional(readOnly = true)
    public Listing visible(String id, Optional<Caller> caller) {
        Listing listing = find(id);
        if (listing.isPublic() || caller.map(c -> c.admin() || c.accountId().equals(listing.sellerId())).orElse(false)) {
            return listing;
        }
        throw notFound(id);
    }

    @Transactional
    public Listing patch(Caller owner, String id, JsonNode patch, Integer expectedVersion) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidInputException(List.of(new FieldError(null,
                    "A merge patch is a JSON object of the members to change")));
        }
        checkPatchMembers(patch);
        Listing current = owned(owner, id);
        checkVersion(current, expectedVersion);
        ObjectNode base = draftOf(current);
        JsonNode place = patch.get("location");
        if (place != null && place.has("postcode") && !place.has("city")) {
            // A new postcode makes the old city meaningless: resolve the new one on its own.
            ((ObjectNode) base.get("location")).remove("city");
        }
        ObjectNode merged = mergePatch(base, patch);
        ListingDraft draft;
        try {
            draft = json.treeToValue(merged, ListingDraft.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(List.of(JsonInputErrors.describe(e)));
        }
        ListingContent content = rules.validate(draft);
        if (sameContent(current, content)) {
            return current;
        }
        ListingStatus next = Lifecycle.next(current.status(), Lifecycle.Move.EDIT, moderation.prePublication());
        Listing edited = update(current.withContent(content, write(content.attributes()), next, clock.instant()));
        announce(edited, owner.accountId(), Lifecycle.Move.EDIT.name(), current.status(), null);
        return listings.findById(edited.id()).orElseThrow();
    }

    @Transactional
    public void withdraw(Caller caller, String id) {
        Listing listing = caller.admin() ? find(id) : owned(caller, id);
        move(listing, Lifecycle.Move.WITHDRAW, caller.accountId(), null);
    }

    @Transactional
    public Listing sell(Caller owner, String id) {
        return move(owned(owner, id), Lifecycle.Move.SELL, owner.accountId(), null);
    }

    /** An expired ad is published again; a published one runs for a full lifetime from now, never less. */
    @Transactional
    public Listing renew(Caller owner, String id) {
        Listing listing = owned(owner, id);
        Lifecycle.next(listing.status(), Lifecycle.Move.RENEW, moderation.prePublication());
        Instant now = clock.instant();
        Instant expires = now.plus(settings.lifetime());
        if (listing.expiresAt() != null && listing.status() == ListingStatus.PUBLISHED
                && listing.expiresAt().isAfter(expires)) {
            expires = listing.expiresAt();
        }
        Listing renewed = update(listing.published(now, expires));
        announce(renewed, owner.accountId(), Lifecycle.Move.RENEW.name(), listing.status(), null);
        return renewed;
    }

    /**
     * A status change decided elsewhere (moderation, expiry), with the same rules and the same locking.
     *
     * @param actorId the admin, or null for the service itself
     * @param reason  the statement of reasons the seller sees (rejection, suspension)
     */
    @Transactional
    public Listing decide(@Nullable UUID actorId, String id, Lifecycle.Move move, @Nullable String reason,
                          @Nullable Integer expectedVersion) {
        Listing listing = find(id);
        checkVersion(listing, expectedVersion);
        if (move == Lifecycle.Move.APPROVE) {
            Lifecycle.next(listing.status(), move, moderation.prePublication());
            Instant now = clock.instant();
            Listing approved = update(listing.published(now, now.plus(settings.lifetime())));
            announce(approved, actorId, move.name(), listing.status(), reason);
            return approved;
        }
        return move(listing, move, actorId, reason);
    }

    /** The seller's address is confirmed: its drafts go to moderation (or online), each move audited. */
    @EventListener
    void onEmailVerified(EmailVerified verified) {
        listings.findBySellerInStatus(verified.accountId(), ListingStatus.DRAFT.name())
                .forEach(l -> move(l, Lifecycle.Move.SUBMIT, verified.accountId(), null));
    }

    /** An erased account's ads are withdrawn: gone from every view, kept (without the person) for the audit trail. */
    @EventListener
    void onAccountErased(AccountErased erased) {
        listings.findLiveBySeller(erased.accountId())
                .forEach(l -> move(l, Lifecycle.Move.WITHDRAW, erased.accountId(), null));
    }

    /** Every published ad of a seller leaves the public views (a ban), each move audited. */
    @Transactional
    public int suspendAllOf(UUID actorId, UUID sellerId, String reason) {
        List<Listing> published = listings.findPublishedBySeller(sellerId);
        published.forEach(l -> move(l, Lifecycle.Move.SUSPEND, actorId, reason));
        return published.size();
    }

    /**
     * Expires the published ads whose lifetime is over, at most {@code batch} of them. Runs once at a time
     * across instances (an advisory lock), and skips rows another transaction holds.
     *
     * @return how many ads this call expired; 0 when another instance holds the lock
     */
    @Transactional
    public int expireDue(int batch) {
        if (!listings.tryLockExpiry()) {
            return 0;
        }
        List<Listing> due = listings.findDueForExpiry(clock.instant(), batch);
        due.forEach(l -> move(l, Lifecycle.Move.EXPIRE, null, null));
        return due.size();
    }

    private record Position(Instant createdAt, UUID id) {
    }

    @Transactional(readOnly = true)
    public Cursors.Slice<Listing> mine(Caller seller, ListingStatus status, int limit, String cursor) {
        Position after = cursor == null ? new Position(Instant.parse("9999-12-31T23:59:59Z"), new UUID(-1L, -1L))
                : cursors.position(MINE, cursor, p -> new Position(Instant.parse(p.get(0)), UUID.fromString(p.get(1))));
        List<Listing> rows = listings.findBySeller(seller.accountId(), status == null ? null : status.name(),
                after.createdAt(), after.id(), limit + 1);
        return cursors.slice(MINE, rows, limit, last -> List.of(last.createdAt().toString(), last.id().toString()));
    }

    /**
     * The owner's ad, locked until the end of the transaction, if its content may change now: the photos
     * feature counts and adds photos under this lock, so two uploads at once cannot pass the limit together.
     */
    @Transactional
    public Listing lockForEdit(Caller owner, String id) {
        return listings.lockById(editable(owner, id).id());
    }

    /** The owner's ad if its content may change now, unlocked: a check before work that {@link #lockForEdit} redoes. */
    @Transactional(readOnly = true)
    public Listing editable(Caller owner, String id) {
        Listing listing = owned(owner, id);
        Lifecycle.next(listing.status(), Lifecycle.Move.EDIT, moderation.prePublication());
        return listing;
    }

    /** The caller's ad (any ad for an admin) in any status, locked until the end of the transaction. */
    @Transactional
    public Listing lockForChange(Caller caller, String id) {
        Listing listing = caller.admin() ? find(id) : owned(caller, id);
        return listings.lockById(listing.id());
    }

    /** The photos of an ad changed (the photos feature wrote them): its display list is replaced. */
    @Transactional
    public Listing photosChanged(@Nullable UUID actorId, UUID id, List<ListingPhoto> photos, PhotoChange change) {
        Listing current = listings.lockById(id);
        ListingStatus next = change == PhotoChange.ADDED
                ? Lifecycle.next(current.status(), Lifecycle.Move.EDIT, moderation.prePublication())
                : current.status();
        Listing changed = update(current.withPhotos(photoLists.write(photos), next, clock.instant()));
        announce(changed, actorId, change == PhotoChange.ADDED ? Lifecycle.Move.EDIT.name() : "PHOTOS_" + change.name(),
                current.status(), null);
        return changed;
    }

    ListingAttributes attributesOf(Listing listing) {
        try {
            return json.readValue(listing.attributes(), listing.category().attributesType());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored attributes of " + listing.id() + " do not bind", e);
        }
    }

    private Listing move(Listing listing, Lifecycle.Move move, UUID actorId, String reason) {
        ListingStatus next = Lifecycle.next(listing.status(), move, moderation.prePublication());
        Instant now = clock.instant();
        Listing moved = update(next == ListingStatus.PUBLISHED ? listing.published(now, now.plus(settings.lifetime()))
                : reason == null ? listing.withStatus(next, now) : listing.decided(next, reason, now));
        announce(moved, actorId, move.name(), listing.status(), reason);
        return moved;
    }

    private void announce(Listing listing, UUID actorId, String action, ListingStatus from, String reason) {
        events.publishEvent(new ListingMoved(listing.updatedAt(), actorId, listing.id(), listing.sellerId(), action,
                from, listing.status(), reason));
    }

    private Listing update(Listing listing) {
        try {
            return listings.update(listing);
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("The ad changed while this request was handled; read it again and retry");
        }
    }

    private Listing find(String id) {
        UUID uuid = parse(id);
        return listings.findById(uuid).orElseThrow(() -> notFound(id));
    }

    /** The caller's own ad; another seller's ad is reported as unknown, never as forbidden. */
    private Listing owned(Caller caller, String id) {
        Listing listing = find(id);
        if (!listing.sellerId().equals(caller.accountId())) {
            throw notFound(id);
        }
        return listing;
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No ad " + id);
    }

    private static void checkVersion(Listing listing, Integer expected) {
        if (expected != null && expected != listing.version()) {
            throw new StaleVersionException("The ad is at version " + listing.version() + ", not " + expected
                    + "; read it again and reapply the change");
        }
    }

    private static void checkPatchMembers(JsonNode patch) {
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> names = patch.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.equals("category")) {
                errors.add(new FieldError(name, "cannot be changed; withdraw the ad and post a new one"));
            } else if (!PATCHABLE.contains(name)) {
                FieldError known = JsonInputErrors.unknownMember(name, PATCHABLE);
                errors.add(known);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private ObjectNode draftOf(Listing l) {
        ObjectNode draft = json.createObjectNode();
        draft.put("category", l.category().name());
        draft.put("subcategory", l.subcategory().name());
        draft.put("title", l.title());
        draft.put("description", l.description());
        draft.put("priceCents", l.priceCents());
        draft.putObject("location").put("postcode", l.postcode()).put("city", l.city());
        draft.set("attributes", json.valueToTree(attributesOf(l)));
        return draft;
    }

    /** RFC 7396: objects merge member by member, {@code null} removes, anything else replaces. */
    static ObjectNode mergePatch(ObjectNode target, JsonNode patch) {
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            JsonNode value = member.getValue();
            JsonNode existing = target.get(member.getKey());
            if (value.isNull()) {
                target.remove(member.getKey());
            } else if (value.isObject()) {
                ObjectNode base = existing != null && existing.isObject() ? (ObjectNode) existing
                        : target.objectNode();
                target.set(member.getKey(), mergePatch(base, value));
            } else {
                target.set(member.getKey(), value);
            }
        }
        return target;
    }

    private boolean sameContent(Listing l, ListingContent c) {
        return l.category() == c.category() && l.subcategory() == c.subcategory() && l.title().equals(c.title())
                && l.description().equals(c.description()) && l.priceCents() == c.priceCents()
                && l.postcode().equals(c.location().postcode()) && l.inseeCode().equals(c.location().inseeCode())
                && attributesOf(l).equals(c.attributes());
    }

    private String write(ListingAttributes attributes) {
        try {
            return json.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What makes two creations "the same request" for an idempotency key: the validated content. */
    private byte[] fingerprint(ListingContent c) {
        String canonical = String.join("\u001F", c.category().name(), c.subcategory().name(), c.title(),
                c.description(), Long.toString(c.priceCents()), c.location().postcode(), c.location().inseeCode(),
                write(c.attributes()));
        return Sha256.of(canonical);
    }
}
