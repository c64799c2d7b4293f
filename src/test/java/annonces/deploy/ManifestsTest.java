package annonces.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static annonces.deploy.Manifests.describe;
import static annonces.deploy.Manifests.kindKey;
import static annonces.deploy.Manifests.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every file under k8s/ on its own: it parses, each object is a valid object of its kind (fabric8's typed
 * model for Kubernetes' kinds, the CloudNativePG fields by hand since fabric8 has no model for them), patch
 * files included, and every file is used by an overlay except the Secret example, which must not be.
 */
class ManifestsTest {

    /** CloudNativePG's Cluster spec fields (postgresql.cnpg.io/v1), those we use and their usual neighbours. */
    private static final Set<String> CLUSTER_SPEC = Set.of("instances", "imageName", "imageCatalogRef",
            "imagePullPolicy", "description", "primaryUpdateStrategy", "primaryUpdateMethod", "bootstrap",
            "postgresql", "storage", "walStorage", "resources", "affinity", "monitoring", "backup", "plugins",
            "enableSuperuserAccess", "superuserSecret", "managed", "minSyncReplicas", "maxSyncReplicas",
            "startDelay", "stopDelay", "switchoverDelay", "failoverDelay", "env", "envFrom",
            "priorityClassName", "topologySpreadConstraints", "inheritedMetadata", "certificates", "logLevel");
    private static final Set<String> POOLER_SPEC = Set.of("cluster", "instances", "type", "pgbouncer", "template",
            "serviceTemplate", "monitoring", "deploymentStrategy");
    private static final Set<String> JSON_PATCH_OPS = Set.of("add", "remove", "replace", "move", "copy", "test");

    static List<Path> yamlFiles() {
        return Manifests.yamlFiles();
    }

    @Test
    void theManifestsAreThere() {
        assertTrue(Files.isDirectory(Manifests.ROOT), "run from the project's root: " + Path.of("").toAbsolutePath());
        assertTrue(yamlFiles().size() >= 10, "base, overlays and the secret example: " + yamlFiles());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yamlFiles")
    void everyDocumentIsAValidObjectOfItsKindOrAJsonPatch(Path file) {
        List<Object> documents = Manifests.documents(file);
        assertFalse(documents.isEmpty(), file + " is empty");
        for (Object document : documents) {
            if (document instanceof List<?> operations) {
                checkJsonPatch(file, operations);
                continue;
            }
            assertInstanceOf(Map.class, document, file.toString());
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) document;
            assertNotNull(object.get("apiVersion"), file + ": apiVersion");
            assertNotNull(object.get("kind"), file + ": kind");
            switch (kindKey(object)) {
                case "kustomize.config.k8s.io/v1beta1/Kustomization" -> checkKustomization(file, object);
                case "postgresql.cnpg.io/v1/Cluster" -> checkCluster(file, object, isPatch(file));
                case "postgresql.cnpg.io/v1/Pooler" -> checkPooler(file, object, isPatch(file));
                default -> checkTyped(file, object);
            }
        }
    }

    private static void checkTyped(Path file, Map<String, Object> object) {
        Class<?> type = Manifests.KINDS.get(kindKey(object));
        if (type == null) {
            fail(file + ": " + kindKey(object) + " is not a kind these manifests may use: " + Manifests.KINDS.keySet());
        }
        Object typed;
        try {
            typed = Manifests.typed(object, type);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(file + ": " + describe(object) + " is not a valid " + type.getSimpleName()
                    + ": " + e.getMessage(), e);
        }
        assertEquals(List.of(), Manifests.unknownFields(typed), file + ": fields unknown to " + type.getSimpleName());
        assertFalse(Manifests.name(object).isBlank() || Manifests.name(object).equals("null"), file + ": metadata.name");
    }

    private static void checkKustomization(Path file, Map<String, Object> kustomization) {
        Path dir = file.getParent();
        for (Object resource : Kustomization.list(kustomization.get("resources"))) {
            Path path = dir.resolve(String.valueOf(resource)).normalize();
            assertTrue(Files.exists(path), file + ": resource " + resource + " does not exist");
        }
        for (Object patch : Kustomization.list(kustomization.get("patches"))) {
            Object path = Kustomization.map(patch).get("path");
            assertTrue(path != null && Files.exists(dir.resolve(String.valueOf(path))), file + ": patch " + patch);
        }
    }

    private static void checkJsonPatch(Path file, List<?> operations) {
        assertFalse(operations.isEmpty(), file + ": empty JSON patch");
        for (Object operation : operations) {
            Map<String, Object> op = Kustomization.map(operation);
            assertTrue(JSON_PATCH_OPS.contains(String.valueOf(op.get("op"))), file + ": op " + op);
            assertTrue(String.valueOf(op.get("path")).startsWith("/"), file + ": path " + op);
            assertTrue(op.get("op").equals("remove") || op.containsKey("value"), file + ": value " + op);
        }
    }

    /** A patch names its target and changes some fields: the fields it has must still be right. */
    private static boolean isPatch(Path file) {
        return file.startsWith(Manifests.ROOT.resolve("overlays"));
    }

    static void checkCluster(Path file, Map<String, Object> cluster, boolean patch) {
        Map<String, Object> spec = map(cluster, "spec");
        assertTrue(CLUSTER_SPEC.containsAll(spec.keySet()), file + ": unknown Cluster spec fields "
                + difference(spec.keySet(), CLUSTER_SPEC));
        if (!patch || spec.containsKey("instances")) {
            assertInstanceOf(Integer.class, spec.get("instances"), file + ": Cluster spec.instances");
            assertTrue((Integer) spec.get("instances") >= 1, file + ": Cluster spec.instances");
        }
        if (!patch || spec.containsKey("storage")) {
            assertTrue(map(spec, "storage").get("size") instanceof String, file + ": Cluster spec.storage.size");
        }
        if (!patch) {
            Map<String, Object> initdb = map(map(spec, "bootstrap"), "initdb");
            assertTrue(initdb.get("database") instanceof String && initdb.get("owner") instanceof String,
                    file + ": bootstrap.initdb names the database and its owner");
            assertFalse(spec.containsKey("imageName") && String.valueOf(spec.get("imageName")).endsWith(":latest"),
                    file + ": a fixed PostgreSQL image");
        }
        for (String quantity : new String[]{"requests", "limits"}) {
            map(map(spec, "resources"), quantity).values()
                    .forEach(v -> assertInstanceOf(String.class, v, file + ": resources are quoted quantities"));
        }
        map(map(spec, "postgresql"), "parameters").values()
                .forEach(v -> assertInstanceOf(String.class, v, file + ": PostgreSQL parameters are strings"));
    }

    static void checkPooler(Path file, Map<String, Object> pooler, boolean patch) {
        Map<String, Object> spec = map(pooler, "spec");
        assertTrue(POOLER_SPEC.containsAll(spec.keySet()), file + ": unknown Pooler spec fields "
                + difference(spec.keySet(), POOLER_SPEC));
        if (spec.containsKey("instances")) {
            assertInstanceOf(Integer.class, spec.get("instances"), file + ": Pooler spec.instances");
        }
        if (patch) {
            return;
        }
        Object cluster = map(spec, "cluster").get("name");
        assertInstanceOf(String.class, cluster, file + ": Pooler spec.cluster.name");
        assertFalse(cluster.equals(Manifests.name(pooler)), file + ": a Pooler may not share its Cluster's name");
        assertTrue(Set.of("rw", "ro", "r").contains(String.valueOf(spec.getOrDefault("type", "rw"))), file + ": type");
        Map<String, Object> pgbouncer = map(spec, "pgbouncer");
        assertTrue(Set.of("session", "transaction").contains(String.valueOf(pgbouncer.get("poolMode"))),
                file + ": pgbouncer.poolMode");
        map(pgbouncer, "parameters").values()
                .forEach(v -> assertInstanceOf(String.class, v, file + ": PgBouncer parameters are strings"));
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new HashSet<>(a);
        d.removeAll(b);
        return d;
    }

    @Test
    void everyFileIsUsedByAnOverlayExceptTheSecretExample() {
        Set<Path> used = new HashSet<>();
        for (String overlay : Manifests.OVERLAYS) {
            collect(Manifests.ROOT.resolve("overlays").resolve(overlay), used);
        }
        List<Path> unused = new ArrayList<>();
        for (Path file : yamlFiles()) {
            if (!used.contains(file.normalize()) && !file.equals(Manifests.SECRET_EXAMPLE)) {
                unused.add(file);
            }
        }
        assertEquals(List.of(), unused, "files no overlay renders");
        assertFalse(used.contains(Manifests.SECRET_EXAMPLE.normalize()), "the Secret example is never applied");
    }

    private static void collect(Path dir, Set<Path> used) {
        Path kustomization = dir.resolve("kustomization.yaml");
        used.add(kustomization.normalize());
        Map<String, Object> k = Manifests.objects(kustomization).get(0);
        for (Object resource : Kustomization.list(k.get("resources"))) {
            Path path = dir.resolve(String.valueOf(resource)).normalize();
            if (Files.isDirectory(path)) {
                collect(path, used);
            } else {
                used.add(path);
            }
        }
        for (Object patch : Kustomization.list(k.get("patches"))) {
            used.add(dir.resolve(String.valueOf(Kustomization.map(patch).get("path"))).normalize());
        }
    }

    @Test
    void theSecretExampleNamesKeysAndHoldsNoValue() {
        List<Map<String, Object>> objects = Manifests.objects(Manifests.SECRET_EXAMPLE);
        assertEquals(1, objects.size());
        Map<String, Object> secret = objects.get(0);
        assertEquals("v1/Secret", kindKey(secret));
        assertFalse(secret.containsKey("data"), "stringData only, so that an empty value reads as empty");
        Map<String, Object> values = map(secret, "stringData");
        assertEquals(Set.of("JWT_SECRET", "ANNONCES_ADMIN_EMAIL", "ANNONCES_ADMIN_PASSWORD", "ANNONCES_SMTP_USERNAME",
                "ANNONCES_SMTP_PASSWORD", "ANNONCES_PHOTOS_S3_ACCESS_KEY", "ANNONCES_PHOTOS_S3_SECRET_KEY"), values.keySet());
        values.forEach((key, value) -> assertEquals("", value, key + " must stay empty in the example"));
    }

    @Test
    void aMisspeltFieldOrAWrongTypeIsCaught() {
        Map<String, Object> typo = Map.of("apiVersion", "v1", "kind", "Service", "metadata", Map.of("name", "s"),
                "spec", Map.of("selectr", Map.of("app", "x")));
        assertEquals(List.of(".spec [selectr]"),
                Manifests.unknownFields(Manifests.typed(typo, io.fabric8.kubernetes.api.model.Service.class)));
        Map<String, Object> unquoted = Map.of("apiVersion", "v1", "kind", "ConfigMap",
                "metadata", Map.of("name", "c"), "data", Map.of("MICRONAUT_SERVER_PORT", 8080));
        try {
            Manifests.typed(unquoted, io.fabric8.kubernetes.api.model.ConfigMap.class);
            fail("an unquoted number in a ConfigMap's data must be refused, as the API server does");
        } catch (IllegalArgumentException expected) {
            // the API server says: cannot unmarshal number into Go value of type string
        }
    }
}
