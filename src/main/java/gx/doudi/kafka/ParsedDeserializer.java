package gx.doudi.kafka;

import gx.doudi.event.Parsed;
import gx.doudi.event.RawRecord;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Parses each department record as it is read; a bad one becomes a rejection, never an exception. */
public class ParsedDeserializer implements KafkaRecordDeserializationSchema<Parsed> {
    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Parsed> out) {
        String text = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
        out.collect(Parsed.of(new RawRecord(record.topic(), record.partition(), record.offset(), text),
                System.currentTimeMillis()));
    }

    @Override
    public TypeInformation<Parsed> getProducedType() {
        return TypeInformation.of(Parsed.class);
    }
}
