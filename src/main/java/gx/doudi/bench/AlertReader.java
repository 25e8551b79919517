package gx.doudi.bench;

import gx.doudi.event.Topics;
import gx.doudi.kafka.ReadCommitted;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;

/**
 * Reads {@code doudi.alerts} as the monitoring centre does (read_committed: under exactly-once, an alert
 * exists for its readers once its transaction commits) and tells {@link AlertLatencies} each alert's
 * cause, append time and the moment it was read. It takes the partitions itself, so it needs no group.
 */
final class AlertReader implements AutoCloseable {
    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean running = true;

    AlertReader(Properties client, AlertLatencies latencies) {
        Properties p = ReadCommitted.consumerSettings(client);
        thread = new Thread(() -> read(p, latencies), "bench-alert-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void read(Properties p, AlertLatencies latencies) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ALERTS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running) {
                var records = consumer.poll(Duration.ofMillis(50));
                long seenAt = System.currentTimeMillis();
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    if (r.timestampType() != TimestampType.LOG_APPEND_TIME) {
                        throw new IllegalStateException(Topics.ALERTS + " is not stamped on append: " + r.timestampType());
                    }
                    for (String eventId : AlertLatencies.causedBy(new String(r.value(), StandardCharsets.UTF_8))) {
                        latencies.alertSeen(eventId, r.timestamp(), seenAt);
                    }
                }
            }
        } catch (Throwable t) {
            failure.set(t);
        }
    }

    @Override
    public void close() throws Exception {
        running = false;
        thread.join(30_000);
        Throwable t = failure.get();
        if (t != null) {
            throw new IllegalStateException("the alert reader failed: " + t, t);
        }
    }
}
