package annonces.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MailSettingsTest {

    @Test
    void theWaitDoublesAfterEachFailureUpToItsCeiling() {
        MailSettings settings = new MailSettings("https://annonces.example.test/", Duration.ofSeconds(1), 50,
                Duration.ofSeconds(30), Duration.ofHours(1), 12);
        assertEquals(Duration.ofSeconds(30), settings.backoff(1));
        assertEquals(Duration.ofSeconds(60), settings.backoff(2));
        assertEquals(Duration.ofSeconds(120), settings.backoff(3));
        assertEquals(Duration.ofMinutes(32), settings.backoff(7));
        assertEquals(Duration.ofHours(1), settings.backoff(8));
        assertEquals(Duration.ofHours(1), settings.backoff(40));
        assertEquals("https://annonces.example.test", settings.publicUrl(), "no trailing slash to double in links");
    }
}
