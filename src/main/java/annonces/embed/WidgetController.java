package annonces.embed;

import annonces.geo.Communes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Options;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The "Petites Annonces" block: HTML for the news site's iframe, and the same content as JSON. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Embed")
class WidgetController {

    private final Communes communes;
    private final Showcase showcase;
    private final RenderedPages pages;
    private final Templates templates;
    private final InlineAssets assets;
    private final EmbedSettings settings;
    private final ObjectMapper json;
    private final String cacheControl;
    private final String htmlPolicy;
    private final String postUrl;

    WidgetController(Communes communes, Showcase showcase, RenderedPages pages, Templates templates,
                     InlineAssets assets, EmbedSettings settings, ObjectMapper json) {
        this.communes = communes;
        this.showcase = showcase;
        this.pages = pages;
        this.templates = templates;
        this.assets = assets;
        this.settings = settings;
        this.json = json;
        this.cacheControl = PageHeaders.cacheControl(settings);
        this.postUrl = settings.postUrl() == null ? "" : settings.postUrl();
        this.htmlPolicy = "default-src 'none'; style-src " + assets.widgetStyle.source() + "; script-src "
                + assets.widgetScript.source() + "; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
                + PageHeaders.frameAncestors(settings);
    }

    @Get(uri = "/widget", produces = MediaType.TEXT_HTML)
    @Operation(summary = "The Petites Annonces block, as an HTML page for an iframe",
            description = """
                    Sections Immobilier, Automobile, Bonnes affaires (in that order) with the newest published ads: \
                    title, City (postcode), price as French readers write it, and a "Découvrir" link to the ad's page. \
                    Rendered once and kept until an ad readers can see changes; ETag with 304, Cache-Control for the \
                    news site's CDN; framing allowed to the configured news sites only (frame-ancestors). \
                    Most sites place it with /embed.js.""",
            parameters = {
                    @Parameter(name = "categories", in = ParameterIn.QUERY,
                            description = "comma-separated: REAL_ESTATE, VEHICLES, GOODS (default all three)"),
                    @Parameter(name = "perCategory", in = ParameterIn.QUERY, description = "1 to 12, default 4"),
                    @Parameter(name = "region", in = ParameterIn.QUERY, description = "region code: 28 (Normandie)"),
                    @Parameter(name = "department", in = ParameterIn.QUERY, description = "department code: 14, 2A, 974"),
                    @Parameter(name = "postcode", in = ParameterIn.QUERY, description = "a French postcode")},
            responses = {
                    @ApiResponse(responseCode = "200", description = "the block",
                            content = @Content(mediaType = "text/html")),
                    @ApiResponse(responseCode = "304", description = "unchanged since the If-None-Match ETag"),
                    @ApiResponse(responseCode = "400", description = "an unknown parameter or value, named")})
    CompletableFuture<MutableHttpResponse<?>> widget(HttpRequest<?> request) {
        WidgetQuery query = WidgetQuery.parse(parameters(request), communes);
        return pages.block("html|" + query.key(), () -> templates.html("widget",
                        Map.of("block", showcase.block(query), "style", assets.widgetStyle, "script", assets.widgetScript,
                        "postUrl", postUrl)))
                .thenApply(page -> PageHeaders.send(request, page, cacheControl)
                        .header("Content-Security-Policy", htmlPolicy));
    }

    @Get(uri = "/api/v1/widget", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "The Petites Annonces block as JSON, for a site that renders it itself",
            description = """
                    The same sections and ads as /widget, with the same parameters. Readable from the configured news \
                    sites' pages (CORS, Vary: Origin); ETag with 304.""",
            parameters = {
                    @Parameter(name = "categories", in = ParameterIn.QUERY),
                    @Parameter(name = "perCategory", in = ParameterIn.QUERY),
                    @Parameter(name = "region", in = ParameterIn.QUERY),
                    @Parameter(name = "department", in = ParameterIn.QUERY),
                    @Parameter(name = "postcode", in = ParameterIn.QUERY)},
            responses = {
                    @ApiResponse(responseCode = "200", description = "the block",
                            content = @Content(schema = @Schema(implementation = WidgetBlock.class))),
                    @ApiResponse(responseCode = "304", description = "unchanged since the If-None-Match ETag"),
                    @ApiResponse(responseCode = "400", description = "an unknown parameter or value, named")})
    CompletableFuture<MutableHttpResponse<?>> widgetJson(HttpRequest<?> request) {
        WidgetQuery query = WidgetQuery.parse(parameters(request), communes);
        return pages.block("json|" + query.key(), () -> Rendered.of(bytes(showcase.block(query)), MediaType.APPLICATION_JSON_TYPE))
                .thenApply(page -> cors(request, PageHeaders.send(request, page, cacheControl)));
    }

    @Options(uri = "/api/v1/widget")
    @Operation(summary = "CORS preflight for the JSON block",
            description = "For a configured news site's page that sends If-None-Match or Accept-Language itself: "
                    + "GET and HEAD allowed, for a day. Other origins get no CORS headers.",
            responses = @ApiResponse(responseCode = "204", description = "the preflight's answer"))
    MutableHttpResponse<?> widgetJsonPreflight(HttpRequest<?> request) {
        MutableHttpResponse<?> response = cors(request, HttpResponse.noContent());
        if (response.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)) {
            response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD")
                    .header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "If-None-Match, Accept, Accept-Language")
                    .header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "86400");
        }
        return response.header(HttpHeaders.VARY, "Access-Control-Request-Method, Access-Control-Request-Headers");
    }

    /**
     * CORS for the news sites only: their pages may read the block (and its ETag, for conditional requests);
     * the answer varies with the Origin.
     */
    private MutableHttpResponse<?> cors(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String origin = request.getHeaders().getOrigin().orElse(null);
        if (settings.allows(origin)) {
            response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                    .header(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, HttpHeaders.ETAG);
        }
        return response.header(HttpHeaders.VARY, HttpHeaders.ORIGIN);
    }

    private byte[] bytes(WidgetBlock block) {
        try {
            return json.writeValueAsBytes(block);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<String>> parameters(HttpRequest<?> request) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getParameters().forEach(query::put);
        return query;
    }
}
