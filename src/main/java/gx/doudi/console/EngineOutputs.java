package gx.doudi.console;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.event.Json;
import gx.doudi.event.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows what the engine writes for the console, from the beginning of each topic: {@code doudi.alerts},
 * every {@code doudi.referrals.*} channel and {@code doudi.chains}; committed records only, since the
 * engine writes in transactions. Each record goes to its board.
 */
final class EngineOutputs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EngineOutputs.class);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final AlertBoard alerts;
    private final ReferralBoard referrals;
    private final ChainBoard chains;
    private final Thread thread;
    private volatile boolean running = true;

    EngineOutputs(Properties client, AlertBoard alerts, ReferralBoard referrals, ChainBoard chains) {
        this.alerts = alerts;
        this.referrals = referrals;
        this.chains = chains;
        Properties p = new Properties();
        p.putAll(client);
        // A group of its own, never committed: every console start reads the topics whole.
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "doudi-console-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumer = new KafkaConsumer<>(p);
        List<String> topics = new ArrayList<>(Topics.allReferrals());
        topics.add(Topics.ALERTS);
        topics.add(Topics.CHAINS);
        consumer.subscribe(topics);
        thread = new Thread(this::follow, "console-engine-outputs");
        thread.setDaemon(true);
        thread.start();
    }

    private void follow() {
        try {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(300))) {
                    take(r);
                }
            }
        } catch (WakeupException | InterruptException stopped) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void take(ConsumerRecord<byte[], byte[]> r) {
        String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
        if (Topics.CHAINS.equals(r.topic()) && r.value() == null) {
            if (key != null) {
                chains.put(key, null);
            }
            return;
        }
        JsonNode value = parse(r);
        if (value == null) {
            return;
        }
        boolean taken;
        if (Topics.ALERTS.equals(r.topic())) {
            taken = alerts.add(value);
        } else if (Topics.CHAINS.equals(r.topic())) {
            String household = value.path("householdId").asText(key);
            taken = household != null;
            if (taken) {
                chains.put(household, value.toString());
                referrals.absorb(value);
            }
        } else {
            taken = referrals.add(value);
        }
        if (!taken) {
            LOG.warn("{} offset {}: not a record the console understands; skipped", r.topic(), r.offset());
        }
    }

    private static JsonNode parse(ConsumerRecord<byte[], byte[]> r) {
        try {
            return r.value() == null ? null : Json.MAPPER.readTree(r.value());
        } catch (IOException e) {
            LOG.warn("{} offset {}: not JSON; skipped", r.topic(), r.offset());
            return null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5000);
    }
}
