package gx.doudi.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.event.PersonIds;
import gx.doudi.event.Topics;
import gx.doudi.generate.Generator;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.indicator.IndicatorSetLoader;
import gx.doudi.pipeline.JobConfig;
import gx.doudi.pipeline.Outputs;
import gx.doudi.pipeline.Replay;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} on a real embedded Kafka broker and a local Flink cluster with RocksDB: department events
 * in, alerts, referrals and rejections out on the contract's topics, the same as {@code replay} gives.
 */
class KafkaRunITCase {
    /** A person no household lists, in 南宁 兴宁区: an accident with an injury is sudden hardship. */
    static final String STRANGER = person("45010219900101001");
    static final String ACCIDENT = """
            {"eventId":"em-test-1","source":"emergency","type":"accident.reported","occurredAt":"2025-12-31T10:00:00+08:00",
             "personId":"%s","region":"450102","payload":{"kind":"traffic","injured":1,"died":0}}""".formatted(STRANGER);
    static final String WRONG_SOURCE = """
            {"eventId":"he-test-1","source":"health","type":"illness.diagnosed","occurredAt":"2025-12-31T10:00:00+08:00",
             "personId":"%s","region":"450102","payload":{"severity":"major","disease":"C34.9"}}""".formatted(STRANGER);

    @TempDir
    static Path dir;
    static EmbeddedKafka kafka;
    static JobClient job;
    static Path events;
    static Replay.Summary replayed;
    static List<TopicReader.Read> output;

