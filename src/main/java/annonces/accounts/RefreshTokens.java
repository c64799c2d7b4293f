package annonces.accounts;

import annonces.system.Sha256;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.errors.IssuingAnAccessTokenErrorCode;
import io.micronaut.security.errors.OauthErrorResponseException;
import io.micronaut.security.token.event.RefreshTokenGeneratedEvent;
import io.micronaut.security.token.refresh.RefreshTokenPersistence;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Refresh tokens, kept as digests so that logout and bans can revoke them. A refresh answers with the
 * account as it is now (role, ban), not as it was at login.
 */
@Singleton
public class RefreshTokens implements RefreshTokenPersistence {

    private static final Duration LIFETIME = Duration.ofDays(30);

    private final RefreshTokenRepository tokens;
    private final AccountRepository accounts;
    private final Clock clock;

    RefreshTokens(RefreshTokenRepository tokens, AccountRepository accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void persistToken(RefreshTokenGeneratedEvent event) {
        UUID accountId = Caller.of(event.getAuthentication()).accountId();
        tokens.save(new RefreshToken(digest(event.getRefreshToken()), accountId, clock.instant(), null));
    }

    @Override
    public Publisher<Authentication> getAuthentication(String refreshToken) {
        return Mono.fromCallable(() -> authenticate(refreshToken)).subscribeOn(Schedulers.boundedElastic());
    }

    private Authentication authenticate(String refreshToken) {
        return tokens.findLive(digest(refreshToken))
                .filter(t -> t.createdAt().plus(LIFETIME).isAfter(clock.instant()))
                .flatMap(t -> accounts.findById(t.accountId()))
                .filter(Account::active)
                .flatMap(a -> PasswordAuthentication.success(a).getAuthentication())
                .orElseThrow(() -> new OauthErrorResponseException(IssuingAnAccessTokenErrorCode.INVALID_GRANT,
                        "The refresh token is unknown, expired or revoked; log in again.", null));
    }

    /** Revokes every refresh token of the account: logout, and bans. */
    public int revokeAll(UUID accountId) {
        return tokens.revokeAll(accountId, clock.instant());
    }

    private static byte[] digest(String token) {
        return Sha256.of(token);
    }
}
