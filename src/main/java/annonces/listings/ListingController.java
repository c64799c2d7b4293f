package annonces.listings;

import annonces.accounts.Caller;
import annonces.system.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Listings")
class ListingController {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[\\x21-\\x7E]{1,255}$");
    static final MediaType MERGE_PATCH = MediaType.of("application/merge-patch+json");

    private final Listings listings;
    private final ListingViews views;

    ListingController(Listings listings, ListingViews views) {
        this.listings = listings;
        this.views = views;
    }

    @Post("/listings")
    @Operation(summary = "Post an ad",
            description = "201 with the ad in status PENDING (PUBLISHED when pre-publication moderation is off; "
                    + "DRAFT while the seller has not confirmed its e-mail address where that is required, until it "
                    + "does), a Location header and an ETag. With an Idempotency-Key, a retry answers the first ad "
                    + "(header Idempotent-Replayed: true); the same key with another ad is a 409.")
    HttpResponse<ListingView> create(Authentication authentication, @Body ListingDraft draft,
                                     @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidInputException("Idempotency-Key", "must be 1 to 255 visible ASCII characters");
        }
        Caller seller = Caller.of(authentication);
        Listings.Created created = listings.create(seller, draft, idempotencyKey);
        MutableHttpResponse<ListingView> response = withVersion(HttpResponse.created(
                views.of(created.listing(), Optional.of(seller)),
                URI.create("/api/v1/listings/" + created.listing().id())), created.listing());
        return created.replayed() ? response.header("Idempotent-Replayed", "true") : response;
    }

    @Get("/listings/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "One ad",
            description = "A published ad for anyone; its owner and admins see it in any status. 404 otherwise.")
    HttpResponse<ListingView> show(@PathVariable String id, @Nullable Authentication authentication) {
        Optional<Caller> caller = Optional.ofNullable(authentication).map(Caller::of);
        Listing listing = listings.visible(id, caller);
        return withVersion(HttpResponse.ok(views.of(listing, caller)), listing)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache");
    }

    @Patch(value = "/listings/{id}", consumes = {"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Edit an ad (JSON merge patch)",
            description = "Members: title, description, priceCents, location, attributes, subcategory. "
                    + "If-Match with a stale version is a 412. Editing a published ad sends it back to moderation.")
    HttpResponse<ListingView> patch(Authentication authentication, @PathVariable String id, @Body JsonNode patch,
                                    @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        Caller owner = Caller.of(authentication);
        Listing listing = listings.patch(owner, id, patch, Versions.expected(ifMatch));
        return withVersion(HttpResponse.ok(views.of(listing, Optional.of(owner))), listing);
    }

    @Delete("/listings/{id}")
    @Operation(summary = "Withdraw an ad", description = "Owner or admin. Kept for the audit trail, gone from every public view.")
    HttpResponse<Void> withdraw(Authentication authentication, @PathVariable String id) {
        listings.withdraw(Caller.of(authentication), id);
        return HttpResponse.noContent();
    }

    @Post("/listings/{id}/sold")
    @Operation(summary = "Mark an ad sold", description = "Only a published ad; it leaves search.")
    HttpResponse<ListingView> sold(Authentication authentication, @PathVariable String id) {
        Caller owner = Caller.of(authentication);
        Listing listing = listings.sell(owner, id);
        return withVersion(HttpResponse.ok(views.of(listing, Optional.of(owner))), listing);
    }

    @Post("/listings/{id}/renew")
    @Operation(summary = "Renew an ad",
            description = "An expired ad is published again for the configured lifetime (60 days by default); "
                    + "a published one then expires a full lifetime from now.")
    HttpResponse<ListingView> renew(Authentication authentication, @PathVariable String id) {
        Caller owner = Caller.of(authentication);
        Listing listing = listings.renew(owner, id);
        return withVersion(HttpResponse.ok(views.of(listing, Optional.of(owner))), listing);
    }

    /** A page of the caller's ads. */
    record MyListingsPage(List<ListingView> items, String nextCursor) {
    }

    @Get("/me/listings")
    @Operation(summary = "The caller's own ads in every status, newest first",
            description = "Filter with status; page with limit (1 to 100, default 20) and the nextCursor of the previous page.")
    MyListingsPage mine(Authentication authentication, @Nullable @QueryValue ListingStatus status,
                        @QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
                        @Nullable @QueryValue String cursor) {
        Caller seller = Caller.of(authentication);
        var page = listings.mine(seller, status, limit, cursor);
        return new MyListingsPage(page.items().stream().map(l -> views.of(l, Optional.of(seller))).toList(),
                page.nextCursor());
    }

    private static <T> MutableHttpResponse<T> withVersion(MutableHttpResponse<T> response, Listing listing) {
        return response.header(HttpHeaders.ETAG, Versions.etag(listing));
    }

}
