package annonces.mail;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * The mail templates, compiled to Java at build time like the pages: {@code src/main/jte/mail/NAME.jte} is
 * the HTML part (escaped as HTML), {@code src/main/jte-text/mail/NAME.jte} the text part (plain, nothing
 * escaped). The text part's first line is the subject; a blank line follows it.
 */
@Singleton
class MailTemplates {

    /** The package the build gives the text templates (pom.xml, jte-maven-plugin, execution mail-text). */
    static final String TEXT_PACKAGE = "gg.jte.generated.text";

    private final TemplateEngine html = TemplateEngine.createPrecompiled(ContentType.Html);
    private final TemplateEngine text = TemplateEngine.createPrecompiled(null, ContentType.Plain, null, TEXT_PACKAGE);

    /** A mail rendered, not yet addressed. */
    record Rendered(String subject, String text, String html) {
    }

    Rendered render(String name, Map<String, Object> model) {
        String plain = render(text, name, model);
        int end = plain.indexOf('\n');
        if (end <= 0 || plain.substring(0, end).isBlank()) {
            throw new IllegalStateException("mail/" + name + ".jte (text) must start with its subject line");
        }
        String subject = plain.substring(0, end).strip();
        String body = plain.substring(end + 1).stripLeading();
        return new Rendered(subject, body, render(html, name, model));
    }

    /** A page of this package's own ({@code src/main/jte/NAME.jte}), such as the dev mailbox. */
    String page(String name, Map<String, Object> model) {
        StringOutput out = new StringOutput();
        html.render(name + ".jte", model, out);
        return out.toString();
    }

    private static String render(TemplateEngine engine, String name, Map<String, Object> model) {
        StringOutput out = new StringOutput();
        engine.render("mail/" + name + ".jte", model, out);
        return out.toString();
    }
}
