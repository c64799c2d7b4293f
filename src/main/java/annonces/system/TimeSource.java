package annonces.system;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The one clock of the service, replaceable in tests that need time to pass (expiry, renewal). */
@Factory
class TimeSource {
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
