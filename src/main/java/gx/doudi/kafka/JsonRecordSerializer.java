package gx.doudi.kafka;

import gx.doudi.event.Json;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.util.function.SerializableFunction;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Writes a record as UTF-8 JSON to the topic and with the key that the contract gives it. */
public class JsonRecordSerializer<T> implements KafkaRecordSerializationSchema<T> {
    private final SerializableFunction<T, String> topic;
    private final SerializableFunction<T, String> key;

    public JsonRecordSerializer(SerializableFunction<T, String> topic, SerializableFunction<T, String> key) {
        this.topic = topic;
        this.key = key;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(T element, KafkaSinkContext context, Long timestamp) {
        // the record's Kafka timestamp is when it was written; event time stays inside the document
        return new ProducerRecord<>(topic.apply(element), null, null,
                key.apply(element).getBytes(StandardCharsets.UTF_8),
                Json.write(element).getBytes(StandardCharsets.UTF_8));
    }
}
