package annonces.listings.generator;

import annonces.listings.ListingStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The lifecycle of generated ads over the last 90 days, as a site with a 60-day lifetime holds them.
 *
 * <p>Ads come in the order they were created, oldest first, as rows of a real table do: the heap and the
 * date indexes then correlate as in production, which the planner sees and benchmarks should too, and
 * each index takes its new entries near the previous ones instead of all over a tree larger than the
 * server's cache. The oldest 6 % were created 61 to 90 days ago and have all left the site (expired,
 * sold, withdrawn, rejected or suspended); the rest were created within the lifetime and are nearly all
 * live, the newest day partly still waiting for moderation. Overall: about 92 % PUBLISHED, 2.4 % EXPIRED,
 * 2 % SOLD, 1.3 % PENDING, 1.2 % WITHDRAWN, 0.6 % REJECTED, 0.5 % SUSPENDED. No PUBLISHED ad is past its
 * expiry and no EXPIRED ad before it.
 */
final class Timelines {

    static final Duration LIFETIME = Duration.ofDays(60);
    static final Duration WINDOW = Duration.ofDays(90);
    /** The share of ads created before the lifetime, all gone from the site by now. */
    static final double GONE_SHARE = 0.06;

    private static final Weighted<ListingStatus> GONE = Weighted.of(ListingStatus.EXPIRED, 40.0)
            .or(ListingStatus.SOLD, 25.0).or(ListingStatus.WITHDRAWN, 20.0).or(ListingStatus.REJECTED, 8.0)
            .or(ListingStatus.SUSPENDED, 7.0);
    private static final Weighted<ListingStatus> LIVE = Weighted.of(ListingStatus.PUBLISHED, 99.23)
            .or(ListingStatus.SOLD, 0.55).or(ListingStatus.REJECTED, 0.13).or(ListingStatus.SUSPENDED, 0.09);
    /** Of the ads created in the last day, those that no moderator has seen yet. */
    private static final double PENDING_IN_LAST_DAY = 0.85;

    private static final List<String> REJECTIONS = List.of(
            "Annonce en double : une annonce identique est déjà en ligne.",
            "Prix manifestement erroné pour ce bien.",
            "Coordonnées personnelles dans le texte de l'annonce.",
            "Catégorie inadaptée : merci de publier dans la bonne rubrique.",
            "Description sans rapport avec l'objet proposé.",
            "Objet dont la vente est interdite sur le site.");
    private static final List<String> SUSPENSIONS = List.of(
            "Signalements d'utilisateurs : suspicion d'arnaque, vérification en cours.",
            "Contenu contraire aux règles de publication.",
            "Annonce signalée comme trompeuse sur l'état du bien.",
            "Véhicule signalé comme non conforme : documents demandés au vendeur.");

    private static final long SECOND = 1_000_000L; // in microseconds, PostgreSQL's precision
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    /** The longest moderation delay: gone ads were created a day before the lifetime so that all have expired. */
    private static final long LONGEST_DELAY = 20 * HOUR;

    private final long now;
    private final long lifetime = LIFETIME.toSeconds() * SECOND;
    private final long window = WINDOW.toSeconds() * SECOND;

    Timelines(Instant now) {
        this.now = ChronoUnit.MICROS.between(Instant.EPOCH, now);
    }

    /**
     * @param position where the ad comes in the run, from 0 (the first, oldest) to 1 (excluded, the newest)
     */
    Timeline next(double position, Dice dice) {
        boolean gone = position < GONE_SHARE;
        long age = gone
                ? window - (long) ((window - lifetime - DAY) * (position / GONE_SHARE))
                : lifetime - (long) (lifetime * ((position - GONE_SHARE) / (1 - GONE_SHARE)));
        long created = now - Math.max(age, SECOND);
        if (!gone && age < DAY && dice.chance(PENDING_IN_LAST_DAY)) {
            return new Timeline(ListingStatus.PENDING, instant(created), instant(created), null, null, null);
        }
        ListingStatus status = gone ? GONE.pick(dice) : age < DAY ? ListingStatus.PUBLISHED : LIVE.pick(dice);
        long moderated = created + moderationDelay(dice);
        if (status == ListingStatus.REJECTED) {
            return new Timeline(status, instant(created), instant(moderated), null, null, dice.pick(REJECTIONS));
        }
        long published = Math.min(moderated, now);
        long expires = published + lifetime;
        long updated = switch (status) {
            case PUBLISHED -> published;
            case EXPIRED -> expires;
            // Sold, withdrawn or suspended some time after publication, before expiry and before now.
            default -> published + dice.between(MINUTE, Math.max(MINUTE, Math.min(lifetime, now - published)));
        };
        return new Timeline(status, instant(created), instant(updated), instant(published), instant(expires),
                status == ListingStatus.SUSPENDED ? dice.pick(SUSPENSIONS) : null);
    }

    /** Moderators answer within minutes in the day, by the next morning at night. */
    private static long moderationDelay(Dice dice) {
        return dice.chance(0.7) ? dice.between(2 * MINUTE, 3 * HOUR) : dice.between(3 * HOUR, LONGEST_DELAY);
    }

    private static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
