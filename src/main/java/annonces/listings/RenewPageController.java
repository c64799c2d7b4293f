package annonces.listings;

import annonces.accounts.Caller;
import annonces.system.Pages;
import annonces.system.InvalidInputException;
import annonces.system.ServiceException;
import annonces.system.SignedTokens;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /annonces/{id}/prolonger?token=…}: the renew link of an expiry reminder. The page has one button (a
 * link preview renews nothing); the button renews the ad as its seller would, once for the expiry the mail
 * was about. The signed token works until a week after that expiry.
 */
@Controller("/annonces/{id}/prolonger")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class RenewPageController {


    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    private final SignedTokens tokens;
    private final ListingRepository repository;
    private final Listings listings;
    private final Pages pages;

    RenewPageController(SignedTokens tokens, ListingRepository repository, Listings listings,
                        Pages pages) {
        this.tokens = tokens;
        this.repository = repository;
        this.listings = listings;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> page(@PathVariable String id, @Nullable @QueryValue String token) {
        Listing listing = granted(id, token);
        if (listing == null) {
            return invalid();
        }
        return render(HttpStatus.OK, Map.of("title", listing.title(), "action", "/annonces/" + id + "/prolonger?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8), "done", false, "message", ""));
    }

    @Post(consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    HttpResponse<String> renew(@PathVariable String id, @Nullable @QueryValue String token) {
        Listing listing = granted(id, token);
        if (listing == null) {
            return invalid();
        }
        List<String> parts = tokens.open(ExpiryReminders.RENEW, token);
        boolean already = listing.expiresAt() == null
                || listing.expiresAt().getEpochSecond() != Long.parseLong(parts.get(1));
        String message;
        if (already) {
            message = "Cette annonce a déjà été prolongée.";
        } else {
            try {
                Listing renewed = listings.renew(new Caller(listing.sellerId(), false), id);
                message = "C'est fait : votre annonce reste en ligne jusqu'au "
                        + FRENCH_DATE.format(renewed.expiresAt()) + ".";
            } catch (ServiceException e) {
                message = "Cette annonce ne peut plus être prolongée : elle a été vendue, retirée ou suspendue.";
            }
        }
        return render(HttpStatus.OK, Map.of("title", listing.title(), "action", "", "done", true, "message", message));
    }

    /** The ad the token grants renewing, or null for a forged, expired or other ad's token. */
    @Nullable
    private Listing granted(String id, @Nullable String token) {
        try {
            List<String> parts = tokens.open(ExpiryReminders.RENEW, token);
            if (!parts.get(0).equals(id)) {
                return null;
            }
            return repository.findById(UUID.fromString(id)).orElse(null);
        } catch (InvalidInputException | IllegalArgumentException e) {
            return null;
        }
    }

    private MutableHttpResponse<String> invalid() {
        return render(HttpStatus.BAD_REQUEST, Map.of("title", "", "action", "", "done", true,
                "message", "Ce lien n'est pas valable ou a expiré. Connectez-vous pour prolonger votre annonce."));
    }

    private MutableHttpResponse<String> render(HttpStatus status, Map<String, Object> model) {
        return pages.render(status, "listings/renew", model);
    }
}