    @BeforeAll
    static void runBothDrivers() throws Exception {
        IndicatorSet indicators = IndicatorSetLoader.load(Path.of("warning-indicators"));
        events = dir.resolve("events.jsonl");
        List<Generator.Record> records = new ArrayList<>();
        Generator generator = new Generator(11, 300, 6_000, Generator.DEFAULT_START, Duration.ofDays(360), 0.01);
        generator.forEachRemaining(records::add);
        try (BufferedWriter w = Files.newBufferedWriter(events, StandardCharsets.UTF_8)) {
            for (Generator.Record r : records) {
                w.write(r.json());
                w.newLine();
            }
            w.write(ACCIDENT.replace("\n", ""));
            w.newLine();
        }
        replayed = Replay.run(events, dir.resolve("replay"), indicators, JobConfig.defaults().with(c -> c.parallelism = 2), null,
                new PrintStream(OutputStream.nullOutputStream()));

        kafka = EmbeddedKafka.start();
        kafka.createTopics(2);
        try (EventProducer producer = new EventProducer(kafka.clientProperties())) {
            records.forEach(producer::send);
            producer.send(Topics.events("emergency"), STRANGER, ACCIDENT);
            producer.send(Topics.events("education"), STRANGER, WRONG_SOURCE);
        }
        job = EngineUnderTest.start(EngineUnderTest.config(kafka), indicators, kafka.clientProperties(), "doudi under test");

        List<String> topics = new ArrayList<>(Topics.allReferrals());
        topics.add(Topics.ALERTS);
        topics.add(Topics.REJECTED);
        topics.add(Topics.CHAINS);
        topics.add(Topics.INDICATORS_STATUS);
        long expected = replayed.alerts() + replayed.referrals() + replayed.rejected() + 1;
        try (TopicReader reader = new TopicReader(kafka.clientProperties(), topics)) {
            output = reader.readUntil(seen -> seen.stream().filter(r -> !r.topic().equals(Topics.CHAINS)).count() >= expected,
                    Duration.ofSeconds(180));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        EngineUnderTest.stop(job, kafka);
    }

    @Test
    void runGivesTheSameAlertsAndReferralsAsReplay() {
        assertThat(Outputs.canonical(values(Topics.ALERTS)))
                .isEqualTo(Outputs.canonical(Outputs.read(dir.resolve("replay").resolve(Replay.ALERTS))));
        List<JsonNode> referrals = new ArrayList<>();
        for (String t : Topics.allReferrals()) {
            referrals.addAll(values(t));
        }
        assertThat(Outputs.canonical(referrals))
                .isEqualTo(Outputs.canonical(Outputs.read(dir.resolve("replay").resolve(Replay.REFERRALS))));
    }

    @Test
    void eachReferralIsOnItsOwnDepartmentsTopicWithFullIdsAndAlertsAreMasked() {
        for (TopicReader.Read r : output) {
            if (r.topic().startsWith(Topics.REFERRALS_PREFIX)) {
                assertThat(r.topic()).isEqualTo(Topics.referrals(r.value().path("department").asText()));
                assertThat(r.key()).isEqualTo(r.value().path("householdId").asText());
            }
        }
        JsonNode alert = output.stream()
                .filter(r -> r.topic().equals(Topics.ALERTS) && r.value().path("causedBy").toString().contains("em-test-1"))
                .map(TopicReader.Read::value).findFirst().orElseThrow();
        assertThat(alert.path("indicator").asText()).isEqualTo("sudden-hardship");
        assertThat(alert.path("grade").asText()).isEqualTo("red");
        assertThat(alert.path("householdId").asText()).isEqualTo("person:" + PersonIds.mask(STRANGER));
        assertThat(alert.path("subjects").get(0).asText()).isEqualTo(PersonIds.mask(STRANGER));
        assertThat(alert.toString()).doesNotContain(STRANGER);

        List<JsonNode> referrals = output.stream()
                .filter(r -> r.value().path("alertId").asText().equals(alert.path("alertId").asText())
                        && r.topic().startsWith(Topics.REFERRALS_PREFIX))
                .map(TopicReader.Read::value).toList();
        assertThat(referrals).singleElement().satisfies(r -> {
            assertThat(r.path("department").asText()).isEqualTo("civil-affairs");
            assertThat(r.path("subjects").get(0).asText()).isEqualTo(STRANGER);
            assertThat(r.path("dueBy").asText()).isEqualTo("2026-01-03T10:00:00+08:00");
        });
    }

    @Test
    void badRecordsLandOnRejectedWithTheirReasonAndRawText() {
        List<JsonNode> rejected = values(Topics.REJECTED);
        assertThat(rejected).hasSize((int) replayed.rejected() + 1);
        assertThat(rejected).anySatisfy(r -> {
            assertThat(r.path("reason").asText()).isEqualTo("source health does not match topic doudi.events.education");
            assertThat(r.path("topic").asText()).isEqualTo("doudi.events.education");
            assertThat(r.path("raw").asText()).contains("he-test-1");
        });
        List<String> fromKafka = rejected.stream().map(r -> r.path("reason").asText()).sorted().toList();
        List<String> fromFile = new ArrayList<>(Outputs.read(dir.resolve("replay").resolve(Replay.REJECTED)).stream()
                .map(r -> r.path("reason").asText()).toList());
        fromFile.add("source health does not match topic doudi.events.education");
        assertThat(fromKafka).isEqualTo(fromFile.stream().sorted().toList());
    }

    @Test
    void noFullIdentityNumberLeavesTheEngineExceptInADepartmentsReferrals() {
        java.util.regex.Pattern fullId = java.util.regex.Pattern.compile("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");
        assertThat(output).filteredOn(r -> r.topic().equals(Topics.CHAINS)).isNotEmpty();
        assertThat(output).filteredOn(r -> r.topic().equals(Topics.REJECTED)).isNotEmpty();
        for (TopicReader.Read r : output) {
            if (!r.topic().startsWith(Topics.REFERRALS_PREFIX)) {
                assertThat(fullId.matcher(r.value().toString()).find()).as(r.topic() + ": " + r.value()).isFalse();
                assertThat(r.key() == null || !fullId.matcher(r.key()).find()).as(r.topic() + " key " + r.key()).isTrue();
            }
        }
        assertThat(output).filteredOn(r -> r.topic().startsWith(Topics.REFERRALS_PREFIX))
                .anySatisfy(r -> assertThat(fullId.matcher(r.value().toString()).find()).isTrue());
    }

    static List<JsonNode> values(String topic) {
        return output.stream().filter(r -> r.topic().equals(topic)).map(TopicReader.Read::value).toList();
    }

    static String person(String first17) {
        return first17 + gx.doudi.event.PersonIds.checkChar(first17);
    }
}
