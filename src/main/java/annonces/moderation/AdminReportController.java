package annonces.moderation;

import annonces.accounts.Caller;
import annonces.system.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

@Controller("/api/v1/admin/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
@Tag(name = "Moderation")
class AdminReportController {

    private final ReportRepository reports;
    private final Reports decisions;

    AdminReportController(ReportRepository reports, Reports decisions) {
        this.reports = reports;
        this.decisions = decisions;
    }

    /** What a dismissal closed. */
    record Dismissed(UUID listingId, int reportsClosed) {
    }

    @Post("/{listingId}/dismiss")
    @Operation(summary = "Dismiss an ad's open reports as unfounded, with a statement of reasons",
            description = "{\"reason\": \"...\"} (10 to 2000 characters). The reports close, the ad stays as it is "
                    + "(one held by reports goes back online by an approval), reporters who gave an address are "
                    + "told why, and the audit trail records REPORTS_DISMISSED. 409 when the ad has no open report.")
    Dismissed dismiss(Authentication authentication, @PathVariable String listingId,
                      @Nullable @Body @Valid Decision decision) {
        if (decision == null) {
            throw new InvalidInputException("reason", "is required: why the reports are unfounded, which the "
                    + "reporters will read");
        }
        int closed = decisions.dismiss(Caller.of(authentication).accountId(), listingId, decision.reason());
        return new Dismissed(UUID.fromString(listingId), closed);
    }

    /** The open reports of one ad. */
    record ReportedListing(UUID listingId, int reports, Map<ReportReason, Long> reasons, Instant firstReportedAt,
                           List<ReportView> items) {
    }

    /** One report as an admin reads it; the client's key stays in the database. */
    record ReportView(UUID id, ReportReason reason, String explanation, String reporterEmail, boolean goodFaith,
                      Instant createdAt) {
    }

    @Get
    @Operation(summary = "Open reports, grouped per ad, the most reported first")
    List<ReportedListing> open() {
        Map<UUID, List<Report>> byListing = reports.findOpen().stream()
                .collect(Collectors.groupingBy(Report::listingId, LinkedHashMap::new, Collectors.toList()));
        return byListing.entrySet().stream()
                .map(e -> new ReportedListing(e.getKey(), e.getValue().size(),
                        e.getValue().stream().collect(Collectors.groupingBy(Report::reason, TreeMap::new,
                                Collectors.counting())),
                        e.getValue().get(0).createdAt(),
                        e.getValue().stream().map(r -> new ReportView(r.id(), r.reason(), r.explanation(),
                                r.reporterEmail(), r.goodFaith(), r.createdAt())).toList()))
                .sorted(Comparator.comparingInt(ReportedListing::reports).reversed()
                        .thenComparing(ReportedListing::firstReportedAt))
                .toList();
    }
}
