package annonces.embed;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code /demo/article} (dev quick start only, {@code annonces.embed.demo}): the seed news page's article with
 * the block placed by {@code /embed.js}, exactly as a news site would, to see the integration working.
 */
@Controller
@Requires(property = "annonces.embed.demo", value = "true")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class DemoArticleController {

    private final Templates templates;
    private final InlineAssets assets;
    private final String policy;

    DemoArticleController(Templates templates, InlineAssets assets) {
        this.templates = templates;
        this.assets = assets;
        this.policy = "default-src 'none'; style-src " + assets.pageStyle.source()
                + "; script-src 'self'; frame-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";
    }

    @Get(uri = "/demo/article", produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> article(@Nullable @QueryValue String region) {
        Map<String, Object> model = new HashMap<>();
        model.put("style", assets.pageStyle);
        model.put("region", region != null && region.matches("\\d{2}") ? region : null);
        Rendered page = templates.html("demo-article", model);
        return HttpResponse.ok(page.body()).contentType(page.type())
                .header(HttpHeaders.CACHE_CONTROL, "no-cache").header("Content-Security-Policy", policy);
    }
}
