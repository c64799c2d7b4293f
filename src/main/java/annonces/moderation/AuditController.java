package annonces.moderation;

import annonces.system.Cursors;
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

    private record Position(Instant at, long id) {
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
        Position before = cursor == null ? new Position(Instant.parse("9999-12-31T23:59:59Z"), Long.MAX_VALUE)
                : cursors.position(AUDIT, cursor, p -> new Position(Instant.parse(p.get(0)), Long.parseLong(p.get(1))));
        Cursors.Slice<AuditEvent> page = cursors.slice(AUDIT,
                events.find(listing, account, action, from, to, before.at(), before.id(), limit + 1), limit,
                last -> List.of(last.at().toString(), last.id().toString()));
        return new AuditPage(page.items(), page.nextCursor());
    }
}
