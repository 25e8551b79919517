package gx.doudi.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.Resource;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.utils.SecurityUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker-compose's broker is set up by the scripts in {@code jobs/}, which Docker is needed to run for real.
 * Here they run against stand-ins for Kafka's command-line tools that record what they were asked to do:
 * that must be what the embedded broker does (the same ACLs, users and settings).
 */
class KafkaAccessScriptTest {
    @TempDir
    Path dir;
    Path bin;
    Path calls;
    Map<String, String> env = new HashMap<>();
    Map<String, String> passwords;

    @BeforeEach
    void fakeKafkaTools() throws IOException {
        bin = Files.createDirectories(dir.resolve("bin"));
        calls = dir.resolve("calls");
        String fake = """
                #!/usr/bin/env bash
                { basename "$0"; printf '%s\\n' "$@"; echo '--'; } >> "$FAKE_CALLS"
                case "$(basename "$0") $1" in
                  "kafka-storage.sh random-uuid") echo "q1Sh-9_ISia_zwGINzRvyQ" ;;
                  "kafka-server-start.sh "*) cp "$1" "$FAKE_CALLS.server.properties" ;;
                esac
                """;
        for (String tool : List.of("kafka-storage.sh", "kafka-server-start.sh", "kafka-configs.sh", "kafka-topics.sh",
                "kafka-acls.sh")) {
            Path script = bin.resolve(tool);
            Files.writeString(script, fake);
            script.toFile().setExecutable(true);
        }
        passwords = KafkaSecurity.newPasswords(Principals.all());
        passwords.forEach((principal, password) ->
                env.put("DOUDI_KAFKA_" + principal.toUpperCase().replace('-', '_') + "_PASSWORD", password));
        env.put("KAFKA_BIN", bin.toString());
        env.put("KAFKA_WORK", dir.toString());
        env.put("FAKE_CALLS", calls.toString());
    }

    @Test
    void theTopicsServiceGrantsTheAclsTheEmbeddedBrokerGrants() throws Exception {
        run("jobs/kafka-access.sh", "kafka:29092");

        Set<AclBinding> granted = new HashSet<>();
        for (List<String> call : calls("kafka-acls.sh")) {
            assertThat(call).contains("--add", "--command-config");
            granted.addAll(aclsOf(call));
        }
        assertThat(granted).containsExactlyInAnyOrderElementsOf(Principals.acls());
    }

    @Test
    void theTopicsServiceSetsEveryPrincipalsPasswordFromTheEnvironmentAndCreatesTopicsAsAdmin() throws Exception {
        run("jobs/kafka-access.sh", "kafka:29092");

        Map<String, String> set = new HashMap<>();
        for (List<String> call : calls("kafka-configs.sh")) {
            set.put(value(call, "--entity-name"), value(call, "--add-config"));
        }
        Map<String, String> expected = new HashMap<>();
        passwords.forEach((principal, password) -> expected.put(principal, "SCRAM-SHA-256=[password=" + password + "]"));
        expected.remove(Principals.ADMIN); // formatted into the broker's storage by kafka-start.sh
        assertThat(set).isEqualTo(expected);

        List<List<String>> topics = calls("kafka-topics.sh");
        assertThat(topics).hasSize(25).allSatisfy(call -> assertThat(value(call, "--command-config"))
                .isEqualTo(dir.resolve("admin.properties").toString()));
    }

