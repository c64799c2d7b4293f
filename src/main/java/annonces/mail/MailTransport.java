package annonces.mail;

/** How a mail leaves: SMTP, or the dev mailbox. Without one, mail waits in the outbox. */
interface MailTransport {

    /**
     * @throws Refused when the mail did not go; {@link Refused#permanent()} says whether trying again can help
     */
    void send(OutboxMail mail) throws Refused;

    /** A delivery that failed, and whether it is worth another attempt. */
    final class Refused extends Exception {
        private final boolean permanent;

        Refused(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        boolean permanent() {
            return permanent;
        }
    }
}
