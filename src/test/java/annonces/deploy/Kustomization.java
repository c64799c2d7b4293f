package annonces.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization without kubectl, for machines that lack it: only the features that k8s/ uses
 * (resources, namespace, images, strategic merge patches with the merge keys of the fields we patch, and
 * JSON 6902 patches with a target). Anything else is refused rather than guessed. Where kubectl is
 * installed, {@code OverlaysTest} checks that both render the same objects.
 */
final class Kustomization {

    private static final Set<String> FEATURES = Set.of("apiVersion", "kind", "resources", "namespace", "images",
            "patches");

    private Kustomization() {
    }

    static List<Map<String, Object>> render(Path dir) {
        Map<String, Object> kustomization = Manifests.objects(dir.resolve("kustomization.yaml")).get(0);
        for (String key : kustomization.keySet()) {
            if (!FEATURES.contains(key)) {
                throw new UnsupportedOperationException(dir + ": the in-test renderer does not know '" + key
                        + "'; install kubectl, or teach Kustomization.java");
            }
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object resource : list(kustomization.get("resources"))) {
            Path path = dir.resolve(String.valueOf(resource)).normalize();
            objects.addAll(Files.isDirectory(path) ? render(path) : Manifests.objects(path));
        }
        for (Object entry : list(kustomization.get("patches"))) {
            patch(dir, objects, map(entry));
        }
        for (Object image : list(kustomization.get("images"))) {
            objects.forEach(o -> setImage(o, map(image)));
        }
        if (kustomization.get("namespace") instanceof String namespace) {
            objects.forEach(o -> metadata(o).put("namespace", namespace));
        }
        return objects;
    }

    private static void patch(Path dir, List<Map<String, Object>> objects, Map<String, Object> entry) {
        if (!Set.of("path", "target").containsAll(entry.keySet())) {
            throw new UnsupportedOperationException("patch fields " + entry.keySet() + ": only path and target");
        }
        Path file = dir.resolve(String.valueOf(entry.get("path")));
        for (Object document : Manifests.documents(file)) {
            if (document instanceof List<?> operations) {
                Map<String, Object> target = map(entry.get("target"));
                Map<String, Object> object = find(objects, String.valueOf(target.get("kind")),
                        String.valueOf(target.get("name")));
                operations.forEach(op -> JsonPatch.apply(object, map(op)));
            } else {
                Map<String, Object> patch = map(document);
                Map<String, Object> object = find(objects, String.valueOf(patch.get("kind")), Manifests.name(patch));
                merge(object, patch, builtIn(object), "");
            }
        }
    }