    @Test
    void theBrokerIsSecuredAsTheEmbeddedOneAndFormattedWithTheAdminsCredentials() throws Exception {
        run("jobs/kafka-start.sh");

        Properties server = load(Path.of(calls + ".server.properties"));
        String admin = passwords.get(Principals.ADMIN);
        Map<String, String> embedded = KafkaSecurity.brokerProperties("INTERNAL", "CONTROLLER", admin);
        embedded.forEach((key, value) -> {
            if (!key.equals("listener.security.protocol.map")) {
                assertThat(server.getProperty(key)).as(key).isEqualTo(value);
            }
        });
        assertThat(server.getProperty("listener.security.protocol.map"))
                .isEqualTo("INTERNAL:SASL_PLAINTEXT,EXTERNAL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        assertThat(server.getProperty("listener.name.external.sasl.enabled.mechanisms")).isEqualTo(KafkaSecurity.MECHANISM);

        List<String> format = calls("kafka-storage.sh").stream().filter(c -> c.get(1).equals("format")).findFirst().orElseThrow();
        assertThat(value(format, "--add-scram")).isEqualTo(KafkaSecurity.scramArguments(Map.of(Principals.ADMIN, admin)).get(0));
        assertThat(format).contains("--ignore-formatted");
        assertThat(load(dir.resolve("admin.properties")))
                .isEqualTo(KafkaSecurity.clientProperties("kafka:29092", Principals.ADMIN, admin));
    }

    @Test
    void aClientsPropertiesFileFromTheEnvironmentIsWhatTheEmbeddedBrokerWrites() throws Exception {
        Path file = dir.resolve("engine.properties");
        run("jobs/client-properties.sh", "engine", "kafka:29092", file.toString());

        assertThat(load(file)).isEqualTo(KafkaSecurity.clientProperties("kafka:29092", "engine", passwords.get("engine")));
    }

    @Test
    void aMissingOrExamplePasswordStopsTheScripts() throws Exception {
        env.remove("DOUDI_KAFKA_ENGINE_PASSWORD");
        assertThat(exitCode("jobs/client-properties.sh", "engine", "kafka:29092", dir.resolve("x").toString()))
                .isNotZero();
        env.put("DOUDI_KAFKA_ENGINE_PASSWORD", "change-me-engine-0000");
        assertThat(exitCode("jobs/client-properties.sh", "engine", "kafka:29092", dir.resolve("x").toString()))
                .isNotZero();
        assertThat(dir.resolve("x")).doesNotExist();
    }

    /** The ACLs kafka-acls.sh --add creates for these arguments: every principal × operation × resource. */
    static List<AclBinding> aclsOf(List<String> call) {
        PatternType pattern = PatternType.fromString(value(call, "--resource-pattern-type").toUpperCase(Locale.ROOT));
        List<ResourcePattern> resources = new ArrayList<>();
        values(call, "--topic").forEach(t -> resources.add(new ResourcePattern(ResourceType.TOPIC, t, pattern)));
        values(call, "--group").forEach(g -> resources.add(new ResourcePattern(ResourceType.GROUP, g, pattern)));
        values(call, "--transactional-id").forEach(t -> resources.add(new ResourcePattern(ResourceType.TRANSACTIONAL_ID, t, pattern)));
        if (call.contains("--cluster")) {
            resources.add(new ResourcePattern(ResourceType.CLUSTER, Resource.CLUSTER_NAME, PatternType.LITERAL));
        }
        List<AclBinding> acls = new ArrayList<>();
        for (String principal : values(call, "--allow-principal")) {
            for (String operation : values(call, "--operation")) {
                for (ResourcePattern resource : resources) {
                    acls.add(new AclBinding(resource, new AccessControlEntry(principal, "*",
                            SecurityUtils.operation(operation), AclPermissionType.ALLOW)));
                }
            }
        }
        return acls;
    }

    static String value(List<String> call, String flag) {
        List<String> values = values(call, flag);
        assertThat(values).as(flag + " in " + call).hasSize(1);
        return values.get(0);
    }

    static List<String> values(List<String> call, String flag) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i < call.size() - 1; i++) {
            if (call.get(i).equals(flag)) {
                values.add(call.get(i + 1));
            }
        }
        return values;
    }

    /** Each recorded call of {@code tool}: its name, then its arguments. */
    List<List<String>> calls(String tool) throws IOException {
        List<List<String>> all = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : Files.readAllLines(calls, StandardCharsets.UTF_8)) {
            if (line.equals("--")) {
                all.add(current);
                current = new ArrayList<>();
            } else {
                current.add(line);
            }
        }
        return all.stream().filter(c -> c.get(0).equals(tool)).toList();
    }

    void run(String... command) throws Exception {
        assertThat(exitCode(command)).as(String.join(" ", command)).isZero();
    }

    int exitCode(String... command) throws Exception {
        List<String> argv = new ArrayList<>(List.of("bash"));
        argv.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.txt").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("DOUDI_KAFKA_"));
        builder.environment().putAll(env);
        return builder.start().waitFor();
    }

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return p;
    }
}
