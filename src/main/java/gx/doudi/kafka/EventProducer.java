package gx.doudi.kafka;

import gx.doudi.generate.Generator;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Sends department records to their events topics, as a department's system would. */
public final class EventProducer implements AutoCloseable {
    private final KafkaProducer<byte[], byte[]> producer;

    public EventProducer(Properties client) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(p);
    }

    public void send(Generator.Record r) {
        send(r.topic(), r.key(), r.json());
    }

    public void send(String topic, String key, String json) {
        send(topic, key, json, null);
    }

    /** Sends one record; {@code appended} is told its metadata (offset, broker timestamp) or the failure. */
    public void send(String topic, String key, String json, Callback appended) {
        producer.send(new ProducerRecord<>(topic, key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                json.getBytes(StandardCharsets.UTF_8)), appended);
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