    private static Map<String, Object> find(List<Map<String, Object>> objects, String kind, String name) {
        return objects.stream().filter(o -> kind.equals(o.get("kind")) && name.equals(Manifests.name(o)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no " + kind + "/" + name + " to patch"));
    }

    /** Kubernetes' own kinds merge some lists by key; custom resources (CloudNativePG) replace every list. */
    private static boolean builtIn(Map<String, Object> object) {
        String apiVersion = String.valueOf(object.get("apiVersion"));
        return !apiVersion.contains(".") || apiVersion.startsWith("networking.k8s.io/");
    }

    private static void merge(Map<String, Object> target, Map<String, Object> patch, boolean builtIn, String path) {
        for (Map.Entry<String, Object> field : patch.entrySet()) {
            String key = field.getKey();
            if (key.startsWith("$")) {
                throw new UnsupportedOperationException("patch directive " + key + " at " + path);
            }
            Object value = field.getValue();
            Object current = target.get(key);
            String at = path + "/" + key;
            if (value == null) {
                target.remove(key);
            } else if (value instanceof Map<?, ?> && current instanceof Map<?, ?>) {
                merge(map(current), map(value), builtIn, at);
            } else if (value instanceof List<?> items && current instanceof List<?> existing && builtIn
                    && mergeKey(at) != null) {
                target.put(key, mergeList(existing, items, mergeKey(at), builtIn, at));
            } else {
                target.put(key, value);
            }
        }
    }

    /** The patchMergeKey of the Kubernetes API for the lists that our patches touch. */
    private static String mergeKey(String path) {
        if (path.endsWith("/containers") || path.endsWith("/initContainers") || path.endsWith("/env")
                || path.endsWith("/volumes")) {
            return "name";
        }
        if (path.endsWith("/volumeMounts")) {
            return "mountPath";
        }
        if (path.endsWith("/containers/ports")) {
            return "containerPort";
        }
        return null;
    }

    private static List<Object> mergeList(List<?> existing, List<?> items, String key, boolean builtIn, String path) {
        List<Object> merged = new ArrayList<>(existing);
        for (Object item : items) {
            Object id = map(item).get(key);
            Map<String, Object> same = merged.stream().map(Kustomization::map).filter(m -> id.equals(m.get(key)))
                    .findFirst().orElse(null);
            if (same == null) {
                merged.add(item);
            } else {
                merge(same, map(item), builtIn, path);
            }
        }
        return merged;
    }

    /** kustomize's images transformer: every container's image whose name matches. */
    private static void setImage(Object node, Map<String, Object> image) {
        if (node instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if ((e.getKey().equals("containers") || e.getKey().equals("initContainers")) && e.getValue() instanceof List<?> cs) {
                    cs.forEach(c -> retag(map(c), image));
                } else {
                    setImage(e.getValue(), image);
                }
            }
        } else if (node instanceof List<?> l) {
            l.forEach(i -> setImage(i, image));
        }
    }

    private static void retag(Map<String, Object> container, Map<String, Object> image) {
        String reference = String.valueOf(container.get("image"));
        int at = reference.indexOf('@');
        int colon = reference.lastIndexOf(':');
        int end = at >= 0 ? at : colon > reference.lastIndexOf('/') ? colon : reference.length();
        String name = reference.substring(0, end);
        if (!name.equals(image.get("name"))) {
            return;
        }
        String newName = image.containsKey("newName") ? String.valueOf(image.get("newName")) : name;
        String suffix = image.containsKey("digest") ? "@" + image.get("digest")
                : image.containsKey("newTag") ? ":" + image.get("newTag") : reference.substring(end);
        container.put("image", newName + suffix);
    }

    private static Map<String, Object> metadata(Map<String, Object> object) {
        return map(object.computeIfAbsent("metadata", k -> new LinkedHashMap<>()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("not an object: " + value);
        }
        return (Map<String, Object>) value;
    }

    static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    /** RFC 6902 add, replace and remove, on the maps and lists that SnakeYAML reads. */
    static final class JsonPatch {

        private JsonPatch() {
        }

        @SuppressWarnings("unchecked")
        static void apply(Map<String, Object> object, Map<String, Object> operation) {
            String op = String.valueOf(operation.get("op"));
            String[] tokens = String.valueOf(operation.get("path")).substring(1).split("/", -1);
            Object parent = object;
            for (int i = 0; i < tokens.length - 1; i++) {
                parent = child(parent, unescape(tokens[i]));
            }
            String last = unescape(tokens[tokens.length - 1]);
            Object value = operation.get("value");
            if (parent instanceof Map<?, ?> m) {
                Map<String, Object> fields = (Map<String, Object>) m;
                switch (op) {
                    case "add" -> fields.put(last, value);
                    case "replace" -> {
                        require(fields.containsKey(last), operation);
                        fields.put(last, value);
                    }
                    case "remove" -> require(fields.remove(last) != null, operation);
                    default -> throw new UnsupportedOperationException("JSON patch op " + op);
                }
            } else {
                List<Object> items = (List<Object>) parent;
                int index = last.equals("-") ? items.size() : Integer.parseInt(last);
                switch (op) {
                    case "add" -> items.add(index, value);
                    case "replace" -> items.set(index, value);
                    case "remove" -> items.remove(index);
                    default -> throw new UnsupportedOperationException("JSON patch op " + op);
                }
            }
        }

        private static Object child(Object parent, String token) {
            Object child = parent instanceof List<?> l ? l.get(Integer.parseInt(token)) : map(parent).get(token);
            if (child == null) {
                throw new IllegalArgumentException("JSON patch: nothing at " + token);
            }
            return child;
        }

        private static void require(boolean present, Map<String, Object> operation) {
            if (!present) {
                throw new IllegalArgumentException("JSON patch: nothing to " + operation);
            }
        }

        private static String unescape(String token) {
            return token.replace("~1", "/").replace("~0", "~");
        }
    }
}
