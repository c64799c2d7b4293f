package annonces.accounts;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
@Requires(property = "annonces.admin.email")
class AdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final AdminSettings settings;

    AdminBootstrap(Accounts accounts, AdminSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (settings.email() == null || settings.email().isBlank()) {
            return;
        }
        if (settings.password() == null || settings.password().length() < 10) {
            throw new IllegalStateException("ANNONCES_ADMIN_PASSWORD must be set, at least 10 characters, "
                    + "when ANNONCES_ADMIN_EMAIL is");
        }
        accounts.createAdminIfMissing(settings.email(), settings.password())
                .ifPresent(a -> LOG.info("Created the admin account {}", a.email()));
    }
}
