package gx.doudi.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.flink.configuration.Configuration;

/**
 * The job's settings, in one typed, immutable object: read from a {@code jobs/*.yaml} file, then
 * overridden by command-line flags. {@code flink:} holds Flink 2.x keys, passed to Flink as they are;
 * {@code doudi:} holds the engine's own. Every key is documented in {@code jobs/doudi.yaml}.
 */
public final class JobConfig implements Serializable {
    public static final String AT_LEAST_ONCE = "at-least-once";
    public static final String EXACTLY_ONCE = "exactly-once";
    private static final List<String> KEYS = List.of("bootstrap", "indicators", "delivery", "groupId", "parallelism",
            "sourceParallelism", "outOfOrderness", "idleFlush", "idleness", "allowedLateness", "waitingOnHeap", "waitingAhead", "householdsOnHeap");

    /** The mutable twin used to derive a changed copy. */
    public static final class Settings implements Serializable {
        public Map<String, String> flink = new LinkedHashMap<>();
        public String bootstrap = "localhost:9092";
        public String indicators = "warning-indicators";
        public String delivery = EXACTLY_ONCE;
        public String groupId = "doudi-engine";
        public int parallelism = 2;
        /** One reader by default: see {@link EventClock} for why. */
        public int sourceParallelism = 1;
        public Duration outOfOrderness = Duration.ofSeconds(5);
        public Duration idleFlush = Duration.ofSeconds(2);
        public Duration idleness = Duration.ofSeconds(10);
        public Duration allowedLateness = Duration.ofDays(7);
        public int waitingOnHeap = WaitingBound.DEFAULT.onHeap();
        public Duration waitingAhead = WaitingBound.DEFAULT.ahead();
        public int householdsOnHeap = HouseholdCache.DEFAULT_CAPACITY;
        /** No event-time timer fires after this: a replay's clock stops at its last event. */
        public long clockLimit = Long.MAX_VALUE;

        Settings copy() {
            Settings s = new Settings();
            s.flink = new LinkedHashMap<>(flink);
            s.bootstrap = bootstrap;
            s.indicators = indicators;
            s.delivery = delivery;
            s.groupId = groupId;
            s.parallelism = parallelism;
            s.sourceParallelism = sourceParallelism;
            s.outOfOrderness = outOfOrderness;
            s.idleFlush = idleFlush;
            s.idleness = idleness;
            s.allowedLateness = allowedLateness;
            s.waitingOnHeap = waitingOnHeap;
            s.waitingAhead = waitingAhead;
            s.householdsOnHeap = householdsOnHeap;
            s.clockLimit = clockLimit;
            return s;
        }
    }

    private final Settings s;

    private JobConfig(Settings settings) {
        this.s = settings;
    }

    public static JobConfig defaults() {
        Settings s = new Settings();
        s.flink.put("state.backend.type", "rocksdb");
        s.flink.put("execution.checkpointing.incremental", "true");
        s.flink.put("execution.checkpointing.interval", "10s");
        s.flink.put("pipeline.generic-types", "false");
        // no operator changes a record once it has emitted it, so chained operators may share it uncopied
        s.flink.put("pipeline.object-reuse", "true");
        // most state reads look for what is not there yet (a new household, no chain): filters answer them
        s.flink.put("state.backend.rocksdb.use-bloom-filter", "true");
        // a third less state on disk and in every checkpoint than Flink's Snappy, for no more CPU (BENCHMARKS.md)
        s.flink.put("state.backend.rocksdb.compression.per.level", "ZSTD_COMPRESSION");
        // each file's index and filter in partitions: at ten million households the whole blocks no
        // longer fit in the cache's share for them, and reloading them stalled the person stage (BENCHMARKS.md)
        s.flink.put("state.backend.rocksdb.memory.partitioned-index-filters", "true");
        // 16 KiB blocks (RocksDB's default: 4 KiB) give ZSTD more to work with: 264 to 207 bytes per household at 10M
        s.flink.put("state.backend.rocksdb.block.blocksize", "16kb");
        // RocksDB's block cache and write buffers, for the local cluster of replay and bench (BENCHMARKS.md, "Memory")
        s.flink.put("taskmanager.memory.managed.size", "1g");
        return new JobConfig(s);
    }

