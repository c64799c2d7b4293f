package annonces.moderation;

import annonces.accounts.AccountErased;
import annonces.accounts.AccountRepository;
import annonces.listings.Lifecycle;
import annonces.listings.Listing;
import annonces.listings.ListingMoved;
import annonces.listings.ListingRepository;
import annonces.mail.Outbox;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the EU Digital Services Act says the people concerned must be told, by mail, in the transaction of the
 * decision: the seller, of each moderation decision about its ad with the statement of reasons (art. 17:
 * approved, rejected, suspended, held after reports) and of a ban; a reporter who gave an address, that its
 * notice was received and then what was decided (art. 16). Transactional mail: no unsubscribe.
 */
@Singleton
class DecisionMail {

    private static final Set<String> SELLER_TOLD = Set.of(Lifecycle.Move.APPROVE.name(), Lifecycle.Move.REJECT.name(),
            Lifecycle.Move.SUSPEND.name(), Lifecycle.Move.HOLD.name());
    private static final Set<String> REPORTERS_TOLD = Set.of(Lifecycle.Move.APPROVE.name(),
            Lifecycle.Move.REJECT.name(), Lifecycle.Move.SUSPEND.name(), Lifecycle.Move.WITHDRAW.name());

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));
    private static final Map<ReportReason, String> REASONS = Map.of(ReportReason.SCAM, "arnaque",
            ReportReason.DUPLICATE, "doublon", ReportReason.WRONG_CATEGORY, "mauvaise catégorie",
            ReportReason.OFFENSIVE, "contenu choquant", ReportReason.ILLEGAL, "contenu illicite",
            ReportReason.OTHER, "autre");

    private final AccountRepository accounts;
    private final ListingRepository listings;
    private final ReportRepository reports;
    private final Outbox outbox;

    DecisionMail(AccountRepository accounts, ListingRepository listings, ReportRepository reports, Outbox outbox) {
        this.accounts = accounts;
        this.listings = listings;
        this.reports = reports;
        this.outbox = outbox;
    }

    @EventListener
    void onListingMoved(ListingMoved moved) {
        boolean byModeration = moved.actorId() != null && !moved.actorId().equals(moved.sellerId())
                || moved.action().equals(Lifecycle.Move.HOLD.name());
        if (!byModeration) {
            return;
        }
        String title = listings.findById(moved.listingId()).map(l -> l.title()).orElse("");
        if (SELLER_TOLD.contains(moved.action())) {
            accounts.findById(moved.sellerId()).filter(a -> a.active()).ifPresent(seller ->
                    outbox.post("listing-decision", seller.email(), Map.of(
                            "displayName", seller.displayName(),
                            "title", title,
                            "decision", moved.action(),
                            "reason", moved.reason() == null ? "" : moved.reason(),
                            "link", outbox.link("/annonces/" + moved.listingId()))));
        }
    }

    /**
     * The decision that closes an ad's open reports, told to each reporter who gave an address (art. 16(5)).
     * Called by {@link Reports} before it closes them.
     */
    void toReporters(ListingMoved moved) {
        if (!REPORTERS_TOLD.contains(moved.action())) {
            return;
        }
        String title = listings.findById(moved.listingId()).map(l -> l.title()).orElse("");
        boolean removed = !moved.action().equals(Lifecycle.Move.APPROVE.name());
        reports.findOpenWithAddress(moved.listingId()).forEach(r -> outbox.post("report-decided", r.reporterEmail(),
                Map.of("title", title, "removed", removed, "reason", moved.reason() == null ? "" : moved.reason(),
                        "receivedAt", FRENCH.format(r.createdAt()))));
    }

    /** The reports were found unfounded: the ad stays, and the reporters are told why (art. 16(5)). */
    void toReportersDismissed(Listing listing, String reason) {
        reports.findOpenWithAddress(listing.id()).forEach(r -> outbox.post("report-decided", r.reporterEmail(),
                Map.of("title", listing.title(), "removed", false, "reason", reason,
                        "receivedAt", FRENCH.format(r.createdAt()))));
    }

    /** A notice with an address: its receipt is acknowledged (art. 16(4)). */
    void received(Report report, String title) {
        outbox.post("report-received", report.reporterEmail(), Map.of("title", title,
                "reason", REASONS.getOrDefault(report.reason(), report.reason().name()),
                "receivedAt", FRENCH.format(report.createdAt())));
    }

    /** A ban, with its statement of reasons. */
    void banned(String email, String displayName, String reason) {
        outbox.post("account-banned", email, Map.of("displayName", displayName, "reason", reason));
    }

    /** An erased account leaves no address among the reports it sent. */
    @EventListener
    void onAccountErased(AccountErased erased) {
        erased.formerAddresses().forEach(reports::forgetAddress);
    }
}
