package annonces.deploy;

import annonces.deploy.Manifests.Rendering;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static annonces.deploy.Manifests.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dev and prod overlays, rendered (by {@code kubectl kustomize} where kubectl is installed, by the in-test
 * renderer otherwise: each assertion message names which), checked against what the service says about itself
 * (its port, its health endpoints, the variables it reads) and against the rules of a safe deployment.
 */
class OverlaysTest {

    private static final String APP = "annonces";
    private static final String CLUSTER = "postgresql.cnpg.io/v1/Cluster";
    private static final String POOLER = "postgresql.cnpg.io/v1/Pooler";
    private static final Map<String, String> NAMESPACES = Map.of("dev", "annonces-dev", "prod", "annonces");

    /**
     * The variables a deployment may set: the fixed names of ../shared/api.md ("Operations"), the read
     * datasource's, Micronaut's environments, the JVM's flags, and the proxy header the README documents for
     * running behind one. A name outside this list fails even if the service happens to read it.
     */
    private static final Set<String> CONTRACT = Set.of(
            "DATASOURCES_DEFAULT_URL", "DATASOURCES_DEFAULT_USERNAME", "DATASOURCES_DEFAULT_PASSWORD",
            "DATASOURCES_READ_URL", "DATASOURCES_READ_USERNAME", "DATASOURCES_READ_PASSWORD",
            "JWT_SECRET", "ANNONCES_ADMIN_EMAIL", "ANNONCES_ADMIN_PASSWORD", "ANNONCES_EMBED_ORIGINS",
            "ANNONCES_SEED", "MICRONAUT_SERVER_PORT", "MICRONAUT_ENVIRONMENTS", "JAVA_TOOL_OPTIONS",
            "MICRONAUT_SERVER_CLIENT_ADDRESS_HEADER",
            // Named by the issue that brought mail (SMTP relay, verification), and the base of the links in mail.
            "ANNONCES_SMTP_HOST", "ANNONCES_SMTP_PORT", "ANNONCES_SMTP_USERNAME", "ANNONCES_SMTP_PASSWORD",
            "ANNONCES_SMTP_TLS", "ANNONCES_SMTP_FROM", "ANNONCES_REQUIRE_EMAIL_VERIFICATION", "ANNONCES_PUBLIC_URL",
            // Named by the issue that brought photos: where they are stored.
            "ANNONCES_PHOTOS_STORAGE", "ANNONCES_PHOTOS_S3_ENDPOINT", "ANNONCES_PHOTOS_S3_REGION",
            "ANNONCES_PHOTOS_S3_BUCKET", "ANNONCES_PHOTOS_S3_ACCESS_KEY", "ANNONCES_PHOTOS_S3_SECRET_KEY",
            "ANNONCES_PHOTOS_S3_PATH_STYLE");

    static List<Rendering> overlays() {
        return Manifests.OVERLAYS.stream().map(Manifests::render).toList();
    }

    // --- rendering ---------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theOverlayRendersEveryPartOfTheDeploymentInItsNamespace(Rendering overlay) {
        Set<String> kinds = new TreeSet<>();
        for (Map<String, Object> object : overlay.objects()) {
            kinds.add(String.valueOf(object.get("kind")));
            assertEquals(NAMESPACES.get(overlay.overlay()), map(object, "metadata").get("namespace"),
                    overlay + ": " + Manifests.describe(object));
        }
        assertEquals(new TreeSet<>(List.of("ConfigMap", "Deployment", "Service", "HorizontalPodAutoscaler",
                "PodDisruptionBudget", "NetworkPolicy", "Ingress", "Cluster", "Pooler")), kinds, overlay.toString());
        assertFalse(kinds.contains("Secret"), "no Secret is ever rendered: " + overlay);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyRenderedObjectIsValidForItsKind(Rendering overlay) {
        for (Map<String, Object> object : overlay.objects()) {
            String kind = Manifests.kindKey(object);
            if (kind.equals(CLUSTER)) {
                ManifestsTest.checkCluster(Path.of(overlay.toString()), object, false);
            } else if (kind.equals(POOLER)) {
                ManifestsTest.checkPooler(Path.of(overlay.toString()), object, false);
            } else {
                Class<?> type = Manifests.KINDS.get(kind);
                assertNotNull(type, overlay + ": unexpected kind " + kind);
                assertEquals(List.of(), Manifests.unknownFields(Manifests.typed(object, type)),
                        overlay + ": " + Manifests.describe(object));
            }
        }
    }

