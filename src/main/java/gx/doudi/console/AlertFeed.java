package gx.doudi.console;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.event.Json;
import gx.doudi.event.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Follows {@code doudi.alerts} (read_committed) and keeps the latest alerts and counts by grade, type and
 * status: what the demo's console lines and its live page show.
 */
public final class AlertFeed implements AutoCloseable {
    private static final int KEEP = 500;

    private final Thread thread;
    private final Deque<String> latest = new ArrayDeque<>();
    private final Map<String, Long> counts = new TreeMap<>();
    private volatile boolean running = true;

    public AlertFeed(Properties client) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "doudi-feed-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        thread = new Thread(() -> follow(p), "alert-feed");
        thread.setDaemon(true);
        thread.start();
    }

    private void follow(Properties p) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(Topics.ALERTS));
            while (running) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    add(new String(r.value(), StandardCharsets.UTF_8));
                }
            }
        } catch (org.apache.kafka.common.errors.InterruptException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void add(String json) {
        latest.addFirst(json);
        if (latest.size() > KEEP) {
            latest.removeLast();
        }
        try {
            JsonNode a = Json.MAPPER.readTree(json);
            counts.merge("status " + a.path("status").asText(), 1L, Long::sum);
            if ("raised".equals(a.path("status").asText())) {
                counts.merge("grade " + a.path("grade").asText(), 1L, Long::sum);
                for (JsonNode t : a.path("types")) {
                    counts.merge("type " + t.asText(), 1L, Long::sum);
                }
            }
        } catch (java.io.IOException ignored) {
            // the engine writes valid JSON; a foreign record is shown but not counted
        }
    }

    /** The newest alerts first, as JSON texts. */
    public synchronized List<String> latest(int n) {
        return new ArrayList<>(latest).subList(0, Math.min(n, latest.size()));
    }

    public synchronized Map<String, Long> counts() {
        return new TreeMap<>(counts);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5000);
    }
}
