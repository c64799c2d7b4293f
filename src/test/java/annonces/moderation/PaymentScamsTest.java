package annonces.moderation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaymentScamsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Je paie par Western Union", "un MANDAT CASH de La Poste", "envoyez-moi 3 coupons PCS",
            "un code Transcash de 250 €", "mon coursier passera", "le transporteur vous réglera la somme",
            "achetez des recharges Neosurf", "paiement par Paysafecard", "envoyez le code de vérification reçu par SMS"})
    void theWordsOfPaymentScamsAreFound(String text) {
        assertFalse(PaymentScams.in(text).isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Paiement en espèces à la remise des clés", "virement bancaire après la visite",
            "je peux venir avec une remorque", "courses à faire samedi", "le code postal est 14000"})
    void ordinaryWordsAreNot(String text) {
        assertTrue(PaymentScams.in(text).isEmpty(), text);
    }
}
