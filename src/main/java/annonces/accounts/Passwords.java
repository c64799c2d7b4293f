package annonces.accounts;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/**
 * Argon2id (password4j) with OWASP's minimum parameters: 19 MiB, 2 passes, 1 lane. The parameters
 * travel in each PHC string, so raising them later still verifies old hashes.
 */
@Singleton
public class Passwords {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    /** Checked against when the e-mail is unknown, so that both failures take the same time. */
    private final String decoy = hash("decoy password that matches nothing");

    public String hash(String password) {
        return ARGON2ID.hash(password).getResult();
    }

    public boolean matches(String password, String hash) {
        return Argon2Function.getInstanceFromHash(hash).check(password, hash);
    }

    void spendTheSameTime(String password) {
        matches(password, decoy);
    }
}
