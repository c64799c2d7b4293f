package annonces.embed;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitlesTest {

    @Test
    void aDescriptionsLinesBecomeOneLine() {
        assertEquals("Lumineux, 2e étage. Cave et parking.", Titles.cut("Lumineux, 2e étage.\n\n  Cave et parking.\n", 200));
    }

    @Test
    void aShortTitleIsKeptWhole() {
        assertEquals("Maxi cosy", Titles.cut("Maxi cosy", 70));
    }

    @Test
    void aLongTitleIsCutAfterAWholeWordWithAnEllipsis() {
        String seedTitle = "Location Maison Neuve Meublée ROYAN m2 avec garage 20 m2 et une très grande cave environ 40 m2 (com";
        String cut = Titles.cut(seedTitle, 70);
        assertTrue(cut.length() <= 70, cut);
        assertTrue(cut.endsWith("…"), cut);
        String kept = cut.substring(0, cut.length() - 1);
        assertTrue(seedTitle.startsWith(kept), cut);
        assertEquals(' ', seedTitle.charAt(kept.length()), "cut between words: " + cut);
    }

    @Test
    void oneEndlessWordIsCutWhereItMust() {
        String cut = Titles.cut("a".repeat(200), 70);
        assertEquals(70, cut.length());
        assertTrue(cut.endsWith("…"));
    }

    @Test
    void punctuationBeforeTheCutIsDropped() {
        assertEquals("Vends table…", Titles.cut("Vends table, chaises et buffet", 14));
    }
}
