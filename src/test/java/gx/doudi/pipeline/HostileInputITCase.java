package gx.doudi.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.event.Topics;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.indicator.IndicatorSetLoader;
import gx.doudi.kafka.EngineUnderTest;
import gx.doudi.kafka.EmbeddedKafka;
import gx.doudi.kafka.EventProducer;
import gx.doudi.kafka.TopicReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated records with more than 10 % hostile ones mixed in (100,000 through replay, and 100,000 more
 * through the job on Kafka): the job keeps running, every bad record is rejected with a reason, and the counts
 * reconcile: records read = processed + rejected.
 */
class HostileInputITCase {
    static final HostileCorpus CORPUS = new HostileCorpus(3, 2_000, 100_000, 0.2);
    /** The job on Kafka takes a mix of its own (another seed), as large. */
    static final HostileCorpus KAFKA_CORPUS = new HostileCorpus(4, 1_000, 100_000, 0.2);

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
                for (HostileCorpus.Line line : KAFKA_CORPUS.lines) {
                    producer.send(line.topic(), line.key(), line.json());
                }
            }
            JobConfig config = JobConfig.defaults().with(c -> {
                c.bootstrap = kafka.bootstrap();
                c.delivery = JobConfig.AT_LEAST_ONCE;
            });
            JobClient job = EngineUnderTest.start(config, indicators, kafka.clientProperties(), "doudi hostile input under test");
            try (TopicReader rejections = new TopicReader(kafka.clientProperties(), List.of(Topics.REJECTED))) {
                int certain = KAFKA_CORPUS.bad - KAFKA_CORPUS.thirtyDaysBehind;
                long total = KAFKA_CORPUS.lines.size();
                List<TopicReader.Read> rejected = rejections.readUntil(seen -> seen.size() >= certain, Duration.ofSeconds(300));
                long processed = processed(job);
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (processed + rejected.size() < total && System.nanoTime() < deadline) {
                    rejected = rejections.readUntil(seen -> false, Duration.ofSeconds(1));
                    processed = processed(job);
                }

                assertThat(job.getJobStatus().get().isGloballyTerminalState()).isFalse();
                assertThat(rejected).hasSizeBetween(certain, KAFKA_CORPUS.bad);
                assertThat(processed + rejected.size()).isEqualTo(KAFKA_CORPUS.lines.size());
                assertThat(rejected).allSatisfy(r -> assertThat(r.value().path("reason").asText()).isNotBlank());
            } finally {
                job.cancel().get();
            }
        }
    }

    /** The job's count of events applied so far. */
    static long processed(JobClient job) throws Exception {
        Map<String, Object> accumulators = job.getAccumulators().get();
        Object count = accumulators.get(HouseholdMonitor.PROCESSED);
        return count == null ? 0 : ((Number) count).longValue();
    }
}
