package annonces.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The container image that Jib builds, read from the tarball {@code jib:buildTar} writes. No registry is
 * reachable here, so the tarball is built on {@code scratch}: its configuration (entrypoint, user, port,
 * layers, creation time) is the real image's; only the JRE of the base image is missing. The Jib settings
 * that the tarball cannot show (the base image) are read from pom.xml.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContainerImageTest {

    static final String BUILD = "mvn -B -ntp -DskipTests package jib:buildTar -Djib.from.image=scratch";
    private static final Path TARBALL = Path.of("target/jib-image.tar");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Map<String, byte[]> image;
    private JsonNode config;
    private List<String> layers;

    @BeforeAll
    void readTheTarball() throws IOException {
        if (!Files.exists(TARBALL)) {
            return;
        }
        try (InputStream in = Files.newInputStream(TARBALL)) {
            image = Tar.read(in, true);
        }
        JsonNode manifest = JSON.readTree(image.get("manifest.json")).get(0);
        config = JSON.readTree(image.get(manifest.get("Config").asText()));
        layers = new ArrayList<>();
        manifest.get("Layers").forEach(l -> layers.add(l.asText()));
    }

    private void requireTarball() {
        assumeTrue(image != null, TARBALL + " is absent: build it first with `" + BUILD + "`");
    }

    @Test
    void theEntrypointRunsTheApplicationWithContainerAwareMemoryFlags() {
        requireTarball();
        List<String> entrypoint = new ArrayList<>();
        config.path("config").path("Entrypoint").forEach(e -> entrypoint.add(e.asText()));
        assertEquals("java", entrypoint.get(0), "the JRE's java on the PATH: " + entrypoint);
        assertEquals("annonces.Application", entrypoint.get(entrypoint.size() - 1), entrypoint.toString());
        assertTrue(entrypoint.contains("-XX:MaxRAMPercentage=75"), "heap sized from the container's limit: " + entrypoint);
        assertTrue(entrypoint.contains("-XX:+ExitOnOutOfMemoryError"), "exit, and be restarted, on OOM: " + entrypoint);
        assertTrue(entrypoint.stream().noneMatch(f -> f.startsWith("-Xmx")), "no fixed heap: " + entrypoint);
    }

    @Test
    void theImageRunsAsANumericNonRootUser() {
        requireTarball();
        String user = config.path("config").path("User").asText();
        assertTrue(user.matches("\\d+:\\d+"), "numeric uid:gid, which Kubernetes' runAsNonRoot can verify: " + user);
        assertFalse(user.startsWith("0:"), "not root: " + user);
    }

    @Test
    void theImageExposesTheServicesPort() {
        requireTarball();
        Set<String> ports = new TreeSet<>();
        config.path("config").path("ExposedPorts").fieldNames().forEachRemaining(ports::add);
        assertEquals(Set.of(ServiceConfiguration.serverPort() + "/tcp"), ports);
    }

    @Test
    void dependenciesResourcesAndClassesAreSeparateLayers() throws IOException {
        requireTarball();
        assertTrue(layers.size() >= 3, "dependencies, resources and classes at least: " + layers);
        assertEquals(layers.size(), config.path("rootfs").path("diff_ids").size(), "every layer is in the config");
        Map<String, Set<String>> contents = new LinkedHashMap<>();
        for (String layer : layers) {
            byte[] bytes = image.get(layer);
            assertNotNull(bytes, layer + " is in the tarball");
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                contents.put(layer, Tar.read(in, false).keySet());
            }
        }
        String classes = layerWith(contents, "app/classes/annonces/Application.class");
        String migrations = layerWith(contents, "app/resources/db/migration/V1__accounts.sql");
        String driver = contents.entrySet().stream().filter(e -> e.getValue().stream()
                .anyMatch(f -> f.matches("app/libs/postgresql-.*\\.jar"))).map(Map.Entry::getKey).findFirst().orElseThrow();
        assertEquals(3, Set.of(classes, migrations, driver).size(),
                "a change to our code rebuilds only the classes layer, not the dependencies");
    }

    private static String layerWith(Map<String, Set<String>> contents, String file) {
        return contents.entrySet().stream().filter(e -> e.getValue().contains(file)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError(file + " is in no layer"));
    }

    @Test
    void theImageIsReproducible() {
        requireTarball();
        assertEquals("1970-01-01T00:00:00Z", config.path("created").asText(),
                "a fixed creation time: the same sources give the same image digest");
    }

    @Test
    void jibBuildsOnTheTemurin17JreWithoutNamingARegistry() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        Element jib = plugin(pom, "jib-maven-plugin");
        assertNotNull(jib, "jib-maven-plugin in pom.xml");
        String from = text(jib, "from", "image");
        assertEquals("eclipse-temurin:17-jre", from, "the base image");
        String to = text(jib, "to", "image");
        assertFalse(to.contains("/"), "the image name names no registry; a push gives one: " + to);
        assertEquals("annonces.Application", text(jib, "container", "mainClass"));
        assertEquals("EPOCH", text(jib, "container", "creationTime"));
    }

    private static Element plugin(Document pom, String artifactId) {
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (artifactId.equals(child(plugin, "artifactId").getTextContent().trim())) {
                return plugin;
            }
        }
        return null;
    }

    private static String text(Element plugin, String... path) {
        Element node = child(plugin, "configuration");
        for (String name : path) {
            node = child(node, name);
            assertNotNull(node, "jib <configuration> has " + String.join("/", path));
        }
        return node.getTextContent().trim();
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** The regular files of a tar stream (ustar and PAX long names), by path, with their bytes if asked. */
    static final class Tar {

        private Tar() {
        }

        static Map<String, byte[]> read(InputStream in, boolean withContent) throws IOException {
            Map<String, byte[]> files = new LinkedHashMap<>();
            String paxPath = null;
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                long size = Long.parseLong(field(header, 124, 12).trim().isEmpty() ? "0" : field(header, 124, 12).trim(), 8);
                char type = (char) header[156];
                byte[] body = withContent || type == 'x' ? in.readNBytes((int) size) : skip(in, size);
                in.skipNBytes((512 - size % 512) % 512);
                if (type == 'x') {
                    paxPath = paxPath(body);
                    continue;
                }
                String path = paxPath != null ? paxPath : prefix.isEmpty() ? name : prefix + "/" + name;
                paxPath = null;
                if (type == '0' || type == 0) {
                    files.put(path.startsWith("./") ? path.substring(2) : path, body);
                }
            }
            return files;
        }

        private static byte[] skip(InputStream in, long size) throws IOException {
            in.skipNBytes(size);
            return new byte[0];
        }

        private static String field(byte[] header, int offset, int length) {
            int end = offset;
            while (end < offset + length && header[end] != 0) {
                end++;
            }
            return new String(header, offset, end - offset, StandardCharsets.UTF_8);
        }

        /** A PAX header's "path" record, if any: records are "<length> <key>=<value>\n". */
        private static String paxPath(byte[] body) {
            String records = new String(body, StandardCharsets.UTF_8);
            for (String record : records.split("\n")) {
                int space = record.indexOf(' ');
                if (space > 0 && record.startsWith("path=", space + 1)) {
                    return record.substring(space + 1 + "path=".length());
                }
            }
            return null;
        }
    }
}
