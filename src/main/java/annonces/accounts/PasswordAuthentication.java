package annonces.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/auth/login}: e-mail and password against the Argon2id hash. An unknown e-mail, a
 * wrong password and a banned account fail alike and take the same time, so the answer reveals nothing.
 * Runs on the blocking executor (it reads the database and hashes).
 */
@Singleton
class PasswordAuthentication<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final AccountRepository accounts;
    private final Passwords passwords;

    PasswordAuthentication(AccountRepository accounts, Passwords passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
        String email = credentials.getIdentity();
        String password = credentials.getSecret();
        var account = email == null ? java.util.Optional.<Account>empty() : accounts.findByEmail(email.trim());
        if (account.isEmpty()) {
            passwords.spendTheSameTime(password == null ? "" : password);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        Account a = account.get();
        if (!passwords.matches(password == null ? "" : password, a.passwordHash()) || !a.active()) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        return success(a);
    }

    static AuthenticationResponse success(Account a) {
        return AuthenticationResponse.success(a.email(), List.of(a.role().name()),
                Map.of(Caller.ACCOUNT_ID_CLAIM, a.id().toString()));
    }
}
