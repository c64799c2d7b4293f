package annonces.embed;

import io.micronaut.http.HttpRequest;
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

/** {@code /embed.js}: the one script tag a news site adds to its articles (README, "Embedding the block"). */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Embed")
class EmbedScriptController {

    static final MediaType JAVASCRIPT = MediaType.of("text/javascript;charset=utf-8");

    private final Rendered script;

    EmbedScriptController(InlineAssets assets) {
        this.script = Rendered.of(assets.embedScript, JAVASCRIPT);
    }

    @Get(uri = "/embed.js", produces = "text/javascript")
    @Operation(summary = "The embed script",
            description = """
                    Placed in an article with <script src=".../embed.js" data-region="28"></script>, it adds an iframe \
                    of /widget after itself (data-categories, data-per-category, data-region, data-department, \
                    data-postcode become the block's parameters) and gives the iframe the height the block reports \
                    (postMessage).""",
            responses = @ApiResponse(responseCode = "200", description = "the script",
                    content = @Content(mediaType = "text/javascript")))
    MutableHttpResponse<?> script(HttpRequest<?> request) {
        return PageHeaders.send(request, script, "public, max-age=3600, stale-while-revalidate=86400")
                .header("Cross-Origin-Resource-Policy", "cross-origin");
    }
}
