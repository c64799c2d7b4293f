package annonces.moderation;

import annonces.system.Cursors;
import annonces.system.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Controller("/api/v1/admin/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
@Tag(name = "Moderation")
class AuditController {

    private static final String AUDIT = "audit";

    private final AuditEventRepository events;
    private final Cursors cursors;

    AuditController(AuditEventRepository events, Cursors cursors) {
        this.events = events;
        this.cursors = cursors;
    }

    record AuditPage(List<AuditEvent> items, String nextCursor) {
    }

    @Get
    @Operation(summary = "Who did what to which ad or account, and when; newest first",
            description = "Filters: listing (an ad's id), account (the ad's seller or the actor), action (CREATE, EDIT, "
                    + "APPROVE, REJECT, SUSPEND, EXPIRE, SELL, WITHDRAW, RENEW), from and to (ISO-8601 instants).")
    AuditPage audit(@Nullable @QueryValue UUID listing, @Nullable @QueryValue UUID account,
                    @Nullable @QueryValue String action, @Nullable @QueryValue Instant from,
                    @Nullable @QueryValue Instant to,
                    @QueryValue(defaultValue = "50") @Min(1) @Max(200) int limit,
                    @Nullable @QueryValue String cursor) {
        Instant beforeAt = Instant.parse("9999-12-31T23:59:59Z");
        long beforeId = Long.MAX_VALUE;
        if (cursor != null) {
            List<String> position = cursors.decode(AUDIT, cursor);
            try {
                beforeAt = Instant.parse(position.get(0));
                beforeId = Long.parseLong(position.get(1));
            } catch (RuntimeException e) {
                throw new InvalidInputException("cursor", "is not a cursor of the audit trail");
            }
        }
        List<AuditEvent> rows = events.find(listing, account, action, from, to, beforeAt, beforeId, limit + 1);
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            AuditEvent last = rows.get(limit - 1);
            next = cursors.encode(AUDIT, List.of(last.at().toString(), last.id().toString()));
        }
        return new AuditPage(rows, next);
    }
}
