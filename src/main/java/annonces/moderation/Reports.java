package annonces.moderation;

import annonces.accounts.Caller;
import annonces.listings.Lifecycle;
import annonces.listings.Listing;
import annonces.listings.ListingMoved;
import annonces.listings.ListingStatus;
import annonces.listings.Listings;
import annonces.system.ConflictException;
import annonces.system.Keyring;
import annonces.system.TooManyRequestsException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Public notices about ads: limited per client across instances (the count lives in the database),
 * deduplicated per client and ad, and an ad reported by enough distinct clients is held for review.
 */
@Singleton
class Reports {

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final Set<String> DECISIONS = Set.of("APPROVE", "REJECT", "SUSPEND", "WITHDRAW");

    private final ReportRepository reports;
    private final Listings listings;
    private final ReportSettings settings;
    private final AutomaticFlags flags;
    private final Keyring keyring;
    private final Clock clock;
    private final MeterRegistry meters;
    private final DecisionMail mail;
    private final AuditEventRepository audit;

    Reports(ReportRepository reports, Listings listings, ReportSettings settings, AutomaticFlags flags, Clock clock,
            Keyring keyring, MeterRegistry meters, DecisionMail mail, AuditEventRepository audit) {
        this.audit = audit;
        this.reports = reports;
        this.listings = listings;
        this.settings = settings;
        this.flags = flags;
        this.clock = clock;
        this.meters = meters;
        this.mail = mail;
        this.keyring = keyring;
    }

    /** @return true when this client had already reported this ad (nothing new recorded) */
    @Transactional
    boolean report(String listingId, String clientAddress, Notice notice) {
        Listing listing = listings.visible(listingId, Optional.empty());
        String client = clientKey(clientAddress);
        reports.lockClient(client);
        if (reports.findByListingAndClient(listing.id(), client).isPresent()) {
            return true;
        }
        Instant now = clock.instant();
        List<Report> recent = reports.findRecentByClient(client, now.minus(WINDOW));
        if (recent.size() >= settings.perHour()) {
            Instant freed = recent.get(recent.size() - settings.perHour()).createdAt().plus(WINDOW);
            throw new TooManyRequestsException("At most " + settings.perHour() + " reports an hour from one client",
                    Duration.between(now, freed).toSeconds() + 1);
        }
        Report report = reports.save(new Report(UUID.randomUUID(), listing.id(), notice.reason(),
                blankToNull(notice.explanation()), blankToNull(notice.reporterEmail()),
                Boolean.TRUE.equals(notice.goodFaith()), client, now, null));
        if (report.reporterEmail() != null) {
            mail.received(report, listing.title());
        }
        Counter.builder("annonces.reports.received").description("Reports recorded (not repeated, within the limit)")
                .tag("reason", notice.reason().name()).register(meters).increment();
        long clients = reports.countOpenClients(listing.id());
        flags.reported(listing, "reported by " + clients + (clients > 1 ? " people" : " person")
                + ", latest: " + notice.reason());
        if (listing.status() == ListingStatus.PUBLISHED && clients >= settings.holdAfter()) {
            listings.decide(null, listing.id().toString(), Lifecycle.Move.HOLD,
                    "Signalée par " + settings.holdAfter() + " personnes : en attente de modération.", null);
        }
        return false;
    }

    /**
     * An admin finds an ad's open reports unfounded: they close with the admin's reasons, the ad stays as it is
     * (an ad held by reports goes back online only by an approval), the reporters who gave an address are told,
     * and the audit trail keeps who and why.
     *
     * @return how many reports were closed
     */
    @Transactional
    int dismiss(UUID adminId, String listingId, String reason) {
        Listing listing = listings.lockForChange(new Caller(adminId, true), listingId);
        int open = reports.countOpen(listing.id());
        if (open == 0) {
            throw new ConflictException("Ad " + listingId + " has no open report to dismiss");
        }
        Instant now = clock.instant();
        mail.toReportersDismissed(listing, reason);
        reports.resolve(listing.id(), now);
        flags.unreported(listing);
        audit.save(new AuditEvent(null, now, adminId, "REPORTS_DISMISSED", listing.id(), listing.sellerId(),
                listing.status().name(), listing.status().name(), reason));
        return open;
    }

    /** An admin's decision on an ad closes its open reports. */
    @EventListener
    void onListingMoved(ListingMoved moved) {
        if (moved.actorId() != null && DECISIONS.contains(moved.action())) {
            mail.toReporters(moved);
            reports.resolve(moved.listingId(), moved.at());
        }
    }

    private String clientKey(String address) {
        return keyring.clientKey("reports", address);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
