package org.migportal.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migportal.platform.control.PortalSetting;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps the docker/ files correct without a Docker engine: the compose file parses, every image is pinned,
 * every setting the portal's code reads is either given to the portal container or has a default, every
 * variable the compose file uses is in the example env file, every service has a health check and starts after
 * what it needs, data lives in named volumes; the Dockerfile builds on a pinned Payara Micro 6 and runs as a
 * non-root user.
 */
class DockerFilesTest {

    private static final Path ROOT = Path.of(System.getProperty("portal.root", "..")).toAbsolutePath().normalize();
    private static final Path DOCKER = ROOT.resolve("docker");
    /** ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}; $$ is a literal dollar. */
    private static final Pattern COMPOSE_VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:?[-?+][^}]*)?}");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile(
            "@ConfigProperty\\s*\\(\\s*name\\s*=\\s*\"([^\"]+)\"(\\s*,\\s*defaultValue\\s*=)?");
    private static final Pattern MPCONFIG = Pattern.compile("\\$\\{MPCONFIG=([A-Za-z0-9_.\\-]+)}");
    private static final Pattern PROGRAMMATIC = Pattern.compile("get(Optional)?Value\\(\\s*\"([^\"]+)\"");
    private static final Pattern PROPERTY_REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)(:[^}]*)?}");

    private static Map<String, Object> compose;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws IOException {
        try (Reader in = Files.newBufferedReader(DOCKER.resolve("compose.yaml"))) {
            compose = new Yaml().load(in);
        }
        services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsOnlyKeys("postgres", "keycloak", "portal");
    }

    @Test
    void everyImageIsPinnedToAVersion() {
        services.forEach((name, service) -> {
            String image = (String) service.get("image");
            assertThat(image).as("image of %s", name).isNotBlank();
            String tag = image.contains(":") ? image.substring(image.lastIndexOf(':') + 1) : "";
            assertThat(tag).as("tag of %s's image %s", name, image)
                    .isNotBlank().isNotEqualTo("latest").doesNotContain("$").matches(".*\\d.*");
        });
        assertThat((String) services.get("keycloak").get("image"))
                .as("the Keycloak the tests run").endsWith(":" + System.getProperty("keycloak.version", "26.7.3"));
    }

    @Test
    void keycloakRunsInProductionModeOnItsOwnDatabase() {
        Map<String, Object> keycloak = services.get("keycloak");
        assertThat(keycloak.get("command").toString()).contains("start").doesNotContain("start-dev");
        Map<String, String> env = environment("keycloak");
        assertThat(env.get("KC_DB")).isEqualTo("postgres");
        assertThat(env.get("KC_DB_URL")).endsWith("/keycloak");
        assertThat(environment("portal").get("PORTAL_DB_URL")).endsWith("/portal");
        assertThat(read(DOCKER.resolve("postgres-init/01-keycloak-database.sql"))).containsIgnoringCase("CREATE DATABASE keycloak");
        assertThat(volumes("keycloak")).anyMatch(v -> v.startsWith("../keycloak-realm/mig-portal-realm.json:"));
    }

    @Test
    void everySettingThePortalNeedsIsGivenToItsContainer() {
        Map<String, String> env = environment("portal");
        for (PortalSetting setting : PortalSetting.values()) {
            if (setting.required()) {
                assertThat(env.get(setting.environmentVariable()))
                        .as("%s (%s) in the portal's environment in compose.yaml", setting.environmentVariable(), setting.key())
                        .isNotBlank();
            }
        }
        Set<String> known = Arrays.stream(PortalSetting.values()).map(PortalSetting::environmentVariable)
                .collect(Collectors.toSet());
        assertThat(env.keySet()).as("settings given to the portal that it does not know (typos?)").isSubsetOf(known);
    }

    @Test
    void everyVariableOfTheComposeFileIsInTheExampleEnvFileOrHasADefault() throws IOException {
        Properties example = new Properties();
        try (Reader in = Files.newBufferedReader(DOCKER.resolve(".env.example"))) {
            example.load(in);
        }
        Set<String> missing = new TreeSet<>();
        Matcher m = COMPOSE_VARIABLE.matcher(read(DOCKER.resolve("compose.yaml")));
        while (m.find()) {
            boolean hasDefault = m.group(2) != null && !m.group(2).contains("?");
            if (!hasDefault && !example.containsKey(m.group(1))) {
                missing.add(m.group(1));
            }
        }
        assertThat(missing).as("variables of compose.yaml that .env.example does not set").isEmpty();
        assertThat(read(ROOT.resolve(".gitignore")).lines()).as("the real env file is never committed").contains("docker/.env");
    }

    /**
     * The other direction: every key the code reads (annotations, datasource placeholders, programmatic reads,
     * microprofile-config.properties references) is a {@link PortalSetting}, so the start check and the compose
     * file know it, or has its value in microprofile-config.properties.
     */
    @Test
    void everyKeyTheCodeReadsIsAKnownSettingOrHasADefault() throws IOException {
        Properties defaults = new Properties();
        Path mpConfig = ROOT.resolve("portal-web/src/main/resources/META-INF/microprofile-config.properties");
        try (Reader in = Files.newBufferedReader(mpConfig)) {
            defaults.load(in);
        }
        Set<String> settings = Arrays.stream(PortalSetting.values()).map(PortalSetting::key).collect(Collectors.toSet());
        Map<String, Boolean> read = keysReadByTheCode();
        for (String value : defaults.stringPropertyNames().stream().map(defaults::getProperty).toList()) {
            Matcher m = PROPERTY_REFERENCE.matcher(value);
            while (m.find()) {
                read.merge(m.group(1), m.group(2) != null, Boolean::logicalOr);
            }
        }
        assertThat(read).as("config keys read by the code").isNotEmpty().containsKeys("portal.db.url", "portal.oidc.provider-uri");
        List<String> unknown = new ArrayList<>();
        read.forEach((key, hasDefault) -> {
            if (!settings.contains(key) && !defaults.containsKey(key) && !hasDefault) {
                unknown.add(key);
            }
        });
        assertThat(unknown).as("keys without a default that are not in PortalSetting (add them there, and to compose.yaml)").isEmpty();
        assertThat(settings).as("PortalSetting entries the code never reads").isSubsetOf(read.keySet());
    }

    /** Key to "has a default where it is read", over the main sources and resources of every module. */
    private static Map<String, Boolean> keysReadByTheCode() throws IOException {
        Map<String, Boolean> keys = new LinkedHashMap<>();
        List<Path> sources;
        try (Stream<Path> modules = Files.list(ROOT)) {
            sources = modules.map(module -> module.resolve("src/main")).filter(Files::isDirectory).toList();
        }
        for (Path source : sources) {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(f -> f.toString().matches(".*\\.(java|xml)$")).toList()) {
                    String text = read(file);
                    Matcher a = CONFIG_PROPERTY.matcher(text);
                    while (a.find()) {
                        keys.merge(a.group(1), a.group(2) != null, Boolean::logicalOr);
                    }
                    Matcher d = MPCONFIG.matcher(text);
                    while (d.find()) {
                        keys.merge(d.group(1), false, Boolean::logicalOr);
                    }
                    Matcher p = PROGRAMMATIC.matcher(text);
                    while (p.find()) {
                        keys.merge(p.group(2), p.group(1) != null, Boolean::logicalOr);
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void everyServiceHasAHealthCheckAndStartsAfterWhatItNeedsIsHealthy() {
        services.forEach((name, service) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> health = (Map<String, Object>) service.get("healthcheck");
            assertThat(health).as("healthcheck of %s", name).isNotNull().containsKey("test");
            assertThat(service.get("restart")).as("restart policy of %s", name).isEqualTo("unless-stopped");
        });
        assertThat(startsAfterHealthy("keycloak")).containsExactly("postgres");
        assertThat(startsAfterHealthy("portal")).containsExactlyInAnyOrder("postgres", "keycloak");
        assertThat(services.get("portal").get("healthcheck").toString())
                .as("the portal counts as healthy only when its own readiness checks are up")
                .contains("/health/ready", "portal-database");
    }

    @Test
    void dataLivesInNamedVolumesAndBindMountsPointAtFilesOfTheRepository() {
        @SuppressWarnings("unchecked")
        Map<String, Object> named = (Map<String, Object>) compose.get("volumes");
        assertThat(named).containsKey("postgres-data");
        assertThat(volumes("postgres")).contains("postgres-data:/var/lib/postgresql");
        services.keySet().forEach(name -> volumes(name).forEach(volume -> {
            String source = volume.substring(0, volume.indexOf(':'));
            if (source.startsWith(".")) {
                assertThat(DOCKER.resolve(source).normalize()).as("bind mount of %s", name).exists();
            } else {
                assertThat(named).as("volume %s of %s is declared", source, name).containsKey(source);
            }
        }));
    }

    @Test
    void theDockerfileBuildsOnAPinnedPayaraMicro6AndRunsAsANonRootUser() {
        List<String> lines = read(DOCKER.resolve("Dockerfile")).lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        String from = lines.stream().filter(l -> l.startsWith("FROM ")).findFirst().orElseThrow();
        String payara = System.getProperty("payara.micro.version", "6.2025.10");
        assertThat(from).as("the Payara Micro the build and the tests use")
                .isEqualTo("FROM payara/micro:" + payara + "-jdk17");
        assertThat(payara).startsWith("6.");
        List<String> users = lines.stream().filter(l -> l.startsWith("USER ")).toList();
        assertThat(users).as("USER lines").isNotEmpty();
        assertThat(users.get(users.size() - 1).substring(5).strip()).isNotIn("root", "0", "0:0");
        assertThat(lines).anyMatch(l -> l.startsWith("COPY ") && l.contains("portal-web/target/portal.war"));
        assertThat(String.join("\n", lines)).doesNotContain("--nocluster");
        Map<String, Object> build = buildOf("portal");
        assertThat(build).containsEntry("dockerfile", "docker/Dockerfile").containsEntry("context", "..");
    }

    @Test
    void theReadmeSaysHowToStartBackUpRestoreAndUpgrade() {
        String readme = read(DOCKER.resolve("README.md"));
        assertThat(readme).contains("docker compose", "cp docker/.env.example docker/.env", "pg_dump", "pg_restore",
                "postgres-data", "Flyway");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(String service) {
        Map<String, Object> env = (Map<String, Object>) services.get(service).get("environment");
        Map<String, String> values = new LinkedHashMap<>();
        env.forEach((k, v) -> values.put(k, String.valueOf(v)));
        return values;
    }

    @SuppressWarnings("unchecked")
    private static List<String> volumes(String service) {
        return (List<String>) services.get(service).getOrDefault("volumes", List.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> buildOf(String service) {
        return (Map<String, Object>) services.get(service).get("build");
    }

    @SuppressWarnings("unchecked")
    private static Set<String> startsAfterHealthy(String service) {
        Map<String, Map<String, Object>> dependsOn = (Map<String, Map<String, Object>>) services.get(service).get("depends_on");
        Set<String> healthy = new LinkedHashSet<>();
        dependsOn.forEach((name, condition) -> {
            if ("service_healthy".equals(condition.get("condition"))) {
                healthy.add(name);
            }
        });
        return healthy;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
