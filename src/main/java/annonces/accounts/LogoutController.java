package annonces.accounts;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/v1/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Accounts")
class LogoutController {

    private final RefreshTokens refreshTokens;

    LogoutController(RefreshTokens refreshTokens) {
        this.refreshTokens = refreshTokens;
    }

    @Post("/logout")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke the caller's refresh tokens",
            description = "Access tokens already issued stay valid until they expire (15 minutes by default).")
    HttpResponse<Void> logout(Authentication authentication) {
        refreshTokens.revokeAll(Caller.of(authentication).accountId());
        return HttpResponse.noContent();
    }
}
