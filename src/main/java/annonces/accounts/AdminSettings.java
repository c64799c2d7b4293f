package annonces.accounts;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The bootstrap admin: {@code ANNONCES_ADMIN_EMAIL} / {@code ANNONCES_ADMIN_PASSWORD}, or on the command
 * line {@code --annonces.admin.email=... --annonces.admin.password=...}. Admins never come from the API.
 */
@ConfigurationProperties("annonces.admin")
public record AdminSettings(@Nullable String email, @Nullable String password) {
}
