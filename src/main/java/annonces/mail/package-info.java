/**
 * Mail: the transactional outbox ({@code mail_outbox}), its sender, the French templates (jte, an HTML and a
 * text part each, in {@code src/main/jte/mail} and {@code src/main/jte-text/mail}) and the dev mailbox. A
 * feature renders and posts a mail through {@link annonces.mail.Outbox} inside the transaction of the event
 * that causes it; every instance's {@link annonces.mail.MailSender} claims due rows with
 * {@code FOR UPDATE SKIP LOCKED} and hands them to SMTP (Micronaut Email) with backoff. It depends on no
 * feature: what a mail says is the caller's business, how it travels is this package's.
 */
package annonces.mail;
