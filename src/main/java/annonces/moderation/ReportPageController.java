package annonces.moderation;

import annonces.system.ClientAddresses;
import annonces.system.FormOrigins;
import annonces.system.NotFoundException;
import annonces.system.Pages;
import annonces.system.TooManyRequestsException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Signaler l'annonce" from the ad page: the same DSA notice as {@code POST /api/v1/listings/{id}/reports},
 * sent by a reader's browser as a form, answered by a page. Same rules, same limits: only the shape differs.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class ReportPageController {

    private final Reports reports;
    private final ClientAddresses addresses;
    private final Validator validator;
    private final Pages pages;

    ReportPageController(Reports reports, ClientAddresses addresses, Validator validator, Pages pages) {
        this.reports = reports;
        this.addresses = addresses;
        this.validator = validator;
        this.pages = pages;
    }

    @Post(uri = "/annonces/{id}/signaler", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> report(HttpRequest<?> request, @PathVariable String id, @Body Map<String, String> form) {
        if (!FormOrigins.sameOrigin(request)) {
            return pages.message(HttpStatus.FORBIDDEN, "Envoi refusé", "Ce formulaire ne peut être envoyé que depuis la "
                    + "page de l'annonce.", id);
        }
        ReportReason reason;
        try {
            reason = ReportReason.valueOf(form.getOrDefault("reason", "").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return pages.message(HttpStatus.BAD_REQUEST, "Signalement incomplet", "Choisissez le motif du signalement.", id);
        }
        Notice notice = new Notice(reason, blankToNull(form.get("explanation")), blankToNull(form.get("email")),
                form.containsKey("goodFaith"));
        Set<ConstraintViolation<Notice>> violations = validator.validate(notice);
        if (!violations.isEmpty()) {
            String why = violations.stream().map(v -> switch (v.getPropertyPath().toString()) {
                case "reporterEmail" -> "L'adresse e-mail n'est pas valable.";
                case "explanation" -> "L'explication dépasse 2 000 caractères.";
                default -> "Le formulaire n'est pas valable.";
            }).distinct().collect(Collectors.joining(" "));
            return pages.message(HttpStatus.BAD_REQUEST, "Signalement incomplet", why, id);
        }
        try {
            boolean repeated = reports.report(id, addresses.clientOf(request), notice);
            return pages.message(HttpStatus.OK, "Merci pour votre signalement", repeated
                    ? "Vous aviez déjà signalé cette annonce : votre premier signalement est en cours d'examen."
                    : "Un modérateur va examiner cette annonce." + (notice.reporterEmail() == null ? ""
                    : " Nous vous écrirons à l'adresse indiquée quand une décision sera prise."), id);
        } catch (NotFoundException e) {
            return pages.message(HttpStatus.NOT_FOUND, "Annonce introuvable", "Cette annonce n'est plus en ligne.", null);
        } catch (TooManyRequestsException e) {
            return pages.message(HttpStatus.TOO_MANY_REQUESTS, "Trop de signalements", "Vous avez envoyé beaucoup de "
                    + "signalements en peu de temps. Réessayez dans une heure.", id)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
