package annonces.moderation;

import annonces.system.ClientAddresses;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.Map;

@Controller("/api/v1/listings/{id}/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Moderation")
class ReportController {

    private final Reports reports;
    private final ClientAddresses addresses;

    /** {@code addresses} trusts only a configured proxy header, else the TCP peer (system/ClientAddresses). */
    ReportController(Reports reports, ClientAddresses addresses) {
        this.reports = reports;
        this.addresses = addresses;
    }

    @Post
    @Operation(summary = "Report a published ad (no account needed)",
            description = "202 once received; the same client reporting the same ad again is received once. At most "
                    + "5 reports an hour from one client (429 with Retry-After). An ad reported by 3 different clients "
                    + "leaves the public views until an admin decides.")
    HttpResponse<Map<String, Object>> report(HttpRequest<?> request, @PathVariable String id, @Body @Valid Notice notice) {
        boolean repeated = reports.report(id, addresses.clientOf(request), notice);
        return HttpResponse.accepted().body(Map.of("listingId", id, "received", true, "alreadyReported", repeated));
    }
}
