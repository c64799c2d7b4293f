package annonces.embed;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The style sheets and scripts of {@code src/main/resources/embed/}, read once. */
@Singleton
class InlineAssets {

    final Inline widgetStyle = Inline.of(read("widget.css"));
    final Inline widgetScript = Inline.of(read("widget.js"));
    final Inline pageStyle = Inline.of(read("page.css"));
    final String embedScript = read("embed.js");

    static String read(String name) {
        try (InputStream in = InlineAssets.class.getResourceAsStream("/embed/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /embed/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
