package gx.doudi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.event.Json;
import gx.doudi.event.Times;
import gx.doudi.event.Topics;
import gx.doudi.indicator.IndicatorRelease;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.kafka.CompactedTopic;
import gx.doudi.kafka.EventProducer;
import gx.doudi.kafka.ReadCommitted;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code publish-indicators DIR --bootstrap HOST:PORT}: validates a set, gives it the next version, sends
 * it to doudi.indicators, and waits for the running job's acknowledgement on doudi.indicators.status.
 */
final class PublishCommand {
    private PublishCommand() {}

    static int run(String[] argv, PrintStream out, PrintStream err) throws Exception {
        Args args = new Args(argv, 1, Set.of("bootstrap", "client-properties", "wait"), Set.of());
        Path dir = Path.of(args.positional(0, "DIR"));
        args.atMostPositional(1);
        if (!args.has("bootstrap")) {
            throw new Args.UsageException("missing --bootstrap HOST:PORT");
        }
        IndicatorSet set = Main.indicators(dir.toString());
        Properties client = Main.clientProperties(args);
        client.put("bootstrap.servers", args.get("bootstrap"));

        String current = CompactedTopic.latest(client, Topics.INDICATORS, Topics.CURRENT);
        int published = current == null ? 0 : Json.MAPPER.readTree(current).path("version").asInt();
        int version = Math.max(published, set.version()) + 1;
        IndicatorRelease release = IndicatorRelease.of(dir, version, Times.isoMillis(System.currentTimeMillis()));

        try (KafkaConsumer<byte[], byte[]> acks = statusConsumer(client); EventProducer producer = new EventProducer(client)) {
            producer.send(Topics.INDICATORS, Topics.CURRENT, Json.write(release));
            producer.flush();
            out.printf("published %s as indicator set v%d (%d indicators) to %s%n", dir, version,
                    set.definitions().size(), Topics.INDICATORS);
            JsonNode ack = awaitAck(acks, version, Duration.ofSeconds(args.integer("wait", 30)));
            if (ack == null) {
                out.printf("no acknowledgement on %s within %s s: is the job running?%n", Topics.INDICATORS_STATUS,
                        args.get("wait", "30"));
                return 0;
            }
            if ("active".equals(ack.path("status").asText())) {
                out.printf("the running job switched to v%d at %s%n", version, ack.path("at").asText());
                return 0;
            }
            err.printf("the running job refused v%d and keeps v%d:%n", version, ack.path("runningVersion").asInt());
            ack.path("problems").forEach(p -> err.println("  " + p.asText()));
            return 1;
        }
    }

    /** Positioned at the end of the status topic before the release is sent, so no answer is missed. */
    private static KafkaConsumer<byte[], byte[]> statusConsumer(Properties client) {
        Properties p = ReadCommitted.consumerSettings(client);
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p);
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.INDICATORS_STATUS, Duration.ofSeconds(30)).stream()
                .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static JsonNode awaitAck(KafkaConsumer<byte[], byte[]> consumer, int version, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                JsonNode status = Json.MAPPER.readTree(new String(r.value(), StandardCharsets.UTF_8));
                if (status.path("version").asInt() == version) {
                    return status;
                }
            }
        }
        return null;
    }
}
