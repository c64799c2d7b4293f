package annonces.embed;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.views.jte.HtmlJteViewsRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders the jte templates of {@code src/main/jte} (compiled to Java at build time) to bytes, through
 * Micronaut Views, so that a page can be kept and served again without rendering.
 */
@Singleton
class Templates {

    static final MediaType HTML = MediaType.of("text/html;charset=utf-8");

    private final HtmlJteViewsRenderer<Map<String, Object>> renderer;

    Templates(HtmlJteViewsRenderer<Map<String, Object>> renderer) {
        this.renderer = renderer;
    }

    Rendered html(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter(8192);
        try {
            renderer.render(template, model, (HttpRequest<?>) null).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Rendered.of(out.toString(), HTML);
    }
}
