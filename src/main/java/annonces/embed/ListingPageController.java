package annonces.embed;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** The public page of an ad, the one "Découvrir" opens; a page that says so for anything not public. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Embed")
class ListingPageController {

    /** Ads offered beside an ad, or instead of one no longer available: a row of cards. */
    private static final int SIMILAR = 4;

    private final Showcase showcase;
    private final ListingPages listingPages;
    private final RenderedPages pages;
    private final Templates templates;
    private final InlineAssets assets;
    private final String cacheControl;
    private final String policy;
    private final Rendered notFound;

    ListingPageController(Showcase showcase, ListingPages listingPages, RenderedPages pages, Templates templates,
                          InlineAssets assets, EmbedSettings settings) {
        this.showcase = showcase;
        this.listingPages = listingPages;
        this.pages = pages;
        this.templates = templates;
        this.assets = assets;
        this.cacheControl = PageHeaders.cacheControl(settings);
        this.policy = PageHeaders.pagePolicy(assets);
        this.notFound = templates.html("not-found", Map.of("style", assets.pageStyle));
    }

    @Get(uri = "/annonces/{id}", produces = MediaType.TEXT_HTML)
    @Operation(summary = "The public HTML page of a published ad",
            description = """
                    Title, price, place, attributes in French and the mentions French law requires (rent with its \
                    charges and deposit, energy and climate classes with the yearly energy cost, the F/G sentence, a \
                    mileage that is not guaranteed), with Open Graph tags for link previews, a photo gallery and \
                    similar ads. A sold or expired ad's page says it is no longer available (410) and offers \
                    similar ads; unknown, withdrawn, suspended and never-published ads get the same 404 page.""",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the ad's page",
                            content = @Content(mediaType = "text/html")),
                    @ApiResponse(responseCode = "304", description = "unchanged since the If-None-Match ETag"),
                    @ApiResponse(responseCode = "410", description = "an ad sold or expired: \"Cette annonce "
                            + "n'est plus disponible\" with similar ads (an HTML page)",
                            content = @Content(mediaType = "text/html")),
                    @ApiResponse(responseCode = "404", description = "no such public ad (an HTML page)",
                            content = @Content(mediaType = "text/html"))})
    CompletableFuture<MutableHttpResponse<?>> page(String id, HttpRequest<?> request) {
        UUID uuid = parse(id);
        if (uuid == null) {
            return CompletableFuture.completedFuture(notFound());
        }
        return pages.page(uuid, () -> showcase.published(uuid)
                        .map(l -> templates.html("listing", Map.of("page", listingPages.of(l, showcase.similarCards(l, SIMILAR)),
                                "style", assets.pageStyle)))
                        .or(() -> showcase.gone(uuid).map(l -> templates.html("gone", Map.of(
                                "page", listingPages.gone(l, showcase.similarCards(l, SIMILAR)),
                                "style", assets.pageStyle)).withStatus(HttpStatus.GONE.getCode())))
                        .orElse(null))
                .thenApply(page -> page == null ? notFound()
                        : PageHeaders.send(request, page, cacheControl).header("Content-Security-Policy", policy));
    }

    private MutableHttpResponse<?> notFound() {
        return PageHeaders.uncached(HttpStatus.NOT_FOUND, notFound, policy);
    }

    private static UUID parse(String id) {
        try {
            return id.length() == 36 ? UUID.fromString(id) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
