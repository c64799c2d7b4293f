package annonces.listings;

import annonces.accounts.Notifications;
import annonces.mail.Outbox;
import annonces.system.SignedTokens;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Seven days before an ad expires, its seller gets a mail with a one-click link that renews it without
 * logging in ({@link RenewPageController}), valid until a week after the expiry. Once per expiry date, by one
 * instance (rows claimed with {@code SKIP LOCKED}, the reminder recorded in the same transaction as its mail).
 * A notification: sellers who turned notifications off are not mailed.
 */
@Singleton
@Requires(property = "annonces.listings.expiry.enabled", notEquals = "false")
class ExpiryReminders {

    static final String RENEW = "renew";
    static final Duration AHEAD = Duration.ofDays(7);
    private static final Logger LOG = LoggerFactory.getLogger(ExpiryReminders.class);
    private static final int BATCH = 200;
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    private final ListingRepository listings;
    private final Notifications notifications;
    private final SignedTokens tokens;
    private final Outbox outbox;
    private final Clock clock;

    ExpiryReminders(ListingRepository listings, Notifications notifications, SignedTokens tokens, Outbox outbox,
                    Clock clock) {
        this.listings = listings;
        this.notifications = notifications;
        this.tokens = tokens;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${annonces.listings.expiry.interval:1m}",
            initialDelay = "${annonces.listings.expiry.initial-delay:20s}")
    void run() {
        try {
            int sent;
            do {
                sent = remindDue();
            } while (sent == BATCH);
        } catch (RuntimeException e) {
            LOG.warn("Expiry reminders: {}", e.toString());
        }
    }

    @Transactional
    int remindDue() {
        Instant now = clock.instant();
        List<Listing> due = listings.findToRemind(now, now.plus(AHEAD), BATCH);
        for (Listing listing : due) {
            listings.recordReminder(listing.id(), listing.expiresAt(), now);
            notifications.recipient(listing.sellerId()).ifPresent(seller -> {
                String token = tokens.issue(RENEW, listing.expiresAt().plus(AHEAD), listing.id().toString(),
                        Long.toString(listing.expiresAt().getEpochSecond()));
                outbox.notify("expiry-reminder", seller.email(), Map.of(
                        "displayName", seller.displayName(),
                        "title", listing.title(),
                        "day", FRENCH_DAY.format(listing.expiresAt()),
                        "link", outbox.link("/annonces/" + listing.id() + "/prolonger", "token", token)),
                        seller.unsubscribeUrl());
            });
        }
        return due.size();
    }
}
