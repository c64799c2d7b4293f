package annonces.accounts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordsTest {

    private final Passwords passwords = new Passwords();

    @Test
    void passwordsAreStoredAsSaltedArgon2idPhcStrings() {
        String first = passwords.hash("correct-horse-battery-staple");
        String second = passwords.hash("correct-horse-battery-staple");

        assertTrue(first.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), first);
        assertNotEquals(first, second, "each hash has its own salt");
        assertFalse(first.contains("correct-horse"));
    }

    @Test
    void onlyTheRightPasswordMatches() {
        String hash = passwords.hash("correct-horse-battery-staple");

        assertTrue(passwords.matches("correct-horse-battery-staple", hash));
        assertFalse(passwords.matches("correct-horse-battery-stapler", hash));
    }
}
