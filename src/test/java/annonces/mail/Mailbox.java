package annonces.mail;

import annonces.Eventually;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server for the tests (GreenMail), and what it received, read as a person's mail reader would:
 * the subject, the text part, the HTML part and the headers. One is shared by the whole suite; a test that
 * needs a relay that is down, or two instances on one relay, starts its own.
 */
public final class Mailbox implements AutoCloseable {

    private static Mailbox shared;

    private final GreenMail server;
    private final int port;

    private Mailbox(int port) {
        this.port = port;
        this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** The suite's relay, started on first use. */
    public static synchronized Mailbox shared() {
        if (shared == null) {
            shared = started(freePort());
        }
        return shared;
    }

    /** A relay of the test's own on {@code port}, started now. */
    public static Mailbox started(int port) {
        Mailbox mailbox = new Mailbox(port);
        mailbox.server.start();
        return mailbox;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a service instance needs to send here, polling its outbox often. */
    public Map<String, Object> serviceProperties() {
        return serviceProperties(port);
    }

    /** The same, as a {@code TestPropertyProvider} answers them, with the test's own settings added. */
    public Map<String, String> testProperties(String... more) {
        Map<String, String> p = new LinkedHashMap<>();
        serviceProperties().forEach((k, v) -> p.put(k, v.toString()));
        for (int i = 0; i + 1 < more.length; i += 2) {
            p.put(more[i], more[i + 1]);
        }
        return p;
    }

    public static Map<String, Object> serviceProperties(int port) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("annonces.smtp.host", "127.0.0.1");
        p.put("annonces.smtp.port", Integer.toString(port));
        p.put("annonces.smtp.tls", "NONE");
        p.put("annonces.smtp.from", "annonces@example.test");
        p.put("annonces.smtp.timeout", "2s");
        p.put("annonces.mail.poll-interval", "100ms");
        p.put("annonces.mail.initial-delay", "100ms");
        p.put("annonces.mail.public-url", "https://annonces.example.test");
        return p;
    }

    /** One received mail. */
    public record Letter(String to, String subject, String text, String html, Map<String, String> headers) {

        private static final Pattern TOKEN = Pattern.compile("[?&]token=([A-Za-z0-9_\\-.%]+)");

        /** The {@code token} of the first link in the text part. */
        public String token() {
            Matcher m = TOKEN.matcher(text);
            if (!m.find()) {
                throw new AssertionError("No link with a token in: " + text);
            }
            return m.group(1);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    /** Everything received so far for this address, oldest first. */
    public List<Letter> to(String address) {
        List<Letter> letters = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                if (message.getAllRecipients() != null && List.of(message.getAllRecipients()).stream()
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                    letters.add(read(address, message));
                }
            } catch (MessagingException | IOException e) {
                throw new AssertionError("Unreadable mail", e);
            }
        }
        return letters;
    }

    /** Waits until {@code count} mails reached the address, and answers them. */
    public List<Letter> await(String address, int count) {
        Eventually.until(() -> to(address).size() >= count, count + " mail(s) to " + address);
        return to(address);
    }

    /** Waits for the first mail to the address with this subject. */
    public Letter awaitSubject(String address, String subject) {
        Eventually.until(() -> to(address).stream().anyMatch(l -> l.subject().equals(subject)),
                "a mail \"" + subject + "\" to " + address + " (got " + subjects(address) + ")");
        return to(address).stream().filter(l -> l.subject().equals(subject)).reduce((a, b) -> b).orElseThrow();
    }

    public List<String> subjects(String address) {
        return to(address).stream().map(Letter::subject).toList();
    }

    public int received() {
        return server.getReceivedMessages().length;
    }

    @Override
    public void close() {
        server.stop();
    }

    private static Letter read(String address, MimeMessage message) throws MessagingException, IOException {
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        collect(message, text, html);
        Map<String, String> headers = new LinkedHashMap<>();
        for (Enumeration<Header> all = message.getAllHeaders(); all.hasMoreElements(); ) {
            Header h = all.nextElement();
            headers.put(h.getName(), h.getValue());
        }
        return new Letter(address, message.getSubject(), text.toString(), html.toString(), headers);
    }

    private static void collect(Part part, StringBuilder text, StringBuilder html) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, text, html);
            }
        } else if (part.isMimeType("text/plain")) {
            // SMTP carries lines ending in CRLF; a reader sees lines.
            text.append(part.getContent().toString().replace("\r\n", "\n"));
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        }
    }
}
