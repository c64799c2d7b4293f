package annonces.accounts;

import annonces.system.NotFoundException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
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

    AccountController(Accounts accounts, AccountRepository repository) {
        this.accounts = accounts;
        this.repository = repository;
    }

    @Post("/accounts")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Register a seller",
            description = "201 with the account (never the password); 409 when the e-mail, ignoring case, is taken. "
                    + "A PRO seller gives its trader identity (legal name, SIREN with a valid check digit, address, phone).")
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
}
