package annonces.accounts;

import annonces.system.Pages;
import annonces.system.InvalidInputException;
import annonces.system.ServiceException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;

/**
 * The pages that the links in account mail open, for a person with a browser and no API client: confirm an
 * address, ask for a reset link, choose a new password. Each does what the JSON routes do, through the same
 * use cases; an invalid link gets a page that says so and what to do.
 */
@Controller("/compte")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class AccountPagesController {


    private final EmailVerification verification;
    private final PasswordReset reset;
    private final Notifications notifications;
    private final Pages pages;

    AccountPagesController(EmailVerification verification, PasswordReset reset, Notifications notifications,
                           Pages pages) {
        this.verification = verification;
        this.reset = reset;
        this.notifications = notifications;
        this.pages = pages;
    }

    /** The link at the foot of a notification: a page with one button, so that a link preview turns nothing off. */
    @Get("/desabonnement")
    HttpResponse<String> unsubscribePage(@Nullable @QueryValue String token) {
        return page(HttpStatus.OK, "accounts/unsubscribe", Map.of("token", token == null ? "" : token));
    }

    /**
     * The button, and the one-click POST a mail reader sends to the List-Unsubscribe address (RFC 8058:
     * {@code List-Unsubscribe=One-Click} in the body, the token in the address).
     */
    @Post(value = "/desabonnement", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    HttpResponse<String> unsubscribe(@Nullable @QueryValue String token) {
        try {
            notifications.unsubscribe(token);
        } catch (InvalidInputException e) {
            return page(HttpStatus.BAD_REQUEST, "accounts/message", Map.of("title", "Lien non valable",
                    "message", "Ce lien de désabonnement n'est pas valable. Vous pouvez couper les notifications "
                            + "depuis votre compte.", "error", true));
        }
        return page(HttpStatus.OK, "accounts/message", Map.of("title", "Notifications coupées",
                "message", "Vous ne recevrez plus d'e-mail pour les nouveaux messages ni les rappels d'expiration. "
                        + "Les e-mails indispensables (sécurité du compte, décisions de modération) continuent."));
    }

    /** The verification link: following it confirms the address (the link is the proof, used once). */
    @Get("/verification")
    HttpResponse<String> verify(@Nullable @QueryValue String token) {
        try {
            Account account = verification.verify(token);
            return page(HttpStatus.OK, "accounts/message", Map.of("title", "Adresse confirmée",
                    "message", "Merci : l'adresse " + account.email() + " est confirmée. Vos annonces en attente "
                            + "partent en modération, et vous pouvez écrire aux vendeurs."));
        } catch (InvalidInputException e) {
            return page(HttpStatus.BAD_REQUEST, "accounts/message", Map.of("title", "Lien expiré ou déjà utilisé",
                    "message", "Ce lien ne fonctionne plus : il a déjà servi, a expiré ou a été remplacé par un plus "
                            + "récent. Demandez un nouveau lien depuis votre compte.", "error", true));
        } catch (ServiceException e) {
            return page(HttpStatus.CONFLICT, "accounts/message", Map.of("title", "Adresse non confirmée",
                    "message", "Cette adresse ne peut plus être confirmée pour ce compte.", "error", true));
        }
    }

    @Get("/mot-de-passe-oublie")
    HttpResponse<String> forgotten() {
        return page(HttpStatus.OK, "accounts/forgotten-password", Map.of());
    }

    @Post(value = "/mot-de-passe-oublie", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> askReset(@Body Map<String, String> form) {
        String email = form.getOrDefault("email", "").strip();
        if (!email.isEmpty() && email.length() <= 254 && email.contains("@")) {
            reset.request(email);
        }
        return page(HttpStatus.OK, "accounts/forgotten-password", Map.of("sent", true));
    }

    @Get("/mot-de-passe")
    HttpResponse<String> newPassword(@Nullable @QueryValue String token) {
        return page(HttpStatus.OK, "accounts/new-password", Map.of("token", token == null ? "" : token));
    }

    @Post(value = "/mot-de-passe", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> setPassword(@Body Map<String, String> form) {
        String token = form.getOrDefault("token", "");
        String password = form.getOrDefault("password", "");
        if (password.length() < 10 || password.length() > 256) {
            return page(HttpStatus.BAD_REQUEST, "accounts/new-password", Map.of("token", token,
                    "error", "Le mot de passe doit compter entre 10 et 256 caractères."));
        }
        try {
            reset.reset(token, password);
        } catch (InvalidInputException e) {
            boolean badLink = e.errors().stream().anyMatch(f -> "token".equals(f.field()));
            if (badLink) {
                return page(HttpStatus.BAD_REQUEST, "accounts/message", Map.of("title", "Lien expiré ou déjà utilisé",
                        "message", "Ce lien ne fonctionne plus. Demandez-en un nouveau : "
                                + "« Mot de passe oublié ».", "error", true));
            }
            return page(HttpStatus.BAD_REQUEST, "accounts/new-password", Map.of("token", token,
                    "error", "Ce mot de passe est trop courant ou trop proche de votre adresse : choisissez-en un autre."));
        }
        return page(HttpStatus.OK, "accounts/message", Map.of("title", "Mot de passe changé",
                "message", "Votre nouveau mot de passe est enregistré. Vous avez été déconnecté de tous vos appareils : "
                        + "reconnectez-vous avec ce mot de passe."));
    }

    private MutableHttpResponse<String> page(HttpStatus status, String template, Map<String, Object> model) {
        return pages.render(status, template, model);
    }
}
