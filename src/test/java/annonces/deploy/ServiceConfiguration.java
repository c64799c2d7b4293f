package annonces.deploy;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the service itself says about how it runs, read from its sources rather than restated: the HTTP
 * port, the health endpoints, and the environment variables it reads. The manifests are checked against it.
 */
final class ServiceConfiguration {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path README = Path.of("README.md");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Pattern CONFIGURATION_PROPERTIES =
            Pattern.compile("@ConfigurationProperties\\(\"([^\"]+)\"\\)\\s*(?:public\\s+)?record\\s+\\w+\\s*\\(");
    /** Micronaut binds {@code DATASOURCES_<NAME>_URL} etc. to a datasource of that name (@EachProperty). */
    private static final Pattern DATASOURCE = Pattern.compile("DATASOURCES_[A-Z0-9]+_(URL|USERNAME|PASSWORD)");
    /** Read by Micronaut itself and by the JVM, not by a property of ours. */
    private static final Set<String> PLATFORM = Set.of("MICRONAUT_ENVIRONMENTS", "JAVA_TOOL_OPTIONS");

    private ServiceConfiguration() {
    }

    /** application.yml: the configuration of every environment (dev and test files only add to it). */
    static Map<String, Object> application() {
        return yaml(RESOURCES.resolve("application.yml"));
    }

    static int serverPort() {
        return Integer.parseInt(String.valueOf(property(application(), "micronaut.server.port")
                .orElseThrow(() -> new IllegalStateException("application.yml sets no micronaut.server.port"))));
    }

    /** The health endpoint's path: endpoints are served under endpoints.all.path (default "/"), at their id. */
    static String healthPath() {
        Map<String, Object> app = application();
        String base = property(app, "endpoints.all.path").map(String::valueOf).orElse("/");
        String id = property(app, "endpoints.health.path").map(String::valueOf).orElse("health");
        return (base.endsWith("/") ? base : base + "/") + (id.startsWith("/") ? id.substring(1) : id);
    }

    /** Where the probes must go: endpoints.all.port when management has a port of its own, else the server's. */
    static int managementPort() {
        return property(application(), "endpoints.all.port").map(p -> Integer.parseInt(String.valueOf(p)))
                .orElse(serverPort());
    }

    static Optional<Object> property(Map<String, Object> yaml, String dotted) {
        Object node = yaml;
        for (String key : dotted.split("\\.")) {
            if (!(node instanceof Map<?, ?> m) || !m.containsKey(key)) {
                return Optional.empty();
            }
            node = m.get(key);
        }
        return Optional.ofNullable(node);
    }

    /** Micronaut's graceful shutdown grace period, or zero when it is not enabled. */
    static Duration gracefulShutdown() {
        Map<String, Object> app = application();
        boolean enabled = property(app, "micronaut.lifecycle.graceful-shutdown.enabled")
                .map(v -> Boolean.parseBoolean(String.valueOf(v))).orElse(false);
        if (!enabled) {
            return Duration.ZERO;
        }
        String period = property(app, "micronaut.lifecycle.graceful-shutdown.grace-period").map(String::valueOf)
                .orElse("30s");
        return Duration.parse("PT" + period.toUpperCase());
    }

    /**
     * Whether the service reads that environment variable, and why: a placeholder in an application*.yml, a
     * row of the README's Configuration table, a property that Micronaut binds from it (a key of
     * application*.yml, a component of a {@code @ConfigurationProperties} record, a datasource), or a
     * variable of Micronaut or the JVM themselves.
     */
    static Optional<String> reads(String variable) {
        if (placeholders().contains(variable)) {
            return Optional.of("a ${" + variable + "} placeholder in application*.yml");
        }
        if (documented().contains(variable)) {
            return Optional.of("the README's Configuration table");
        }
        if (DATASOURCE.matcher(variable).matches()) {
            return Optional.of("Micronaut's datasources." + variable.split("_")[1].toLowerCase() + ".*");
        }
        if (PLATFORM.contains(variable)) {
            return Optional.of("Micronaut or the JVM");
        }
        for (String property : properties()) {
            if (property.toUpperCase().replace('.', '_').replace('-', '_').equals(variable)) {
                return Optional.of("the property " + property);
            }
        }
        return Optional.empty();
    }

    static Set<String> placeholders() {
        Set<String> names = new TreeSet<>();
        for (Path file : applicationFiles()) {
            Matcher m = PLACEHOLDER.matcher(read(file));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** The variables named in the first column of the README's Configuration table. */
    static Set<String> documented() {
        Set<String> names = new TreeSet<>();
        boolean inSection = false;
        for (String line : read(README).lines().toList()) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## Configuration");
            } else if (inSection && line.startsWith("| `")) {
                Matcher m = Pattern.compile("`([A-Z][A-Z0-9_]*)`").matcher(line.split("\\|")[1]);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** Every property the service configures or binds: keys of application*.yml and configuration records. */
    static Set<String> properties() {
        Set<String> properties = new TreeSet<>();
        for (Path file : applicationFiles()) {
            flatten(yaml(file), "", properties);
        }
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                String source = read(p);
                Matcher m = CONFIGURATION_PROPERTIES.matcher(source);
                while (m.find()) {
                    for (String component : components(source, m.end())) {
                        properties.add(m.group(1) + "." + kebab(component));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The component names of a record header that starts at {@code from} (just after its parenthesis). */
    private static List<String> components(String source, int from) {
        int depth = 1;
        int i = from;
        StringBuilder header = new StringBuilder();
        while (depth > 0) {
            char c = source.charAt(i++);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            header.append(depth == 1 && c == ',' ? '\n' : depth >= 1 ? c : ' ');
        }
        return header.toString().lines().map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.replaceAll("\\s+", " ")).map(s -> s.substring(s.lastIndexOf(' ') + 1)).toList();
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static void flatten(Object node, String prefix, Set<String> into) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> flatten(v, prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, into));
        } else {
            into.add(prefix);
        }
    }

    private static List<Path> applicationFiles() {
        try (Stream<Path> files = Files.list(RESOURCES)) {
            return files.filter(p -> p.getFileName().toString().matches("application(-[\\w-]+)?\\.ya?ml")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) {
        // Several documents may repeat a root key (micronaut:); Micronaut merges them, and so does this.
        Map<String, Object> merged = new LinkedHashMap<>();
        LoaderOptions options = new LoaderOptions();
        for (Object document : new Yaml(new SafeConstructor(options)).loadAll(read(file))) {
            if (document instanceof Map<?, ?> m) {
                deepMerge(merged, (Map<String, Object>) m);
            }
        }
        return merged;
    }

    @SuppressWarnings("unchecked")
    private static void deepMerge(Map<String, Object> into, Map<String, Object> from) {
        from.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m && into.get(k) instanceof Map<?, ?> existing) {
                deepMerge((Map<String, Object>) existing, (Map<String, Object>) m);
            } else {
                into.put(k, v);
            }
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
