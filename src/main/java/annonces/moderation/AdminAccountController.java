package annonces.moderation;

import annonces.accounts.Caller;
import annonces.system.NotFoundException;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.UUID;

@Controller("/api/v1/admin/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
@Tag(name = "Moderation")
class AdminAccountController {

    private final Bans bans;

    AdminAccountController(Bans bans) {
        this.bans = bans;
    }

    @Post("/{id}/ban")
    @Operation(summary = "Ban a seller",
            description = "At once: the seller's published ads are suspended with the given statement of reasons, "
                    + "its refresh tokens revoked, and its next request with a still-valid access token is a 401. "
                    + "409 for an admin or an account already banned.")
    Bans.Banned ban(Authentication authentication, @PathVariable String id, @Body @Valid Decision decision) {
        UUID accountId;
        try {
            accountId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No account " + id);
        }
        return bans.ban(Caller.of(authentication).accountId(), accountId, decision.reason());
    }
}
