package gx.doudi.kafka;

import gx.doudi.alert.Alert;
import gx.doudi.alert.Referral;
import gx.doudi.event.Parsed;
import gx.doudi.event.Rejected;
import gx.doudi.event.Topics;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.pipeline.DoudiTopology;
import gx.doudi.pipeline.JobConfig;
import gx.doudi.referral.Chain;
import java.util.Properties;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.function.SerializableFunction;

/** {@code run}: the topology between the department topics and the engine's output topics. */
public final class KafkaDriver {
    /** Below the broker's default transaction.max.timeout.ms (15 min). */
    static final String TRANSACTION_TIMEOUT_MS = "600000";

    private KafkaDriver() {}

    public static void wire(StreamExecutionEnvironment env, IndicatorSet indicators, JobConfig config, Properties client) {
        KafkaSource<Parsed> source = KafkaSource.<Parsed>builder()
                .setBootstrapServers(config.bootstrap())
                .setTopics(Topics.allEvents())
                .setGroupId(config.groupId())
                .setStartingOffsets(OffsetsInitializer.committedOffsets(
                        org.apache.kafka.clients.consumer.OffsetResetStrategy.EARLIEST))
                .setDeserializer(new ParsedDeserializer())
                .setProperties(client)
                .setProperty("isolation.level", "read_committed")
                .build();
        KafkaSource<String> releases = KafkaSource.<String>builder()
                .setBootstrapServers(config.bootstrap())
                .setTopics(Topics.INDICATORS)
                .setGroupId(config.groupId() + "-indicators")
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setValueOnlyDeserializer(new SimpleStringSchema())
                .setProperties(client)
                .build();
        DoudiTopology.Outputs out = DoudiTopology.build(env, new DoudiTopology.Input(source, config.sourceParallelism(), false), indicators,
                releases, config);
        sink(out.alerts(), "alerts", a -> Topics.ALERTS, Alert::householdId, config, client);
        sink(out.referrals(), "referrals", r -> Topics.referrals(r.department()), Referral::householdId, config, client);
        sink(out.chains(), "chains", c -> Topics.CHAINS, Chain::householdId, config, client);
        sink(out.indicatorStatus(), "indicator-status", s -> Topics.INDICATORS_STATUS, s -> String.valueOf(s.version()),
                config, client);
        sink(out.rejected(), "rejected", r -> Topics.REJECTED, Rejected::key, config, client);
    }

    private static <T> void sink(DataStream<T> stream, String name, SerializableFunction<T, String> topic,
                                 SerializableFunction<T, String> key, JobConfig config, Properties client) {
        boolean exactlyOnce = JobConfig.EXACTLY_ONCE.equals(config.delivery());
        Properties producer = new Properties();
        producer.putAll(client);
        producer.setProperty("transaction.timeout.ms", TRANSACTION_TIMEOUT_MS);
        KafkaSink<T> sink = KafkaSink.<T>builder()
                .setBootstrapServers(config.bootstrap())
                .setRecordSerializer(new JsonRecordSerializer<>(topic, key))
                .setDeliveryGuarantee(exactlyOnce ? DeliveryGuarantee.EXACTLY_ONCE : DeliveryGuarantee.AT_LEAST_ONCE)
                .setTransactionalIdPrefix(config.groupId() + "-" + name)
                .setKafkaProducerConfig(producer)
                .build();
        stream.sinkTo(sink).uid(name + "-sink").name(name + " to Kafka");
    }
}
