package annonces.accounts;

import jakarta.inject.Singleton;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * What a new password may not be, beyond its length (10 to 256, on {@link Registration}): one of the most
 * common passwords of public breaches ({@code accounts/common-passwords.txt.gz}, NOTICE.md beside it), such a
 * password followed by digits or punctuation ({@code soleil2024!}), one character repeated, or the account's
 * own e-mail, the part before its {@code @}, or its display name.
 */
@Singleton
class PasswordRules {

    private static final String LIST = "accounts/common-passwords.txt.gz";
    /** A shorter stem ({@code abc} of {@code abc123456789}) is left to the length rule and the list itself. */
    private static final int SHORTEST_STEM = 4;

    private final Set<String> common;

    PasswordRules() {
        this.common = load();
    }

    /** @return why the password is refused, or empty */
    Optional<String> refusal(String password, String email, String displayName) {
        String p = password.toLowerCase(Locale.ROOT);
        String mail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String local = mail.contains("@") ? mail.substring(0, mail.indexOf('@')) : mail;
        if (p.equals(mail) || p.equals(local) || (displayName != null && p.equals(displayName.strip().toLowerCase(Locale.ROOT)))) {
            return Optional.of("must not be your e-mail address or your name");
        }
        if (p.chars().distinct().count() == 1) {
            return Optional.of("must not be one character repeated");
        }
        if (common.contains(p)) {
            return Optional.of("is one of the most common passwords, which are tried first by attackers; choose another");
        }
        String stem = p.replaceFirst("[\\d\\p{Punct}\\s]+$", "");
        if (stem.length() >= SHORTEST_STEM && common.contains(stem)) {
            return Optional.of("is a common password followed by digits or symbols, which attackers try early; "
                    + "choose another");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        InputStream in = PasswordRules.class.getClassLoader().getResourceAsStream(LIST);
        if (in == null) {
            throw new IllegalStateException(LIST + " is missing from the classpath");
        }
        Set<String> words = new HashSet<>(65_536);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
