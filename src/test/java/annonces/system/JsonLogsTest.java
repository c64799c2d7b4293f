package annonces.system;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.yaml.snakeyaml.Yaml;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The prod environment's log lines, as its collector will read them from stdout. */
class JsonLogsTest {

    @Test
    void theProdEnvironmentLogsWithTheJsonConfiguration() throws Exception {
        try (InputStream yml = getClass().getResourceAsStream("/application-prod.yml")) {
            Map<String, Map<String, Object>> prod = new Yaml().load(yml);
            String config = (String) prod.get("logger").get("config");

            assertEquals("logback-prod.xml", config);
            assertNotNull(getClass().getResource("/" + config));
        }
    }

    @Test
    void aProdLogLineIsOneJsonObjectWithTheMessageAndTheRequestId() throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream console = System.out;
        LoggerContext logging = new LoggerContext();
        logging.setMDCAdapter(MDC.getMDCAdapter());
        try {
            System.setOut(new PrintStream(stdout, true, UTF_8));
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(logging);
            configurator.doConfigure(getClass().getResource("/logback-prod.xml"));
            MDC.put("requestId", "news-site.7f3a_01");
            logging.getLogger("annonces.listings").info("Annonce \"{}\" publiée", "Table en chêne\nmassif");
        } finally {
            MDC.remove("requestId");
            logging.stop();
            System.setOut(console);
        }

        String written = stdout.toString(UTF_8);
        assertEquals(1, written.lines().count(), written);
        JsonNode line = new ObjectMapper().readTree(written);
        assertEquals("INFO", line.path("level").asText());
        assertEquals("annonces.listings", line.path("loggerName").asText());
        assertEquals("Annonce \"Table en chêne\nmassif\" publiée", line.path("formattedMessage").asText());
        assertEquals("news-site.7f3a_01", line.path("mdc").path("requestId").asText());
        assertEquals(System.currentTimeMillis(), line.path("timestamp").asLong(), 60_000);
    }
}