    /** A copy with some settings changed. */
    public JobConfig with(Consumer<Settings> change) {
        Settings copy = s.copy();
        change.accept(copy);
        delivery(copy.delivery);
        new WaitingBound(copy.waitingOnHeap, copy.waitingAhead);
        HouseholdCache.checkedCapacity(copy.householdsOnHeap);
        if (copy.parallelism < 1 || copy.sourceParallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        return new JobConfig(copy);
    }

    public JobConfig withFlink(String key, String value) {
        return with(c -> c.flink.put(key, value));
    }

    /** The defaults, overridden by a YAML file of the shape of {@code jobs/doudi.yaml}. */
    public static JobConfig load(Path file) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        if (root == null) {
            return defaults();
        }
        JsonNode d = root.path("doudi");
        for (Iterator<String> it = d.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new IOException(file + ": unknown doudi key '" + key + "' (known: " + String.join(", ", KEYS) + ")");
            }
        }
        try {
            return defaults().with(c -> {
                for (Iterator<Map.Entry<String, JsonNode>> it = root.path("flink").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    c.flink.put(entry.getKey(), entry.getValue().asText());
                }
                c.bootstrap = d.path("bootstrap").asText(c.bootstrap);
                c.indicators = d.path("indicators").asText(c.indicators);
                c.delivery = d.path("delivery").asText(c.delivery);
                c.groupId = d.path("groupId").asText(c.groupId);
                c.parallelism = integer(d, "parallelism", c.parallelism);
                c.sourceParallelism = integer(d, "sourceParallelism", c.sourceParallelism);
                c.outOfOrderness = duration(d, "outOfOrderness", c.outOfOrderness);
                c.idleFlush = duration(d, "idleFlush", c.idleFlush);
                c.idleness = duration(d, "idleness", c.idleness);
                c.allowedLateness = duration(d, "allowedLateness", c.allowedLateness);
                c.waitingOnHeap = integer(d, "waitingOnHeap", c.waitingOnHeap);
                c.waitingAhead = duration(d, "waitingAhead", c.waitingAhead);
                c.householdsOnHeap = integer(d, "householdsOnHeap", c.householdsOnHeap);
            });
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static Duration duration(JsonNode node, String key, Duration fallback) {
        if (!node.has(key)) {
            return fallback;
        }
        String text = node.get(key).asText();
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be an ISO-8601 duration such as PT5S or P1D, not '" + text + "'", e);
        }
    }

    /** A whole number, written as one ({@code 4}) or quoted ({@code "4"}); anything else is refused, not defaulted. */
    private static int integer(JsonNode node, String key, int fallback) {
        if (!node.has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (value.canConvertToInt() && value.isIntegralNumber()) {
            return value.intValue();
        }
        try {
            return Integer.parseInt(value.asText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + value.asText() + "'", e);
        }
    }

    public static String delivery(String value) {
        if (!AT_LEAST_ONCE.equals(value) && !EXACTLY_ONCE.equals(value)) {
            throw new IllegalArgumentException("delivery must be " + AT_LEAST_ONCE + " or " + EXACTLY_ONCE + ", not " + value);
        }
        return value;
    }

    public Configuration flinkConfiguration() {
        Configuration configuration = new Configuration();
        s.flink.forEach(configuration::setString);
        return configuration;
    }

    public Map<String, String> flink() {
        return Map.copyOf(s.flink);
    }

    public String bootstrap() {
        return s.bootstrap;
    }

    public String indicators() {
        return s.indicators;
    }

    public String delivery() {
        return s.delivery;
    }

    public String groupId() {
        return s.groupId;
    }

    public int parallelism() {
        return s.parallelism;
    }

    public int sourceParallelism() {
        return s.sourceParallelism;
    }

    public Duration outOfOrderness() {
        return s.outOfOrderness;
    }

    public Duration idleFlush() {
        return s.idleFlush;
    }

    public Duration idleness() {
        return s.idleness;
    }

    public Duration allowedLateness() {
        return s.allowedLateness;
    }

    public WaitingBound waitingBound() {
        return new WaitingBound(s.waitingOnHeap, s.waitingAhead);
    }

    /** Households per keyed subtask kept on the heap as last written (see {@link HouseholdCache}). */
    public int householdsOnHeap() {
        return s.householdsOnHeap;
    }

    public long clockLimit() {
        return s.clockLimit;
    }
}