    @Test
    void theInTestRendererAgreesWithKubectl() {
        Path kubectl = Manifests.kubectl().orElse(null);
        assumeTrue(kubectl != null, "kubectl is not on the PATH: the overlays were rendered by the in-test "
                + "renderer alone, which could not be compared with kustomize here");
        for (String overlay : Manifests.OVERLAYS) {
            Path dir = Manifests.ROOT.resolve("overlays").resolve(overlay);
            assertEquals(byName(Manifests.kubectlKustomize(kubectl, dir)), byName(Kustomization.render(dir)), overlay);
        }
    }

    private static Map<String, Map<String, Object>> byName(List<Map<String, Object>> objects) {
        Map<String, Map<String, Object>> byName = new TreeMap<>();
        objects.forEach(o -> byName.put(Manifests.describe(o), o));
        return byName;
    }

    // --- the container -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theProbesUseTheServicesHealthEndpointsOnItsPort(Rendering overlay) {
        Container container = container(overlay);
        String health = ServiceConfiguration.healthPath();
        assertEquals(health + "/readiness", httpGet(container.getReadinessProbe(), overlay).getPath(), overlay + ": readiness");
        assertEquals(health + "/liveness", httpGet(container.getLivenessProbe(), overlay).getPath(), overlay + ": liveness");
        assertTrue(httpGet(container.getStartupProbe(), overlay).getPath().startsWith(health + "/"), overlay + ": startup");
        for (Probe probe : List.of(container.getReadinessProbe(), container.getLivenessProbe(), container.getStartupProbe())) {
            assertEquals(ServiceConfiguration.managementPort(), port(container, httpGet(probe, overlay).getPort(), overlay),
                    overlay + ": probe port");
        }
        assertEquals(false, ServiceConfiguration.property(ServiceConfiguration.application(), "endpoints.health.sensitive")
                .orElse(true), "the kubelet calls the health endpoints without a token: endpoints.health.sensitive: false");
        // The startup probe gives the first start (migrations) time; liveness must not kill a slow start.
        Probe startup = container.getStartupProbe();
        assertTrue(startup.getPeriodSeconds() * startup.getFailureThreshold() >= 120, overlay + ": at least 2 minutes to start");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theContainerListensOnTheServicesPortAndTheServiceReachesIt(Rendering overlay) {
        Container container = container(overlay);
        int port = ServiceConfiguration.serverPort();
        assertEquals(List.of(port), container.getPorts().stream().map(ContainerPort::getContainerPort).toList(),
                overlay + ": container ports, against micronaut.server.port in application.yml");
        String configured = environment(overlay).get("MICRONAUT_SERVER_PORT");
        if (configured != null) {
            assertEquals(String.valueOf(port), configured, overlay + ": MICRONAUT_SERVER_PORT");
        }
        Service service = Manifests.one(overlay.objects(), Service.class, APP);
        assertEquals(podLabels(overlay), subsetOf(podLabels(overlay), service.getSpec().getSelector()), overlay + ": Service selector");
        for (ServicePort servicePort : service.getSpec().getPorts()) {
            assertEquals(port, port(container, servicePort.getTargetPort(), overlay), overlay + ": Service targetPort");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theImageIsAFixedVersion(Rendering overlay) {
        for (Container container : containers(overlay)) {
            String image = container.getImage();
            assertTrue(image.contains("@sha256:") || image.matches(".*:\\d+\\.\\d+\\.\\d+"),
                    overlay + ": " + image + " is neither a version tag nor a digest");
            assertFalse(image.endsWith(":latest") || image.contains("SNAPSHOT"), overlay + ": " + image);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerHasRequestsAndLimits(Rendering overlay) {
        for (Container container : containers(overlay)) {
            Map<String, Quantity> requests = container.getResources().getRequests();
            Map<String, Quantity> limits = container.getResources().getLimits();
            assertNotNull(requests, overlay + ": requests");
            assertNotNull(limits, overlay + ": limits");
            for (String resource : List.of("cpu", "memory")) {
                assertNotNull(requests.get(resource), overlay + ": " + resource + " request");
                assertNotNull(limits.get(resource), overlay + ": " + resource + " limit");
                assertTrue(requests.get(resource).compareTo(limits.get(resource)) <= 0, overlay + ": " + resource);
            }
            // The JVM sizes its heap from the limit (MaxRAMPercentage): a request below it could be evicted.
            assertEquals(limits.get("memory"), requests.get("memory"), overlay + ": memory request equals its limit");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void thePodRunsAsNonRootOnAReadOnlyFilesystemWithoutPrivileges(Rendering overlay) {
        PodSpec pod = pod(overlay);
        PodSecurityContext podSecurity = pod.getSecurityContext();
        assertEquals(true, podSecurity.getRunAsNonRoot(), overlay + ": runAsNonRoot");
        assertNotNull(podSecurity.getRunAsUser(), overlay + ": a numeric user, which runAsNonRoot can verify");
        assertNotEquals(0L, podSecurity.getRunAsUser(), overlay + ": runAsUser");
        assertEquals("RuntimeDefault", podSecurity.getSeccompProfile().getType(), overlay + ": seccomp");
        assertEquals(false, pod.getAutomountServiceAccountToken(), overlay + ": the service never calls the API server");
        assertEquals(false, pod.getEnableServiceLinks(), overlay + ": no variables injected from Services");
        for (Container container : containers(overlay)) {
            SecurityContext security = container.getSecurityContext();
            assertEquals(true, security.getReadOnlyRootFilesystem(), overlay + ": readOnlyRootFilesystem");
            assertEquals(false, security.getAllowPrivilegeEscalation(), overlay + ": allowPrivilegeEscalation");
            assertEquals(List.of("ALL"), security.getCapabilities().getDrop(), overlay + ": capabilities dropped");
            assertTrue(security.getCapabilities().getAdd() == null || security.getCapabilities().getAdd().isEmpty(),
                    overlay + ": no capability added");
            assertTrue(security.getPrivileged() == null || !security.getPrivileged(), overlay + ": not privileged");
            // A read-only root needs a writable /tmp for the JVM and Netty: an emptyDir.
            String tmp = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp"))
                    .map(m -> m.getName()).findFirst().orElseThrow(() -> new AssertionError(overlay + ": /tmp mount"));
            Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmp)).findFirst().orElseThrow();
            assertNotNull(volume.getEmptyDir(), overlay + ": /tmp is an emptyDir");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void inFlightRequestsFinishBeforeThePodIsKilled(Rendering overlay) {
        PodSpec pod = pod(overlay);
        Container container = container(overlay);
        assertNotNull(container.getLifecycle().getPreStop(), overlay + ": preStop");
        assertNotNull(container.getLifecycle().getPreStop().getSleep(), overlay + ": preStop sleeps (no shell needed)");
        long preStop = container.getLifecycle().getPreStop().getSleep().getSeconds();
        assertTrue(preStop >= 5, overlay + ": preStop gives endpoint removal time to spread");
        long shutdown = ServiceConfiguration.gracefulShutdown().toSeconds();
        assertTrue(pod.getTerminationGracePeriodSeconds() >= preStop + shutdown + 5,
                overlay + ": terminationGracePeriodSeconds " + pod.getTerminationGracePeriodSeconds()
                        + " covers preStop (" + preStop + " s) and the service's graceful shutdown (" + shutdown + " s)");
        Deployment deployment = Manifests.one(overlay.objects(), Deployment.class, APP);
        assertEquals(new IntOrString(0), deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable(),
                overlay + ": a rolling update never lowers capacity");
    }

    // --- environment -------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyVariableSetIsOneOfTheContractAndIsReadByTheService(Rendering overlay) {
        Set<String> names = new TreeSet<>(environmentNames(overlay));
        Set<String> outside = new TreeSet<>(names);
        outside.removeAll(CONTRACT);
        assertEquals(Set.of(), outside, overlay + ": variables outside the contract");
        Map<String, String> unread = new TreeMap<>();
        for (String name : names) {
            if (ServiceConfiguration.reads(name).isEmpty()) {
                unread.put(name, "no placeholder, README row, bound property or datasource reads it");
            }
        }
        assertEquals(Map.of(), unread, overlay + ": variables the service does not read");
    }

    @Test
    void prodRunsTheProdEnvironmentWithTwoReplicasAndNoOverlayRunsDevOrTest() {
        for (Rendering overlay : overlays()) {
            String environments = environment(overlay).getOrDefault("MICRONAUT_ENVIRONMENTS", "");
            Set<String> active = Set.of(environments.split(","));
            assertFalse(active.contains("dev") || active.contains("test"),
                    overlay + ": the dev and test environments carry committed secrets");
            if (overlay.overlay().equals("prod")) {
                assertEquals("prod", environments, overlay + ": MICRONAUT_ENVIRONMENTS");
                assertEquals(2, Manifests.one(overlay.objects(), Deployment.class, APP).getSpec().getReplicas());
                assertEquals("false", environment(overlay).get("ANNONCES_SEED"), overlay + ": no sample ads in prod");
            }
        }
    }

    // --- scaling and disruption --------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theAutoscalerAndTheDisruptionBudgetAgreeWithTheDeployment(Rendering overlay) {
        Deployment deployment = Manifests.one(overlay.objects(), Deployment.class, APP);
        HorizontalPodAutoscaler hpa = Manifests.one(overlay.objects(), HorizontalPodAutoscaler.class, APP);
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals(APP, hpa.getSpec().getScaleTargetRef().getName());
        assertEquals(deployment.getSpec().getReplicas(), hpa.getSpec().getMinReplicas(),
                overlay + ": the Deployment starts at the autoscaler's minimum");
        assertTrue(hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas(), overlay + ": room to scale");
        assertFalse(hpa.getSpec().getMetrics().isEmpty(), overlay + ": a metric to scale on");
        assertEquals(podLabels(overlay), subsetOf(podLabels(overlay), deployment.getSpec().getSelector().getMatchLabels()));

        PodDisruptionBudget pdb = Manifests.one(overlay.objects(), PodDisruptionBudget.class, APP);
        assertEquals(podLabels(overlay), subsetOf(podLabels(overlay), pdb.getSpec().getSelector().getMatchLabels()),
                overlay + ": the budget covers the pods");
        assertEquals(new IntOrString(1), pdb.getSpec().getMaxUnavailable(), overlay + ": one pod at a time");
    }

    // --- network -----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void onlyTheIngressControllerReachesThePodsAndThePodsReachOnlyPostgresqlDnsAMailRelayAndObjectStorage(Rendering overlay) {
        NetworkPolicy policy = Manifests.one(overlay.objects(), NetworkPolicy.class, APP);
        assertEquals(podLabels(overlay), subsetOf(podLabels(overlay), policy.getSpec().getPodSelector().getMatchLabels()));
        assertEquals(List.of("Ingress", "Egress"), policy.getSpec().getPolicyTypes(), overlay + ": both directions");

        List<NetworkPolicyIngressRule> ingress = policy.getSpec().getIngress();
        assertEquals(1, ingress.size(), overlay + ": one ingress rule");
        assertEquals(List.of(new NetworkPolicyPeer(null,
                        selector("kubernetes.io/metadata.name", "ingress-nginx"), null)),
                ingress.get(0).getFrom(), overlay + ": only the ingress controller's namespace");
        assertEquals(List.of(ServiceConfiguration.serverPort()), ports(ingress.get(0).getPorts(), "TCP"), overlay.toString());

        String cluster = clusterName(overlay);
        List<NetworkPolicyEgressRule> egress = policy.getSpec().getEgress();
        assertEquals(4, egress.size(), overlay + ": PostgreSQL, DNS, the mail relay and object storage");
        assertEquals(List.of(new NetworkPolicyPeer(null, null, selector("cnpg.io/cluster", cluster))),
                egress.get(0).getTo(), overlay + ": the pods of this PostgreSQL cluster (instances and pooler)");
        assertEquals(List.of(5432), ports(egress.get(0).getPorts(), "TCP"), overlay + ": PostgreSQL's port");
        assertEquals(List.of(new NetworkPolicyPeer(null, selector("kubernetes.io/metadata.name", "kube-system"),
                selector("k8s-app", "kube-dns"))), egress.get(1).getTo(), overlay + ": cluster DNS");
        assertEquals(List.of(53), ports(egress.get(1).getPorts(), "UDP"), overlay + ": DNS over UDP");
        assertEquals(List.of(53), ports(egress.get(1).getPorts(), "TCP"), overlay + ": DNS over TCP");
        assertEquals(List.of(587, 465), ports(egress.get(2).getPorts(), "TCP"),
                overlay + ": the relay, wherever it is, on the submission ports only");
        assertTrue(ports(egress.get(2).getPorts(), "UDP").isEmpty(), overlay.toString());
        assertEquals(List.of(443), ports(egress.get(3).getPorts(), "TCP"), overlay + ": the photo bucket, over HTTPS");
        assertTrue(ports(egress.get(3).getPorts(), "UDP").isEmpty(), overlay.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theIngressRoutesThePublicPathsToTheServiceAndKeepsOperationsInside(Rendering overlay) {
        Ingress ingress = Manifests.one(overlay.objects(), Ingress.class, APP);
        Service service = Manifests.one(overlay.objects(), Service.class, APP);
        Set<String> servicePorts = new TreeSet<>();
        service.getSpec().getPorts().forEach(p -> servicePorts.add(p.getName()));
        List<HTTPIngressPath> paths = new ArrayList<>();
        ingress.getSpec().getRules().forEach(r -> paths.addAll(r.getHttp().getPaths()));
        assertFalse(paths.isEmpty(), overlay.toString());
        for (HTTPIngressPath path : paths) {
            assertEquals(APP, path.getBackend().getService().getName(), overlay + ": " + path.getPath());
            assertTrue(servicePorts.contains(path.getBackend().getService().getPort().getName()), overlay + ": port");
            for (String inside : List.of(ServiceConfiguration.healthPath(), "/prometheus")) {
                assertFalse(routes(path, inside), overlay + ": " + path.getPath() + " would expose " + inside);
            }
        }
        for (String contract : List.of("/api/v1/listings", "/widget", "/embed.js", "/annonces/1", "/swagger-ui/index.html")) {
            assertTrue(paths.stream().anyMatch(p -> routes(p, contract)), overlay + ": " + contract + " is public");
        }
        assertEquals(ingress.getSpec().getRules().get(0).getHost(), ingress.getSpec().getTls().get(0).getHosts().get(0),
                overlay + ": TLS for the host served");
    }

    private static boolean routes(HTTPIngressPath path, String request) {
        String p = path.getPath();
        return path.getPathType().equals("Exact") ? request.equals(p)
                : p.equals("/") || request.equals(p) || request.startsWith(p.endsWith("/") ? p : p + "/");
    }

    // --- database ----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void writesGoThroughTheRwPoolerAndReadsToReplicas(Rendering overlay) {
        Map<String, String> env = environment(overlay);
        Map<String, Object> cluster = Manifests.raw(overlay.objects(), CLUSTER).get(0);
        String clusterName = Manifests.name(cluster);
        int instances = (Integer) map(cluster, "spec").get("instances");
        String database = String.valueOf(map(map(map(cluster, "spec"), "bootstrap"), "initdb").get("database"));

        URI write = jdbc(env.get("DATASOURCES_DEFAULT_URL"));
        Map<String, Object> pooler = Manifests.raw(overlay.objects(), POOLER, write.getHost());
        assertEquals("rw", map(pooler, "spec").getOrDefault("type", "rw"), overlay + ": the pooler writes go through");
        assertEquals(clusterName, map(map(pooler, "spec"), "cluster").get("name"), overlay + ": pooler's cluster");
        assertEquals("/" + database, write.getPath(), overlay + ": the database CloudNativePG creates");

        URI read = jdbc(env.get("DATASOURCES_READ_URL"));
        // "-ro" has no endpoint without a replica: a one-instance cluster reads from "-r" (any instance).
        assertEquals(clusterName + (instances > 1 ? "-ro" : "-r"), read.getHost(), overlay + ": search reads");
        assertEquals("/" + database, read.getPath(), overlay + ": read database");
        assertEquals(5432, write.getPort());
        assertEquals(5432, read.getPort());

        for (EnvVar var : container(overlay).getEnv()) {
            if (var.getName().startsWith("DATASOURCES_")) {
                var ref = var.getValueFrom().getSecretKeyRef();
                assertEquals(clusterName + "-app", ref.getName(), overlay + ": " + var.getName()
                        + " from the Secret CloudNativePG creates for the owner");
                assertTrue(Set.of("username", "password").contains(ref.getKey()), overlay + ": " + var.getName());
            }
        }
        if (overlay.overlay().equals("prod")) {
            assertEquals(3, instances, overlay + ": a primary and two replicas");
        }
    }

    /**
     * Session pooling gives each client connection a server connection. At the autoscaler's maximum, plus the
     * surge pod of a rollout, every pod's pool must fit in one pooler and in PostgreSQL's max_connections.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theConnectionBudgetHoldsAtTheAutoscalersMaximum(Rendering overlay) {
        Map<String, Object> pooler = Manifests.raw(overlay.objects(), POOLER).get(0);
        Map<String, Object> pgbouncer = map(map(pooler, "spec"), "pgbouncer");
        assertEquals("session", pgbouncer.get("poolMode"),
                overlay + ": Flyway's lock and LISTEN/NOTIFY need a session of their own");
        HorizontalPodAutoscaler hpa = Manifests.one(overlay.objects(), HorizontalPodAutoscaler.class, APP);
        IntOrString surge = Manifests.one(overlay.objects(), Deployment.class, APP).getSpec().getStrategy()
                .getRollingUpdate().getMaxSurge();
        int pods = hpa.getSpec().getMaxReplicas() + surge.getIntVal();
        int perPod = ServiceConfiguration.property(ServiceConfiguration.application(), "datasources.default.maximum-pool-size")
                .map(v -> Integer.parseInt(String.valueOf(v))).orElse(10);
        int clients = pods * perPod;
        Map<String, Object> parameters = map(pgbouncer, "parameters");
        assertTrue(Integer.parseInt(String.valueOf(parameters.get("max_client_conn"))) >= clients, overlay + ": max_client_conn >= " + clients);
        int poolSize = Integer.parseInt(String.valueOf(parameters.get("default_pool_size")));
        assertTrue(poolSize >= clients, overlay + ": default_pool_size >= " + clients);
        int poolers = (Integer) map(pooler, "spec").getOrDefault("instances", 1);
        Map<String, Object> cluster = Manifests.raw(overlay.objects(), CLUSTER).get(0);
        int maxConnections = Integer.parseInt(String.valueOf(map(map(map(cluster, "spec"), "postgresql"), "parameters")
                .getOrDefault("max_connections", "100")));
        assertTrue(maxConnections > poolers * poolSize, overlay + ": max_connections " + maxConnections
                + " > " + poolers + " poolers x " + poolSize);
    }

    // --- the image and the manifests ---------------------------------------------------------------------

    @Test
    void theImageBuiltByJibRunsAsTheUserAndOnThePortTheManifestsExpect() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher jib = Pattern.compile("<artifactId>jib-maven-plugin</artifactId>(.*?)</plugin>", Pattern.DOTALL).matcher(pom);
        assertTrue(jib.find(), "jib-maven-plugin in pom.xml");
        String config = jib.group(1);
        Matcher user = Pattern.compile("<user>(\\d+):(\\d+)</user>").matcher(config);
        assertTrue(user.find(), "a numeric user:group in Jib's <container>");
        Matcher port = Pattern.compile("<port>(\\d+)</port>").matcher(config);
        assertTrue(port.find(), "Jib exposes a port");
        assertEquals(ServiceConfiguration.serverPort(), Integer.parseInt(port.group(1)), "Jib's port");
        for (Rendering overlay : overlays()) {
            PodSecurityContext security = pod(overlay).getSecurityContext();
            assertEquals(Long.parseLong(user.group(1)), security.getRunAsUser(), overlay + ": runAsUser is the image's");
            assertEquals(Long.parseLong(user.group(2)), security.getRunAsGroup(), overlay + ": runAsGroup is the image's");
            String image = container(overlay).getImage();
            Matcher to = Pattern.compile("<to>\\s*<image>([^:<]+)").matcher(config);
            assertTrue(to.find(), "Jib's <to><image>");
            assertTrue(image.startsWith(to.group(1) + ":") || image.contains("/" + to.group(1) + ":"),
                    overlay + ": " + image + " is the image Jib builds (" + to.group(1) + ")");
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private static PodSpec pod(Rendering overlay) {
        return Manifests.one(overlay.objects(), Deployment.class, APP).getSpec().getTemplate().getSpec();
    }

    private static List<Container> containers(Rendering overlay) {
        PodSpec pod = pod(overlay);
        return Stream.concat(pod.getContainers().stream(),
                pod.getInitContainers() == null ? Stream.empty() : pod.getInitContainers().stream()).toList();
    }

    private static Container container(Rendering overlay) {
        List<Container> containers = pod(overlay).getContainers();
        assertEquals(1, containers.size(), overlay + ": one container");
        return containers.get(0);
    }

    private static Map<String, String> podLabels(Rendering overlay) {
        return Manifests.one(overlay.objects(), Deployment.class, APP).getSpec().getTemplate().getMetadata().getLabels();
    }

    /** The selector if every one of its labels is on the pods, so that equality with the labels means "selects". */
    private static Map<String, String> subsetOf(Map<String, String> labels, Map<String, String> selector) {
        assertNotNull(selector, "a selector");
        assertFalse(selector.isEmpty(), "an empty selector selects everything");
        Map<String, String> result = new HashMap<>(labels);
        selector.forEach((k, v) -> {
            if (!v.equals(labels.get(k))) {
                result.put(k, v);
            }
        });
        return result;
    }

    private static HTTPGetAction httpGet(Probe probe, Rendering overlay) {
        assertNotNull(probe, overlay + ": probe");
        assertNotNull(probe.getHttpGet(), overlay + ": an HTTP probe");
        return probe.getHttpGet();
    }

    private static int port(Container container, IntOrString port, Rendering overlay) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": no container port named " + port.getStrVal()));
    }

    private static List<Integer> ports(List<NetworkPolicyPort> ports, String protocol) {
        return ports.stream().filter(p -> protocol.equals(p.getProtocol())).map(p -> p.getPort().getIntVal()).toList();
    }

    private static io.fabric8.kubernetes.api.model.LabelSelector selector(String key, String value) {
        return new io.fabric8.kubernetes.api.model.LabelSelector(new ArrayList<>(), Map.of(key, value));
    }

    private static String clusterName(Rendering overlay) {
        return Manifests.name(Manifests.raw(overlay.objects(), CLUSTER).get(0));
    }

    private static URI jdbc(String url) {
        assertNotNull(url, "a JDBC URL");
        assertTrue(url.startsWith("jdbc:postgresql://"), url);
        return URI.create(url.substring("jdbc:".length()));
    }

    /** The variables the container gets: its env, and the keys of the ConfigMaps and Secrets of its envFrom. */
    private static Map<String, String> environment(Rendering overlay) {
        Map<String, String> env = new LinkedHashMap<>();
        Container container = container(overlay);
        for (EnvFromSource source : container.getEnvFrom()) {
            assertTrue(source.getPrefix() == null || source.getPrefix().isEmpty(), overlay + ": no envFrom prefix");
            if (source.getConfigMapRef() != null) {
                env.putAll(Manifests.one(overlay.objects(), ConfigMap.class, source.getConfigMapRef().getName()).getData());
            } else {
                assertEquals("annonces-secrets", source.getSecretRef().getName(), overlay + ": the example's Secret");
                Map<String, Object> example = Manifests.objects(Manifests.SECRET_EXAMPLE).get(0);
                map(example, "stringData").keySet().forEach(k -> env.put(k, "(secret)"));
            }
        }
        for (EnvVar var : container.getEnv()) {
            env.put(var.getName(), var.getValue() == null ? "(from " + var.getValueFrom() + ")" : var.getValue());
        }
        return env;
    }

    private static Set<String> environmentNames(Rendering overlay) {
        return environment(overlay).keySet();
    }
}
