package annonces.system;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outside dev, no secret (or a short one) means no start: never a service that signs nothing. */
class SigningSecretIT {

    private static final String SECRET = "micronaut.security.token.jwt.signatures.secret.generator.secret";

    @Test
    void theServiceRefusesToStartWithoutASecret() {
        assertRefused("");
    }

    @Test
    void theServiceRefusesToStartWithASecretUnder256Bits() {
        assertRefused("only-31-bytes-of-secret-0123456");
    }

    private static void assertRefused(String secret) {
        Exception refused = assertThrows(Exception.class, () -> {
            try (ApplicationContext context = ApplicationContext.run(Map.of(SECRET, secret,
                    "datasources.default.enabled", false, "flyway.datasources.default.enabled", false))) {
                context.getBean(SigningSecretCheck.class);
            }
        });
        Throwable root = refused;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(root.getMessage().contains("JWT_SECRET"), root.getMessage());
    }
}
