package gx.doudi.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.event.Topics;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.indicator.IndicatorSetLoader;
import gx.doudi.kafka.EmbeddedKafka;
import gx.doudi.kafka.EventProducer;
import gx.doudi.kafka.KafkaDriver;
import gx.doudi.kafka.TopicReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 generated records with more than 10 % hostile ones mixed in: the job keeps running, every bad
 * record is rejected with a reason, and the counts reconcile: records read = processed + rejected.
 */
class HostileInputITCase {
    static final HostileCorpus CORPUS = new HostileCorpus(3, 2_000, 100_000, 0.2);

    @TempDir
    static Path dir;
    static IndicatorSet indicators;

    @BeforeAll
    static void load() throws Exception {
        indicators = IndicatorSetLoader.load(Path.of("warning-indicators"));
        assertThat(CORPUS.lines.size()).isGreaterThan(110_000);
        assertThat((double) CORPUS.bad / CORPUS.lines.size()).isGreaterThan(0.10);
    }

    @Test
    void replayRejectsEveryBadRecordAndAccountsForEveryLine() throws Exception {
        Path events = dir.resolve("hostile.jsonl");
        Files.write(events, CORPUS.lines.stream().map(HostileCorpus.Line::json).toList());
        Replay.Summary s = Replay.run(events, dir.resolve("out"), indicators, JobConfig.defaults(), null,
                new PrintStream(OutputStream.nullOutputStream()));

        assertThat(s.records()).isEqualTo(CORPUS.lines.size());
        assertThat(s.rejected()).isEqualTo(CORPUS.bad);
        assertThat(s.processed() + s.rejected()).isEqualTo(s.records());
        List<JsonNode> rejected = gx.doudi.pipeline.Outputs.read(dir.resolve("out").resolve(Replay.REJECTED));
        assertThat(rejected).allSatisfy(r -> assertThat(r.path("reason").asText()).isNotBlank());
        assertThat(rejected).extracting(r -> r.path("reason").asText().replaceAll("[:(].*", ""))
                .contains("malformed JSON", "too-large", "invalid personId", "invalid occurredAt", "duplicate",
                        "too-late", "unknown type", "missing field", "invalid payload.annualIncome");
        assertThat(s.alerts()).isPositive();
    }

    @Test
    void theJobOnKafkaKeepsRunningRejectsEveryBadRecordAndAccountsForEveryRecord() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            kafka.createTopics(2);
            try (EventProducer producer = new EventProducer(kafka.clientProperties())) {
                for (HostileCorpus.Line line : CORPUS.lines) {
                    producer.send(line.topic(), line.key(), line.json());
                }
            }
            JobConfig config = JobConfig.defaults().with(c -> {
                c.bootstrap = kafka.bootstrap();
                c.delivery = JobConfig.AT_LEAST_ONCE;
            });
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config.flinkConfiguration());
            env.setParallelism(config.parallelism());
            KafkaDriver.wire(env, indicators, config, kafka.clientProperties());
            JobClient job = env.executeAsync("doudi hostile input under test");
            try (TopicReader rejections = new TopicReader(kafka.clientProperties(), List.of(Topics.REJECTED))) {
                List<TopicReader.Read> rejected = rejections.readUntil(seen -> seen.size() >= CORPUS.bad, Duration.ofSeconds(480));
                long processed = processed(job, CORPUS.lines.size() - rejected.size());

                assertThat(job.getJobStatus().get().isGloballyTerminalState()).isFalse();
                assertThat(rejected).hasSize(CORPUS.bad);
                assertThat(processed + rejected.size()).isEqualTo(CORPUS.lines.size());
                assertThat(rejected).allSatisfy(r -> assertThat(r.value().path("reason").asText()).isNotBlank());
            } finally {
                job.cancel().get();
            }
        }
    }

    /** The job's count of events applied, once it reaches {@code expected} (or a bounded wait ends). */
    static long processed(JobClient job, long expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        long processed = 0;
        while (processed < expected && System.nanoTime() < deadline) {
            Map<String, Object> accumulators = job.getAccumulators().get();
            Object count = accumulators.get(HouseholdMonitor.PROCESSED);
            processed = count == null ? 0 : ((Number) count).longValue();
            Thread.sleep(500);
        }
        return processed;
    }
}
