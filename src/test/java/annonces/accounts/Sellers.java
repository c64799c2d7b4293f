package annonces.accounts;

import annonces.Api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Seller fixtures: registered and logged in over the API, unique per call. */
public final class Sellers {

    public static final String ADMIN_EMAIL = "admin@example.test";
    public static final String ADMIN_PASSWORD = "admin-password-123456";

    private Sellers() {
    }

    public record Seller(String email, String password, String id, String token, String refreshToken) {
    }

    public static Map<String, Object> aPrivateSeller() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", "seller-" + UUID.randomUUID() + "@example.test");
        body.put("password", "correct-horse-battery-staple");
        body.put("displayName", "Jeanne Vendeuse");
        return body;
    }

    public static Map<String, Object> aProfessional() {
        Map<String, Object> body = aPrivateSeller();
        body.put("sellerType", "PRO");
        body.put("pro", Map.of("legalName", "Garage du Cotentin SARL", "siren", "732829320",
                "address", "12 rue du Port, 50100 Cherbourg-en-Cotentin", "phone", "02 33 00 00 00"));
        return body;
    }

    public static Seller registered(Api api) {
        Map<String, Object> body = aPrivateSeller();
        Api.Reply created = api.post("/api/v1/accounts", body).send();
        assertEquals(201, created.status(), created::toString);
        return login(api, (String) body.get("email"), (String) body.get("password"), created.json().path("id").asText());
    }

    public static Seller admin(Api api) {
        return login(api, ADMIN_EMAIL, ADMIN_PASSWORD, null);
    }

    public static Seller login(Api api, String email, String password, String id) {
        Api.Reply login = api.post("/api/v1/auth/login", Map.of("username", email, "password", password)).send();
        assertEquals(200, login.status(), login::toString);
        return new Seller(email, password, id, login.json().path("access_token").asText(),
                login.json().path("refresh_token").asText());
    }
}
