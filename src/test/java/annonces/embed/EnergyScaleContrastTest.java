package annonces.embed;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every letter of the DPE's energy and climate scales on the ad page is readable: WCAG AA's 4.5:1 between its
 * colour and its background, read from the style sheet the page inlines (the official scale colours, with dark
 * or white text as each needs).
 */
class EnergyScaleContrastTest {

    private static final Pattern RULE = Pattern.compile("\\.(energy|climate) \\.([A-G])\\{([^}]*)}");
    private static final Pattern BACKGROUND = Pattern.compile("background:(#[0-9a-fA-F]{6})");
    private static final Pattern COLOUR = Pattern.compile("(?<![-a-z])color:(#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?)\\b");
    private static final Pattern STEP = Pattern.compile("\\.scale li\\{([^}]*)}");

    record Letter(String scale, String letter, String background, String colour) {
        @Override
        public String toString() {
            return scale + " " + letter + " (" + colour + " on " + background + ")";
        }
    }

    static List<Letter> letters() {
        String css = css();
        Matcher step = STEP.matcher(css);
        assertTrue(step.find(), "a .scale li rule");
        Matcher defaultColour = COLOUR.matcher(step.group(1));
        assertTrue(defaultColour.find(), "the steps' text colour");
        List<Letter> letters = new ArrayList<>();
        Matcher rule = RULE.matcher(css);
        while (rule.find()) {
            Matcher background = BACKGROUND.matcher(rule.group(3));
            assertTrue(background.find(), rule.group());
            Matcher colour = COLOUR.matcher(rule.group(3));
            letters.add(new Letter(rule.group(1), rule.group(2), background.group(1),
                    colour.find() ? colour.group(1) : defaultColour.group(1)));
        }
        assertTrue(letters.size() == 14, "seven letters on each of the two scales: " + letters);
        return letters;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void eachLetterStandsOutFromItsBackgroundByAtLeastFourAndAHalfToOne(Letter letter) {
        double ratio = contrast(letter.colour(), letter.background());
        assertTrue(ratio >= 4.5, letter + ": " + String.format("%.2f", ratio) + ":1");
    }

    /** WCAG 2.x contrast ratio of two sRGB colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        String digits = hex.substring(1);
        if (digits.length() == 3) {
            digits = digits.replaceAll("(.)", "$1$1");
        }
        int rgb = Integer.parseInt(digits, 16);
        return 0.2126 * channel(rgb >> 16 & 0xFF) + 0.7152 * channel(rgb >> 8 & 0xFF) + 0.0722 * channel(rgb & 0xFF);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static String css() {
        try (InputStream in = EnergyScaleContrastTest.class.getResourceAsStream("/embed/page.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
