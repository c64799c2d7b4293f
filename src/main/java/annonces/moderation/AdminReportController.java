package annonces.moderation;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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

    AdminReportController(ReportRepository reports) {
        this.reports = reports;
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
