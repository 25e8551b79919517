package gx.doudi.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.configuration.Configuration;

/**
 * The job's settings, in one typed object: read from a {@code jobs/*.yaml} file, then overridden by
 * command-line flags. {@code flink:} holds Flink 2.x keys, passed to Flink as they are; {@code doudi:}
 * holds the engine's own. Every key is documented in {@code jobs/doudi.yaml}.
 */
public record JobConfig(
        Map<String, String> flink,
        String bootstrap,
        String indicators,
        String delivery,
        String groupId,
        int parallelism,
        Duration outOfOrderness,
        Duration idleFlush,
        Duration idleness,
        Duration allowedLateness,
        long clockLimit) implements Serializable {

    public static final String AT_LEAST_ONCE = "at-least-once";
    public static final String EXACTLY_ONCE = "exactly-once";

    public static JobConfig defaults() {
        Map<String, String> flink = new LinkedHashMap<>();
        flink.put("state.backend.type", "rocksdb");
        flink.put("execution.checkpointing.incremental", "true");
        flink.put("execution.checkpointing.interval", "10s");
        flink.put("pipeline.generic-types", "false");
        return new JobConfig(flink, "localhost:9092", "warning-indicators", EXACTLY_ONCE, "doudi-engine", 2,
                Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofDays(7), Long.MAX_VALUE);
    }

    /** The defaults, overridden by a YAML file of the shape of {@code jobs/doudi.yaml}. */
    public static JobConfig load(Path file) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        JobConfig c = defaults();
        if (root == null) {
            return c;
        }
        Map<String, String> flink = new LinkedHashMap<>(c.flink());
        JsonNode f = root.path("flink");
        for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            flink.put(entry.getKey(), entry.getValue().asText());
        }
        JsonNode d = root.path("doudi");
        for (Iterator<String> it = d.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new IOException(file + ": unknown doudi key '" + key + "' (known: " + KEYS + ")");
            }
        }
        return new JobConfig(flink,
                d.path("bootstrap").asText(c.bootstrap()),
                d.path("indicators").asText(c.indicators()),
                delivery(d.path("delivery").asText(c.delivery())),
                d.path("groupId").asText(c.groupId()),
                d.path("parallelism").asInt(c.parallelism()),
                duration(d, "outOfOrderness", c.outOfOrderness()),
                duration(d, "idleFlush", c.idleFlush()),
                duration(d, "idleness", c.idleness()),
                duration(d, "allowedLateness", c.allowedLateness()),
                c.clockLimit());
    }

    private static final java.util.List<String> KEYS = java.util.List.of("bootstrap", "indicators", "delivery",
            "groupId", "parallelism", "outOfOrderness", "idleFlush", "idleness", "allowedLateness");

    private static Duration duration(JsonNode node, String key, Duration fallback) {
        return node.has(key) ? Duration.parse(node.get(key).asText()) : fallback;
    }

    public static String delivery(String value) {
        if (!AT_LEAST_ONCE.equals(value) && !EXACTLY_ONCE.equals(value)) {
            throw new IllegalArgumentException("delivery must be " + AT_LEAST_ONCE + " or " + EXACTLY_ONCE + ", not " + value);
        }
        return value;
    }

    public Configuration flinkConfiguration() {
        Configuration configuration = new Configuration();
        flink.forEach(configuration::setString);
        return configuration;
    }

    public JobConfig withFlink(String key, String value) {
        Map<String, String> f = new LinkedHashMap<>(flink);
        f.put(key, value);
        return new JobConfig(f, bootstrap, indicators, delivery, groupId, parallelism, outOfOrderness, idleFlush,
                idleness, allowedLateness, clockLimit);
    }

    public JobConfig withBootstrap(String value) {
        return new JobConfig(flink, value, indicators, delivery, groupId, parallelism, outOfOrderness, idleFlush,
                idleness, allowedLateness, clockLimit);
    }

    public JobConfig withIndicators(String value) {
        return new JobConfig(flink, bootstrap, value, delivery, groupId, parallelism, outOfOrderness, idleFlush,
                idleness, allowedLateness, clockLimit);
    }

    public JobConfig withDelivery(String value) {
        return new JobConfig(flink, bootstrap, indicators, delivery(value), groupId, parallelism, outOfOrderness,
                idleFlush, idleness, allowedLateness, clockLimit);
    }

    public JobConfig withParallelism(int value) {
        return new JobConfig(flink, bootstrap, indicators, delivery, groupId, value, outOfOrderness, idleFlush,
                idleness, allowedLateness, clockLimit);
    }

    public JobConfig withClockLimit(long value) {
        return new JobConfig(flink, bootstrap, indicators, delivery, groupId, parallelism, outOfOrderness, idleFlush,
                idleness, allowedLateness, value);
    }

    public JobConfig withGroupId(String value) {
        return new JobConfig(flink, bootstrap, indicators, delivery, value, parallelism, outOfOrderness, idleFlush,
                idleness, allowedLateness, clockLimit);
    }
}
