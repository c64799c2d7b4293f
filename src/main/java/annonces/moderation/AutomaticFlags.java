package annonces.moderation;

import annonces.listings.Category;
import annonces.listings.Listing;
import annonces.listings.ListingMoved;
import annonces.listings.ListingRepository;
import annonces.listings.ListingViews;
import annonces.listings.RealEstateAttributes;
import annonces.listings.Subcategory;
import annonces.photos.PhotoTwins;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Computes an ad's automatic flags when it is created or its content changes, so that moderators see why an
 * ad deserves a closer look before they read it. Runs inside the writing transaction (the event is
 * synchronous): the content and its flags commit together. Flags are advice, never a decision: nothing here
 * moves an ad.
 */
@Singleton
class AutomaticFlags {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Set<String> CONTENT_CHANGES = Set.of("CREATE", "EDIT");

    private final ListingRepository listings;
    private final MarketPrices prices;
    private final Lookalikes lookalikes;
    private final PhotoTwins photoTwins;
    private final ListingViews views;
    private final RentalBanSettings rentalBan;
    private final Clock clock;
    private final ForbiddenWords forbiddenWords = ForbiddenWords.shipped();
    private final ObjectMapper json;

    AutomaticFlags(ListingRepository listings, MarketPrices prices, Lookalikes lookalikes, PhotoTwins photoTwins,
                   ListingViews views, RentalBanSettings rentalBan, Clock clock, ObjectMapper json) {
        this.views = views;
        this.rentalBan = rentalBan;
        this.clock = clock;
        this.listings = listings;
        this.prices = prices;
        this.lookalikes = lookalikes;
        this.photoTwins = photoTwins;
        this.json = json;
    }

    @EventListener
    void onListingMoved(ListingMoved moved) {
        if (CONTENT_CHANGES.contains(moved.action())) {
            listings.findById(moved.listingId()).ifPresent(this::flag);
        }
    }

    void flag(Listing listing) {
        List<Flag> flags = new ArrayList<>();
        if (listing.priceCents() == 0 && listing.category() != Category.GOODS) {
            flags.add(Flag.of(Flag.PRICE_MISSING, "no price for " + listing.subcategory()
                    + " (0 is only meaningful for goods given away)"));
        }
        if (MarketPrice.applies(listing.subcategory(), listing.priceCents())) {
            prices.around(listing).flatMap(p -> p.judge(listing.priceCents())).ifPresent(flags::add);
        }
        lookalikes.closestDuplicate(listing).map(Lookalike::flag).ifPresent(flags::add);
        photoTwins.of(listing.id()).stream().findFirst().flatMap(this::photoFlag).ifPresent(flags::add);
        String text = listing.title() + "\n" + listing.description();
        List<String> words = forbiddenWords.in(text);
        if (!words.isEmpty()) {
            flags.add(new Flag(Flag.FORBIDDEN_WORDS, "words of the forbidden list: " + String.join(", ", words),
                    null, words));
        }
        List<String> scams = PaymentScams.in(text);
        if (!scams.isEmpty()) {
            flags.add(new Flag(Flag.PAYMENT_SCAM, "payment-scam phrases: " + String.join(", ", scams), null, scams));
        }
        List<String> implausible = Implausible.in(listing.category(), listing.subcategory(), listing.priceCents(),
                views.of(listing, Optional.empty()).attributes());
        if (!implausible.isEmpty()) {
            flags.add(new Flag(Flag.IMPLAUSIBLE_VALUE, "implausible: " + String.join("; ", implausible), null,
                    implausible));
        }
        rentalBan(listing).ifPresent(flags::add);
        List<String> contacts = ContactDetails.in(text).stream().map(ContactDetails.Found::toString).toList();
        if (!contacts.isEmpty()) {
            flags.add(new Flag(Flag.CONTACT_IN_TEXT, "contact details in the text: " + String.join(", ", contacts),
                    null, contacts));
        }
        List<String> shouting = new ArrayList<>();
        if (Shouting.shouts(listing.title())) {
            shouting.add("title");
        }
        if (Shouting.shouts(listing.description())) {
            shouting.add("description");
        }
        if (!shouting.isEmpty()) {
            flags.add(Flag.of(Flag.SHOUTING, "more than half of the letters in capitals in the "
                    + String.join(" and the ", shouting)));
        }
        listings.setModerationFlags(listing.id(), write(kept(listing), flags));
    }

