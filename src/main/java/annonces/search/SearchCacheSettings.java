package annonces.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code annonces.search.cache.*}: answers kept in memory until a public ad changes ({@link SearchAnswers}).
 *
 * @param enabled  keep answers ({@code ANNONCES_SEARCH_CACHE_ENABLED}); off, every search queries PostgreSQL
 * @param maxBytes how many bytes of answers one instance keeps, the least used dropped first
 * @param ttl      the longest an answer is kept even with no change announced: the bound on staleness when
 *                 searches read a replica that lags behind the notification of a change
 */
@ConfigurationProperties("annonces.search.cache")
record SearchCacheSettings(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "67108864") long maxBytes,
        @Bindable(defaultValue = "30s") Duration ttl) {
}
