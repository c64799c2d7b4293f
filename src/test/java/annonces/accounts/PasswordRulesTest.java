package annonces.accounts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordRulesTest {

    private static final PasswordRules RULES = new PasswordRules();
    private static final String EMAIL = "marie.dupont@example.test";

    @ParameterizedTest
    @ValueSource(strings = {"password12", "Password1234", "azertyuiop", "1234567890", "qwertyuiop", "motdepasse",
            "aaaaaaaaaa", "zzzzzzzzzzzzzzzz", "soleil2024!", "marseille13", "dragon-2025", "MARIE.DUPONT@EXAMPLE.TEST",
            "marie.dupont", "Marie Dupont"})
    void commonOrPersonalPasswordsAreRefused(String password) {
        assertTrue(RULES.refusal(password, EMAIL, "Marie Dupont").isPresent(), password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct-horse-battery-staple", "Vélo bleu sous la pluie", "tr0mb0ne-kiwi-Caen",
            "une phrase que personne ne devine"})
    void uncommonPassphrasesPass(String password) {
        assertFalse(RULES.refusal(password, EMAIL, "Marie Dupont").isPresent(), password);
    }
}
