package annonces.system;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.env.Environment;

import java.nio.charset.StandardCharsets;

/**
 * Refuses to start without a real token signing secret. Micronaut only logs a warning for a short one
 * and, with none at all, would accept unsigned ({@code alg: none}) tokens: neither may reach production.
 * The dev environment has its own throwaway secret in {@code application-dev.yml}.
 */
@Context
class SigningSecretCheck {

    SigningSecretCheck(@Property(name = "micronaut.security.token.jwt.signatures.secret.generator.secret",
            defaultValue = "") String secret, Environment environment) {
        if (secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalStateException("JWT_SECRET must be set to at least 32 bytes (256 bits) of secret "
                    + "material; only the dev environment has a default. Active environments: "
                    + environment.getActiveNames());
        }
    }
}
