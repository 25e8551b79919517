package gx.doudi.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.event.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * A read_committed consumer for tests: what a department or the monitoring centre would see. It joins a
 * fresh group of its own unless the client settings name one (a department's must start with its name).
 */
public final class TopicReader implements AutoCloseable {
    /** One record as read: its topic, key and JSON value. */
    public record Read(String topic, String key, JsonNode value) {}

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<Read> seen = new ArrayList<>();

    public TopicReader(Properties client, Collection<String> topics) {
        Properties p = new Properties();
        p.putAll(client);
        p.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumer = new KafkaConsumer<>(p);
        consumer.subscribe(topics);
    }

    /** Reads until {@code done} holds for everything read so far, or {@code limit} passes. */
    public List<Read> readUntil(Predicate<List<Read>> done, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.test(seen) && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                try {
                    seen.add(new Read(r.topic(), r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8),
                            Json.MAPPER.readTree(r.value())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
