package annonces.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.email.Contact;
import io.micronaut.email.Email;
import io.micronaut.email.EmailException;
import io.micronaut.email.EmailSender;
import io.micronaut.email.MultipartBody;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Mail through the configured SMTP relay, composed by Micronaut Email (Jakarta Mail): a text part and an HTML
 * part, {@code List-Unsubscribe} on notifications, and {@code X-Annonces-Mail-Id} (the outbox row) so that a
 * mail can be traced from the relay's logs back to its row.
 */
@Singleton
@Requires(property = "annonces.smtp.host")
class SmtpTransport implements MailTransport {

    static final String MAIL_ID_HEADER = "X-Annonces-Mail-Id";

    private final EmailSender<Message, ?> sender;
    private final SmtpSettings settings;

    SmtpTransport(EmailSender<Message, ?> sender, SmtpSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Override
    public void send(OutboxMail mail) throws Refused {
        Email.Builder email = Email.builder()
                .from(new Contact(settings.from(), settings.fromName()))
                .to(mail.recipient())
                .subject(mail.subject())
                .body(new MultipartBody(mail.htmlBody(), mail.textBody()));
        try {
            sender.send(email, message -> {
                try {
                    message.setHeader(MAIL_ID_HEADER, mail.id().toString());
                    if (mail.unsubscribeUrl() != null) {
                        message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
                        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                    }
                } catch (MessagingException e) {
                    throw new EmailException(e);
                }
            });
        } catch (EmailException e) {
            throw new Refused(describe(e), isPermanent(e), e);
        }
    }

    /** A 5xx answer about the recipient or the message, or an address that does not parse: retrying cannot help. */
    static boolean isPermanent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AddressException) {
                return true;
            }
            if (t instanceof SMTPAddressFailedException address) {
                return address.getReturnCode() >= 500;
            }
            if (t instanceof SMTPSendFailedException failed) {
                return failed.getReturnCode() >= 500;
            }
            if (t instanceof SendFailedException sendFailed && sendFailed.getNextException() != null
                    && isPermanent(sendFailed.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 500; t = t.getCause()) {
            if (t.getMessage() != null && !text.toString().contains(t.getMessage())) {
                text.append(text.isEmpty() ? "" : ": ").append(t.getMessage().strip());
            }
        }
        return text.isEmpty() ? e.getClass().getSimpleName() : text.toString();
    }
}