    /** An unfurnished home let on a new lease although its energy class makes it not decent from a date on. */
    private Optional<Flag> rentalBan(Listing listing) {
        if (listing.subcategory() != Subcategory.RENT
                || !(views.of(listing, Optional.empty()).attributes() instanceof RealEstateAttributes a)
                || Boolean.TRUE.equals(a.furnished()) || a.energyClass() == null) {
            return Optional.empty();
        }
        LocalDate since = switch (a.energyClass()) {
            case G -> rentalBan.classG();
            case F -> rentalBan.classF();
            case E -> rentalBan.classE();
            default -> null;
        };
        LocalDate today = LocalDate.ofInstant(clock.instant(), PARIS);
        if (since == null || today.isBefore(since)) {
            return Optional.empty();
        }
        return Optional.of(Flag.of(Flag.RENTAL_BAN, "an unfurnished home of energy class " + a.energyClass()
                + " may not be let on a new lease since " + since + " (not decent: loi Climat et résilience)"));
    }

    /** A picture of another seller's ad: the text may be rewritten, the stolen photo is the same. */
    private Optional<Flag> photoFlag(PhotoTwins.Twin twin) {
        return listings.findById(twin.listingId()).map(other -> new Flag(Flag.POSSIBLE_DUPLICATE,
                "a photo near-identical (" + twin.distance() + " bits of 64 apart) to one of another seller's ad "
                        + other.id() + " \"" + (other.title().length() > 40 ? other.title().substring(0, 40) + "..."
                        : other.title()) + "\"", other.id(), null));
    }

    /** Sets (or replaces) the REPORTED flag of an ad, leaving the computed ones as they are. */
    void reported(Listing listing, String detail) {
        ArrayNode all = json.createArrayNode();
        try {
            for (JsonNode flag : json.readTree(listing.moderationFlags())) {
                if (!Flag.REPORTED.equals(flag.path("code").asText())) {
                    all.add(flag);
                }
            }
            all.add(json.valueToTree(Flag.of(Flag.REPORTED, detail)));
            listings.setModerationFlags(listing.id(), json.writeValueAsString(all));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored flags of " + listing.id() + " are not JSON", e);
        }
    }

    /** The REPORTED flag goes once the reports are dismissed; the computed flags stay. */
    void unreported(Listing listing) {
        ArrayNode all = json.createArrayNode();
        try {
            for (JsonNode flag : json.readTree(listing.moderationFlags())) {
                if (!Flag.REPORTED.equals(flag.path("code").asText())) {
                    all.add(flag);
                }
            }
            listings.setModerationFlags(listing.id(), json.writeValueAsString(all));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored flags of " + listing.id() + " are not JSON", e);
        }
    }

    /** Flags set elsewhere (REPORTED) survive a recomputation, as they were. */
    private List<JsonNode> kept(Listing listing) {
        List<JsonNode> kept = new ArrayList<>();
        try {
            for (JsonNode flag : json.readTree(listing.moderationFlags())) {
                if (Flag.REPORTED.equals(flag.path("code").asText())) {
                    kept.add(flag);
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored flags of " + listing.id() + " are not JSON", e);
        }
        return kept;
    }

    private String write(List<JsonNode> kept, List<Flag> computed) {
        ArrayNode all = json.createArrayNode();
        all.addAll(kept);
        computed.forEach(f -> all.add(json.valueToTree(f)));
        try {
            return json.writeValueAsString(all);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
