package annonces.embed;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * {@code annonces.embed.*}.
 *
 * @param origins          the news sites that may frame the block and read its JSON
 *                         ({@code ANNONCES_EMBED_ORIGINS}, comma-separated, e.g. {@code https://www.tendanceouest.com})
 * @param detailUrl        where "Découvrir" leads; {@code {id}} is replaced by the ad's id. By default our own
 *                         detail page; a news site that shows ads in its own pages sets its pattern
 * @param publicUrl        this service's public address, for the absolute links of Open Graph tags (optional)
 * @param maxAge           how long browsers keep a page
 * @param sharedMaxAge     how long the news site's CDN keeps it ({@code s-maxage})
 * @param staleWhileRevalidate how long a CDN may serve a stale page while it fetches a fresh one
 * @param cachedPages      how many rendered blocks the service keeps in memory, and as many ad pages
 * @param demo             serve the demo article at {@code /demo/article} (on in the dev quick start)
 * @param postUrl          where the block's "Déposer une annonce" leads (the news site's page for sellers);
 *                         without one the block shows no such link
 */
@ConfigurationProperties("annonces.embed")
record EmbedSettings(
        @Nullable List<String> origins,
        @Bindable(defaultValue = "/annonces/{id}") String detailUrl,
        @Nullable String publicUrl,
        @Bindable(defaultValue = "30s") Duration maxAge,
        @Bindable(defaultValue = "60s") Duration sharedMaxAge,
        @Bindable(defaultValue = "5m") Duration staleWhileRevalidate,
        @Bindable(defaultValue = "2000") int cachedPages,
        @Bindable(defaultValue = "false") boolean demo,
        @Nullable String postUrl) {

    EmbedSettings {
        origins = origins == null ? List.of()
                : origins.stream().map(String::strip).filter(o -> !o.isEmpty()).map(EmbedSettings::origin).toList();
        if (!detailUrl.contains("{id}")) {
            throw new IllegalArgumentException("annonces.embed.detail-url must contain {id}: " + detailUrl);
        }
        if (postUrl != null && postUrl.isBlank()) {
            postUrl = null;
        }
        if (publicUrl != null && publicUrl.isBlank()) {
            publicUrl = null;
        }
        if (publicUrl != null && publicUrl.endsWith("/")) {
            publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
        }
    }

    /**
     * An origin is a scheme, a host and maybe a port: anything else would never match a browser's Origin, so
     * it stops the service at start. A trailing slash, as copied from an address bar, is dropped.
     */
    static String origin(String given) {
        String value = given.endsWith("/") ? given.substring(0, given.length() - 1) : given;
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ANNONCES_EMBED_ORIGINS: not an origin: " + value, e);
        }
        boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
        boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty();
        if (!web || uri.getHost() == null || !bare || uri.getRawQuery() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(
                    "ANNONCES_EMBED_ORIGINS: not an origin (scheme://host[:port]): " + value);
        }
        return value.toLowerCase(java.util.Locale.ROOT);
    }

    boolean allows(String origin) {
        return origin != null && origins.contains(origin.toLowerCase(java.util.Locale.ROOT));
    }

    String detailUrlOf(java.util.UUID id) {
        return detailUrl.replace("{id}", id.toString());
    }
}
