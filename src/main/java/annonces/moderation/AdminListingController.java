package annonces.moderation;

import annonces.accounts.Caller;
import annonces.listings.Lifecycle;
import annonces.listings.Listing;
import annonces.listings.ListingRepository;
import annonces.listings.ListingView;
import annonces.listings.ListingViews;
import annonces.listings.Versions;
import annonces.system.Cursors;
import annonces.system.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Controller("/api/v1/admin/listings")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
@Tag(name = "Moderation")
class AdminListingController {

    private static final String QUEUE = "queue";

    private final annonces.listings.Listings listings;
    private final ListingRepository repository;
    private final ListingViews views;
    private final Cursors cursors;

    AdminListingController(annonces.listings.Listings listings, ListingRepository repository, ListingViews views,
                           Cursors cursors) {
        this.listings = listings;
        this.repository = repository;
        this.views = views;
        this.cursors = cursors;
    }

    record Queue(List<ListingView> items, String nextCursor) {
    }

    private record QueuePosition(Instant createdAt, UUID id) {
    }

    @Get
    @Operation(summary = "The moderation queue: ads in a status (PENDING by default), oldest first, with their flags")
    Queue queue(Authentication authentication,
                @QueryValue(defaultValue = "PENDING") annonces.listings.ListingStatus status,
                @QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit, @Nullable @QueryValue String cursor) {
        String kind = QUEUE + status;
        QueuePosition after = cursor == null ? new QueuePosition(Instant.EPOCH, new UUID(0, 0))
                : cursors.position(kind, cursor, p -> new QueuePosition(Instant.parse(p.get(0)), UUID.fromString(p.get(1))));
        Cursors.Slice<Listing> page = cursors.slice(kind,
                repository.findQueue(status.name(), after.createdAt(), after.id(), limit + 1), limit,
                last -> List.of(last.createdAt().toString(), last.id().toString()));
        Optional<Caller> admin = Optional.of(Caller.of(authentication));
        return new Queue(page.items().stream().map(l -> views.of(l, admin)).toList(), page.nextCursor());
    }

    @Post("/{id}/approve")
    @Operation(summary = "Publish a pending ad", description = "Sets publishedAt and expiresAt. 409 naming the status "
            + "when the ad is not PENDING; If-Match with a stale version is a 412.")
    HttpResponse<ListingView> approve(Authentication authentication, @PathVariable String id,
                                      @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        return decide(authentication, id, Lifecycle.Move.APPROVE, null, ifMatch);
    }

    @Post("/{id}/reject")
    @Operation(summary = "Reject a pending ad with a statement of reasons the seller sees")
    HttpResponse<ListingView> reject(Authentication authentication, @PathVariable String id,
                                     @Nullable @Body @Valid Decision decision,
                                     @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        return decide(authentication, id, Lifecycle.Move.REJECT, reasonOf(decision), ifMatch);
    }

    @Post("/{id}/suspend")
    @Operation(summary = "Take a published ad down, with a statement of reasons the seller sees")
    HttpResponse<ListingView> suspend(Authentication authentication, @PathVariable String id,
                                      @Nullable @Body @Valid Decision decision,
                                      @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        return decide(authentication, id, Lifecycle.Move.SUSPEND, reasonOf(decision), ifMatch);
    }

    /** A request without a body is told which member it lacks, not the name of a Java parameter. */
    private static String reasonOf(@Nullable Decision decision) {
        if (decision == null) {
            throw new InvalidInputException("reason", "is required: the statement of reasons the seller will read "
                    + "({\"reason\": \"...\"}, 10 to 2000 characters)");
        }
        return decision.reason();
    }

    private HttpResponse<ListingView> decide(Authentication authentication, String id, Lifecycle.Move move,
                                             String reason, String ifMatch) {
        Caller admin = Caller.of(authentication);
        Listing listing = listings.decide(admin.accountId(), id, move, reason, Versions.expected(ifMatch));
        return HttpResponse.ok(views.of(listing, Optional.of(admin))).header(HttpHeaders.ETAG, Versions.etag(listing));
    }
}
