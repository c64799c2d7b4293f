package annonces.accounts;

import annonces.Api;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import static annonces.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Micronaut accepts unsigned ({@code alg: none}) tokens when no signature is configured: these prove that
 * ours is, and that nothing but a token signed with our secret, unexpired and untouched, gets through.
 */
@MicronautTest(transactional = false)
class TokensIT {

    private static final String OUR_SECRET = "test-secret-for-the-suite-only-0123456789abcdef";

    @Inject
    EmbeddedServer server;
    Api api;
    Sellers.Seller seller;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        seller = Sellers.registered(api);
    }

    @Test
    void aGenuineTokenIsAccepted() throws Exception {
        assertEquals(200, me(signed(OUR_SECRET, claims(Instant.now().plusSeconds(600)))).status());
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = b64(claims(Instant.now().plusSeconds(600)).toString());
        assertProblem(me(header + "." + payload + "."), 401);
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = seller.token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"SELLER\"", "\"ADMIN\"");
        assertProblem(me(parts[0] + "." + b64(payload) + "." + parts[2]), 401);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        String other = "another-secret-of-someone-else-0123456789abcdef";
        assertProblem(me(signed(other, claims(Instant.now().plusSeconds(600)))), 401);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        assertProblem(me(signed(OUR_SECRET, claims(Instant.now().minusSeconds(60)))), 401);
    }

    private Api.Reply me(String token) {
        return api.get("/api/v1/me").token(token).send();
    }

    private JWTClaimsSet claims(Instant expires) {
        return new JWTClaimsSet.Builder().subject(seller.email()).claim("roles", List.of("SELLER"))
                .claim("accountId", seller.id()).issueTime(Date.from(expires.minusSeconds(900)))
                .expirationTime(Date.from(expires)).build();
    }

    private static String signed(String secret, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
