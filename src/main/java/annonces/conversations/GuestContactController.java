package annonces.conversations;

import annonces.system.ClientAddresses;
import annonces.system.FormOrigins;
import annonces.system.Pages;
import annonces.system.InvalidInputException;
import annonces.system.NotFoundException;
import annonces.system.ServiceException;
import annonces.system.TooManyRequestsException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The forms of the ad page for a reader without an account: "Contacter le vendeur" (then the confirmation link
 * mailed to the reader) and "Voir le numéro". HTML in, HTML out. A form posted from another site is refused
 * (its Origin is not ours); the form's token is signed for its ad, and a robot that fills the hidden field
 * gets the same answer as a person, with nothing sent.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class GuestContactController {

    private final GuestContacts contacts;
    private final PhoneReveals phones;
    private final ClientAddresses addresses;
    private final Pages pages;

    GuestContactController(GuestContacts contacts, PhoneReveals phones, ClientAddresses addresses,
                           Pages pages) {
        this.contacts = contacts;
        this.phones = phones;
        this.addresses = addresses;
        this.pages = pages;
    }

    @Post(uri = "/annonces/{id}/contact", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> contact(HttpRequest<?> request, @PathVariable String id, @Body Map<String, String> form) {
        if (!FormOrigins.sameOrigin(request)) {
            return pages.message(HttpStatus.FORBIDDEN, "Envoi refusé", "Ce formulaire ne peut être envoyé que depuis la page "
                    + "de l'annonce.", id);
        }
        try {
            contacts.ask(id, new GuestContacts.Request(form.get("form"), form.get("website"), form.get("name"),
                    form.get("email"), form.get("message")), addresses.clientOf(request));
        } catch (NotFoundException e) {
            return pages.message(HttpStatus.NOT_FOUND, "Annonce introuvable", "Cette annonce n'est plus en ligne.", null);
        } catch (TooManyRequestsException e) {
            return pages.message(HttpStatus.TOO_MANY_REQUESTS, "Trop de messages", "Vous avez envoyé beaucoup de messages "
                    + "en peu de temps. Réessayez dans une heure.", id)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        } catch (InvalidInputException e) {
            String field = e.errors().isEmpty() ? "" : e.errors().get(0).field();
            String why = switch (field == null ? "" : field) {
                case "email" -> "L'adresse e-mail n'est pas valable.";
                case "name" -> "Indiquez votre nom (80 caractères au plus).";
                case "message" -> "Le message doit compter de 1 à 2 000 caractères, sans caractères de contrôle.";
                default -> "Le formulaire a expiré : rechargez la page de l'annonce.";
            };
            return pages.message(HttpStatus.BAD_REQUEST, "Message non envoyé", why, id);
        }
        return pages.message(HttpStatus.OK, "Vérifiez votre boîte e-mail", "Nous vous avons envoyé un lien : votre message "
                + "partira au vendeur quand vous l'aurez suivi. Le lien est valable 24 heures.", id);
    }

    /** The link of the confirmation mail: a page with one button, so that a link preview sends nothing. */
    @Get("/contact/confirmer")
    HttpResponse<String> confirmPage(@Nullable @QueryValue String token) {
        Optional<String> title = contacts.titleToConfirm(token);
        if (title.isEmpty()) {
            return pages.message(HttpStatus.BAD_REQUEST, "Lien expiré", "Ce lien ne fonctionne plus : il a expiré ou "
                    + "l'annonce n'est plus en ligne.", null);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", title.get());
        model.put("action", "/contact/confirmer?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        return render(HttpStatus.OK, "conversations/contact-confirm", model);
    }

    @Post(uri = "/contact/confirmer", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    HttpResponse<String> confirm(@Nullable @QueryValue String token) {
        return contacts.confirm(token)
                .<HttpResponse<String>>map(page -> HttpResponse.seeOther(URI.create(page)))
                .orElseGet(() -> pages.message(HttpStatus.BAD_REQUEST, "Lien expiré", "Ce lien ne fonctionne plus : il a "
                        + "expiré ou l'annonce n'est plus en ligne.", null));
    }

    @Post(uri = "/annonces/{id}/telephone", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    HttpResponse<String> phone(HttpRequest<?> request, @PathVariable String id) {
        if (!FormOrigins.sameOrigin(request)) {
            return pages.message(HttpStatus.FORBIDDEN, "Refusé", "Le numéro ne s'affiche que depuis la page de l'annonce.", id);
        }
        try {
            String phone = phones.reveal(id, addresses.clientOf(request));
            return pages.message(HttpStatus.OK, "Numéro du vendeur", phone, id);
        } catch (TooManyRequestsException e) {
            return pages.message(HttpStatus.TOO_MANY_REQUESTS, "Trop de demandes", "Vous avez demandé beaucoup de numéros "
                    + "en peu de temps. Réessayez plus tard, ou écrivez au vendeur.", id)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        } catch (ServiceException e) {
            return pages.message(HttpStatus.NOT_FOUND, "Numéro non disponible", "Ce vendeur préfère être contacté par "
                    + "message.", id);
        }
    }

    private MutableHttpResponse<String> render(HttpStatus status, String template, Map<String, Object> model) {
        return pages.render(status, template, model);
    }
}
