package annonces.moderation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whole words of a French list (src/main/resources/moderation/NOTICE.md says where it comes from),
 * matched ignoring case and accents. Entries may hold symbols ({@code c0n}, {@code @ndouille}), so a word
 * boundary is "no letter, digit or hyphen on either side" rather than {@code \b}; the hyphen keeps
 * compounds whole, so a house "en cul-de-sac" is not flagged.
 */
final class ForbiddenWords {

    static final String LIST = "/moderation/forbidden-words.txt";

    private final Pattern words;

    ForbiddenWords(Collection<String> list) {
        // Longest first, so that "casse-couilles" is named rather than "couilles" within it.
        String alternatives = list.stream().map(Folded::of).map(String::strip).filter(w -> !w.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.words = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + alternatives + ")(?![\\p{L}\\p{N}-])");
    }

    static ForbiddenWords shipped() {
        try (InputStream in = ForbiddenWords.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is not on the classpath");
            }
            return new ForbiddenWords(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words found, folded, each once, in order of appearance. */
    List<String> in(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = words.matcher(Folded.of(text));
        while (m.find()) {
            found.add(m.group());
        }
        return List.copyOf(found);
    }
}
