package annonces.moderation;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.LocalDate;

/**
 * {@code annonces.moderation.rental-ban.*}: from when a home of each energy class may no longer be let on a new
 * lease, as not decent (loi Climat et résilience of 22 August 2021, décret 2021-19: class G from 2025, F from
 * 2028, E from 2034). Dates, so that a change of the law is a change of configuration.
 */
@ConfigurationProperties("annonces.moderation.rental-ban")
record RentalBanSettings(
        @Bindable(defaultValue = "2025-01-01") LocalDate classG,
        @Bindable(defaultValue = "2028-01-01") LocalDate classF,
        @Bindable(defaultValue = "2034-01-01") LocalDate classE) {
}
