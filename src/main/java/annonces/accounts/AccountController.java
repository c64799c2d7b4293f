package annonces.accounts;

import annonces.system.NotFoundException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Accounts")
class AccountController {

    private final Accounts accounts;
    private final AccountRepository repository;
    private final EmailVerification verification;
    private final PasswordReset reset;

    AccountController(Accounts accounts, AccountRepository repository, EmailVerification verification,
                      PasswordReset reset) {
        this.accounts = accounts;
        this.repository = repository;
        this.verification = verification;
        this.reset = reset;
    }

    @Post("/accounts")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Register a seller",
            description = "201 with the account (never the password); 409 when the e-mail, ignoring case, is taken. "
                    + "A PRO seller gives its trader identity (legal name, SIREN with a valid check digit, address, phone). "
                    + "The password is 10 to 256 characters, and neither a common one (a list from public breaches), "
                    + "nor the e-mail or the name. A mail with a link confirming the address is sent: until it is "
                    + "followed (where ANNONCES_REQUIRE_EMAIL_VERIFICATION holds) the seller's ads wait as DRAFT.")
    HttpResponse<AccountView> register(@Body @Valid Registration registration) {
        AccountView view = AccountView.from(accounts.register(registration));
        return HttpResponse.created(view, URI.create("/api/v1/me"));
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The caller's account")
    AccountView me(Authentication authentication) {
        return repository.findById(Caller.of(authentication).accountId()).map(AccountView::from)
                .orElseThrow(() -> new NotFoundException("No such account"));
    }

    @Patch(value = "/me", consumes = {"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Edit the caller's account (JSON merge patch)",
            description = "Members: displayName, phone (null removes it), email, emailNotifications (message digests "
                    + "and expiry reminders), showPhone (the phone on the ad pages, behind \"Voir le numéro\"). A new "
                    + "email is shown as pendingEmail and becomes the login once the link mailed to it is followed; "
                    + "409 when another account has it.")
    AccountView edit(Authentication authentication, @Body JsonNode patch) {
        return AccountView.from(accounts.edit(Caller.of(authentication), patch));
    }

    @Delete("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Erase the caller's account (GDPR right to erasure)",
            description = "204. The ads are withdrawn, the name, e-mail, phone and trader identity are erased, every "
                    + "token stops working, and the audit trail keeps only ids. The address may register again.")
    HttpResponse<Void> erase(Authentication authentication) {
        accounts.erase(Caller.of(authentication));
        return HttpResponse.noContent();
    }

    @Post("/accounts/email-verification")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Confirm an address with the token of the link mailed to it",
            description = "200 with the account. A used, expired, replaced or forged token is a 400 naming token.")
    AccountView verify(@Body @Valid LinkRequests.Verification request) {
        return AccountView.from(verification.verify(request.token()));
    }

    @Post("/me/email-verification")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.ACCEPTED)
    @Operation(summary = "Send the verification link again",
            description = "202: to the pending new address if there is one, else to the account's own; 409 when it is "
                    + "verified already. A few an hour at most: the newest link is the one that works.")
    HttpResponse<Void> resendVerification(Authentication authentication) {
        verification.resend(Caller.of(authentication));
        return HttpResponse.accepted();
    }

    @Post("/accounts/password-reset")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Status(HttpStatus.ACCEPTED)
    @Operation(summary = "Forgotten password: mail a reset link",
            description = "202 whether or not the address is an account's, so that the answer reveals nothing. "
                    + "The link works once, for 30 minutes.")
    HttpResponse<Void> askReset(@Body @Valid LinkRequests.ResetAsked request) {
        reset.request(request.email());
        return HttpResponse.accepted();
    }

    @Post("/accounts/password-reset/confirm")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new password with the token of the reset link",
            description = "204; every refresh token of the account is revoked (all devices signed out), and the "
                    + "holder is told by mail. A used, expired or forged token is a 400 naming token.")
    HttpResponse<Void> confirmReset(@Body @Valid LinkRequests.NewPassword request) {
        reset.reset(request.token(), request.password());
        return HttpResponse.noContent();
    }
}
