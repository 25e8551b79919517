package gx.doudi.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/** Reads a keyed topic to its current end: the latest value of a key, as a compacted topic keeps it. */
public final class CompactedTopic {
    private CompactedTopic() {}

    /** The latest value under {@code key}, or null if the topic has none. */
    public static String latest(Properties client, String topic, String key) {
        Properties p = ReadCommitted.consumerSettings(client);
        byte[] wanted = key.getBytes(StandardCharsets.UTF_8);
        byte[] found = null;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.key() != null && Arrays.equals(r.key(), wanted)) {
                        found = r.value();
                    }
                }
            }
        }
        return found == null ? null : new String(found, StandardCharsets.UTF_8);
    }
}
