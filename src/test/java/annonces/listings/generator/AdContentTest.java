package annonces.listings.generator;

import annonces.geo.Communes;
import annonces.listings.Category;
import annonces.listings.Subcategory;
import io.micronaut.validation.validator.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many more draws than the database test loads, checked against the rules that need no database: the
 * attribute records' own {@code check} and constraints, the text limits and the price rule.
 */
class AdContentTest {

    private static final int DRAWS_PER_SUBCATEGORY = 3_000;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]");

    private static Places places;

    @BeforeAll
    static void loadPlaces() {
        places = new Places(new Communes());
    }

    @ParameterizedTest
    @EnumSource(Subcategory.class)
    void everyDrawMeetsTheAttributeRulesTheTextLimitsAndThePriceRule(Subcategory subcategory) {
        AdContents contents = new AdContents(2026);
        Validator validator = Validator.getInstance();
        Dice dice = new Dice(subcategory.ordinal());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < DRAWS_PER_SUBCATEGORY; i++) {
            AdContent ad = contents.next(subcategory, places.anywhere(dice), dice.chance(0.3), dice);
            List<String> broken = new ArrayList<>();
            ad.attributes().check(subcategory, ad.priceCents()).forEach(e -> broken.add(e.field() + " " + e.message()));
            validator.validate(ad.attributes()).forEach(v -> broken.add(v.getPropertyPath() + " " + v.getMessage()));
            int length = ad.title().codePointCount(0, ad.title().length());
            if (length < 3 || length > 100 || !ad.title().equals(ad.title().strip()) || ad.title().contains("  ")
                    || CONTROL.matcher(ad.title()).find() || ad.title().contains("\n")) {
                broken.add("title");
            }
            if (ad.description().length() > 4_000 || CONTROL.matcher(ad.description()).find()) {
                broken.add("description");
            }
            if (ad.priceCents() < 0 || ad.priceCents() == 0 && subcategory.category() != Category.GOODS) {
                broken.add("price");
            }
            if (!broken.isEmpty()) {
                problems.add(ad + ": " + broken);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void titlesAreVariedFrenchWithTheInflectionsThatSearchMustMatch() {
        AdContents contents = new AdContents(2026);
        Dice dice = new Dice(3);
        Set<String> titles = new HashSet<>();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            Subcategory subcategory = Subcategory.values()[i % Subcategory.values().length];
            AdContent ad = contents.next(subcategory, places.anywhere(dice), dice.chance(0.3), dice);
            titles.add(ad.title());
            all.append(ad.title()).append('\n').append(ad.description()).append('\n');
        }
        assertTrue(titles.size() > 8_000, titles.size() + " distinct titles in 20,000");
        String text = all.toString();
        for (String word : List.of("Maison", "meublé ", "meublée", "Tronçonneuse", "Peugeot 208", "Clio V", "pièces",
                "chambres", "neuve", "neufs", "m²", "Crit'Air", "DPE : classe", "charges comprises")) {
            assertTrue(text.contains(word), "some ad says \"" + word + "\"");
        }
    }
}
