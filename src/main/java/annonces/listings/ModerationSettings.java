package annonces.listings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code annonces.moderation.pre-publication}: true (the default) holds every new or changed ad for review;
 * false publishes at once, for sites without moderators.
 */
@ConfigurationProperties("annonces.moderation")
public record ModerationSettings(@Bindable(defaultValue = "true") boolean prePublication) {
}
