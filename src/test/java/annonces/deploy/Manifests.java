package annonces.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The manifests of {@code k8s/} as the tests see them: YAML documents read strictly (a duplicate key is an
 * error, as it is for kubectl), Kubernetes kinds turned into fabric8's typed objects, and overlays rendered
 * by {@code kubectl kustomize} when kubectl is on the PATH, by {@link Kustomization} otherwise.
 */
final class Manifests {

    static final Path ROOT = Path.of("k8s");
    static final Path SECRET_EXAMPLE = ROOT.resolve("secret-example.yaml");
    static final List<String> OVERLAYS = List.of("dev", "prod");

    /** The Kubernetes kinds that the manifests may use, and the fabric8 class each must bind to. */
    static final Map<String, Class<?>> KINDS = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);

    /**
     * Binds like the API server: a number where a string belongs (an unquoted {@code "8080"} in a ConfigMap),
     * or a string where a number or a boolean belongs, is an error instead of a silent conversion.
     */
    static final ObjectMapper STRICT = strictMapper();

    private Manifests() {
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType type : new LogicalType[]{LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        return mapper;
    }

    /** Every YAML file under k8s/, sorted. */
    static List<Path> yamlFiles() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents of one file, empty ones left out; each is a map (an object) or a list (a JSON patch). */
    static List<Object> documents(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        List<Object> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : yaml.loadAll(reader)) {
                if (document != null) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    /** The objects of one file: every document must be a map. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Path file) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : documents(file)) {
            if (!(document instanceof Map)) {
                throw new IllegalArgumentException(file + ": a document is not an object: " + document);
            }
            objects.add((Map<String, Object>) document);
        }
        return objects;
    }

    static String kindKey(Map<String, Object> object) {
        return object.get("apiVersion") + "/" + object.get("kind");
    }

    static String name(Map<String, Object> object) {
        return String.valueOf(map(object, "metadata").get("name"));
    }

    static String describe(Map<String, Object> object) {
        return object.get("kind") + "/" + name(object);
    }

    /** The object bound to its fabric8 class: fails on a wrong type; unknown fields land in additionalProperties. */
    static <T> T typed(Map<String, Object> object, Class<T> type) {
        return STRICT.convertValue(object, type);
    }

    /** The one object of that kind and name in a rendering. */
    static <T> T one(List<Map<String, Object>> objects, Class<T> type, String name) {
        return typed(raw(objects, kindOf(type), name), type);
    }

    static <T> List<T> all(List<Map<String, Object>> objects, Class<T> type) {
        String kind = kindOf(type);
        return objects.stream().filter(o -> kindKey(o).equals(kind)).map(o -> typed(o, type)).toList();
    }

    static Map<String, Object> raw(List<Map<String, Object>> objects, String kindKey, String name) {
        return objects.stream().filter(o -> kindKey(o).equals(kindKey) && name(o).equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no " + kindKey + " named " + name));
    }

    static List<Map<String, Object>> raw(List<Map<String, Object>> objects, String kindKey) {
        return objects.stream().filter(o -> kindKey(o).equals(kindKey)).toList();
    }

    private static String kindOf(Class<?> type) {
        return KINDS.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(type + " is not a manifest kind"));
    }

    /**
     * Fields that fabric8 did not recognise (a misspelt {@code readinesProbe} would be one), with their paths.
     * fabric8 keeps them in each object's additionalProperties instead of failing: this walks the typed tree.
     */
    static List<String> unknownFields(Object typed) {
        List<String> found = new ArrayList<>();
        walk(typed, "", found);
        return found;
    }

    private static void walk(Object value, String path, List<String> found) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, found));
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", found);
            }
            return;
        }
        if (value == null || !value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class || getter.getName().equals("getNumericalAmount")) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(getter + " on " + path, e);
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    found.add((path.isEmpty() ? "." : path) + " " + extra.keySet());
                }
            } else {
                String field = getter.getName().substring(3);
                walk(child, path + "." + Character.toLowerCase(field.charAt(0)) + field.substring(1), found);
            }
        }
    }

    private static final Map<String, Rendering> RENDERINGS = new ConcurrentHashMap<>();

    /**
     * The objects of an overlay, rendered by kubectl when it is installed, by the in-test renderer otherwise;
     * once per test run (the tests only read them).
     */
    static Rendering render(String overlay) {
        return RENDERINGS.computeIfAbsent(overlay, Manifests::renderNow);
    }

    private static Rendering renderNow(String overlay) {
        Path dir = ROOT.resolve("overlays").resolve(overlay);
        return kubectl().map(k -> new Rendering(overlay, "kubectl kustomize", kubectlKustomize(k, dir)))
                .orElseGet(() -> new Rendering(overlay, "the in-test renderer (no kubectl on the PATH)",
                        Kustomization.render(dir)));
    }

    record Rendering(String overlay, String renderer, List<Map<String, Object>> objects) {
        @Override
        public String toString() {
            return overlay + " (" + renderer + ")";
        }
    }

    /** kubectl from the PATH, unless {@code -Dannonces.kustomize=in-test} asks for the in-test renderer. */
    static Optional<Path> kubectl() {
        if ("in-test".equals(System.getProperty("annonces.kustomize"))) {
            return Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(java.io.File.pathSeparator)).map(d -> Path.of(d, "kubectl"))
                .filter(Files::isExecutable).findFirst();
    }

    static List<Map<String, Object>> kubectlKustomize(Path kubectl, Path dir) {
        try {
            Path output = Files.createTempFile("kustomize", ".yaml");
            Path errors = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
                        .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("kubectl kustomize " + dir + " did not finish in 60 s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("kubectl kustomize " + dir + " failed: " + Files.readString(errors));
                }
                return objects(output);
            } finally {
                Files.deleteIfExists(output);
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }
}
