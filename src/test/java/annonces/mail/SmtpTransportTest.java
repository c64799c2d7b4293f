package annonces.mail;

import io.micronaut.email.EmailException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which refusals are final: a 5xx about the recipient or the message, or an address that does not parse. */
class SmtpTransportTest {

    @Test
    void aRefusedOrMalformedAddressIsFinal() throws Exception {
        assertTrue(SmtpTransport.isPermanent(new EmailException(new AddressException("Illegal address"))));
        assertTrue(SmtpTransport.isPermanent(new EmailException(new SMTPAddressFailedException(
                new jakarta.mail.internet.InternetAddress("nobody@example.test"), "RCPT TO", 550, "No such user"))));
        assertTrue(SmtpTransport.isPermanent(new EmailException(new SMTPSendFailedException("DATA", 554,
                "Message rejected", null, null, null, null))));
    }

    @Test
    void aRelayAwayOrBusyIsTriedAgain() throws Exception {
        assertFalse(SmtpTransport.isPermanent(new EmailException(new MailConnectException(
                new org.eclipse.angus.mail.util.SocketConnectException("refused", new ConnectException(), "127.0.0.1", 25, 10)))));
        assertFalse(SmtpTransport.isPermanent(new EmailException(new SMTPAddressFailedException(
                new jakarta.mail.internet.InternetAddress("busy@example.test"), "RCPT TO", 451, "Try again later"))));
        assertFalse(SmtpTransport.isPermanent(new EmailException(new MessagingException("connection reset"))));
    }
}
