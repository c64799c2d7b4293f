package annonces.moderation;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code annonces.reports.*}: how many reports one client may send an hour ({@code ANNONCES_REPORTS_PER_HOUR},
 * 5), and from how many distinct clients an ad leaves the public views until an admin decides (3).
 */
@ConfigurationProperties("annonces.reports")
record ReportSettings(@Bindable(defaultValue = "5") int perHour, @Bindable(defaultValue = "3") int holdAfter) {
}
