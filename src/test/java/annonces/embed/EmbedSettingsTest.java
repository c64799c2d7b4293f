package annonces.embed;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbedSettingsTest {

    private static EmbedSettings withOrigins(String... origins) {
        return new EmbedSettings(List.of(origins), "/annonces/{id}", null, java.time.Duration.ofSeconds(30),
                java.time.Duration.ofSeconds(60), java.time.Duration.ofMinutes(5), 100, false, null);
    }

    @Test
    void originsAreComparedAsBrowsersSendThem() {
        EmbedSettings s = withOrigins(" https://www.Example-News.fr/ ", "http://localhost:3000", "");
        assertEquals(List.of("https://www.example-news.fr", "http://localhost:3000"), s.origins());
        assertTrue(s.allows("https://www.example-news.fr"));
        assertTrue(s.allows("http://localhost:3000"));
        assertFalse(s.allows("https://www.example-news.fr.evil.example"));
        assertFalse(s.allows("http://www.example-news.fr"));
        assertFalse(s.allows(null));
    }

    @Test
    void anythingButAnOriginStopsTheServiceAtStart() {
        for (String bad : List.of("www.example-news.fr", "https://www.example-news.fr/articles", "ftp://example.fr",
                "https://user@example.fr", "https://example.fr?x=1")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> withOrigins(bad), bad);
            assertTrue(e.getMessage().contains("ANNONCES_EMBED_ORIGINS"), e.getMessage());
        }
    }

    @Test
    void theDetailAddressMustPlaceTheId() {
        assertThrows(IllegalArgumentException.class, () -> new EmbedSettings(List.of(), "/annonces/", null,
                java.time.Duration.ofSeconds(30), java.time.Duration.ofSeconds(60), java.time.Duration.ofMinutes(5), 100,
                false, null));
        EmbedSettings site = new EmbedSettings(List.of(), "https://www.example-news.fr/petites-annonces/{id}", null,
                java.time.Duration.ofSeconds(30), java.time.Duration.ofSeconds(60), java.time.Duration.ofMinutes(5), 100,
                false, null);
        assertEquals("https://www.example-news.fr/petites-annonces/00000000-0000-4000-8000-000000000001",
                site.detailUrlOf(java.util.UUID.fromString("00000000-0000-4000-8000-000000000001")));
    }
}
