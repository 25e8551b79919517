package gx.doudi.kafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * SASL/SCRAM-SHA-256 settings of Doudi's Kafka: what a client puts in its properties, what the broker
 * needs, and fresh random passwords. Passwords live in files or the environment, never in code.
 */
public final class KafkaSecurity {
    public static final String MECHANISM = "SCRAM-SHA-256";
    /** No TLS: fine on loopback (the embedded broker) and a private container network, not across hosts. */
    public static final String PROTOCOL = "SASL_PLAINTEXT";
    private static final SecureRandom RANDOM = new SecureRandom();

    private KafkaSecurity() {}

    /** A new random password for each principal: 144 bits, URL-safe Base64 (nothing to quote or escape). */
    public static Map<String, String> newPasswords(List<String> principals) {
        Map<String, String> passwords = new LinkedHashMap<>();
        for (String principal : principals) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            passwords.put(principal, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
        return passwords;
    }

    /** What a client of {@code bootstrap} signing in as {@code principal} needs: the file of {@code --client-properties}. */
    public static Properties clientProperties(String bootstrap, String principal, String password) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("security.protocol", PROTOCOL);
        p.put("sasl.mechanism", MECHANISM);
        p.put("sasl.jaas.config", scramLogin(principal, password));
        return p;
    }

    /**
     * The broker side, for a combined broker and controller: SCRAM on the client (and inter-broker) listener,
     * PLAIN on the controller listener, where SCRAM cannot be used because its credentials live in the
     * metadata the controller serves. The broker signs in to both as {@code admin}, the one super user;
     * the StandardAuthorizer refuses whatever no ACL allows.
     */
    public static Map<String, String> brokerProperties(String listener, String controllerListener, String adminPassword) {
        String l = listener.toLowerCase(java.util.Locale.ROOT);
        String c = controllerListener.toLowerCase(java.util.Locale.ROOT);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("listener.security.protocol.map", listener + ":" + PROTOCOL + "," + controllerListener + ":" + PROTOCOL);
        p.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        p.put("sasl.mechanism.controller.protocol", "PLAIN");
        p.put("listener.name." + l + ".sasl.enabled.mechanisms", MECHANISM);
        p.put("listener.name." + l + ".scram-sha-256.sasl.jaas.config", scramLogin(Principals.ADMIN, adminPassword));
        p.put("listener.name." + c + ".sasl.enabled.mechanisms", "PLAIN");
        p.put("listener.name." + c + ".plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"%s\" password=\"%s\" user_%s=\"%s\";"
                        .formatted(Principals.ADMIN, adminPassword, Principals.ADMIN, adminPassword));
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("allow.everyone.if.no.acl.found", "false");
        p.put("super.users", "User:" + Principals.ADMIN);
        return p;
    }

    /** The {@code kafka-storage format --add-scram} arguments that create each principal's SCRAM credentials. */
    public static List<String> scramArguments(Map<String, String> passwords) {
        return passwords.entrySet().stream()
                .map(e -> MECHANISM + "=[name=" + e.getKey() + ",password=" + e.getValue() + "]")
                .toList();
    }

    /** Writes client properties readable by their owner alone (where the file system has POSIX permissions). */
    public static void write(Path file, Properties client, String comment) throws IOException {
        StringBuilder text = new StringBuilder("# ").append(comment).append('\n');
        for (String key : List.of("bootstrap.servers", "security.protocol", "sasl.mechanism", "sasl.jaas.config")) {
            text.append(key).append('=').append(client.getProperty(key)).append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Files.createFile(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String scramLogin(String principal, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"%s\" password=\"%s\";"
                .formatted(principal, password);
    }
}
