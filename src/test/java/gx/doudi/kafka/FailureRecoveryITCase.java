package gx.doudi.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.InjectMiniCluster;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once across failures: the job runs on a MiniCluster with two TaskManagers over a real broker,
 * and TaskManagers are killed several times mid-stream. What a read_committed consumer sees on
 * doudi.alerts, doudi.referrals.* and doudi.chains is identical to a failure-free run of the same events.
 */
class FailureRecoveryITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(2)
            .setNumberSlotsPerTaskManager(2)
            .setConfiguration(clusterConfiguration())
            .build());

    @TempDir
    Path dir;

    static Configuration clusterConfiguration() {
        Configuration c = new Configuration();
        c.setString("taskmanager.memory.managed.size", "128m");
        return c;
    }

    @Test
    void killedTaskManagersLoseAndDuplicateNothing(@InjectMiniCluster MiniCluster cluster) throws Exception {
        IndicatorSet indicators = IndicatorSetLoader.load(Path.of("warning-indicators"));
        List<Generator.Record> records = new ArrayList<>();
        new Generator(21, 300, 8_000, Generator.DEFAULT_START, Duration.ofDays(300), 0.01).forEachRemaining(records::add);
        Path events = dir.resolve("events.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(events, StandardCharsets.UTF_8)) {
            for (Generator.Record r : records) {
                w.write(r.json());
                w.newLine();
            }
        }
        Replay.Summary reference = Replay.run(events, dir.resolve("reference"), indicators,
                JobConfig.defaults().with(c -> c.parallelism = 2), null, new PrintStream(OutputStream.nullOutputStream()));

        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            kafka.createTopics(2);
            JobConfig config = EngineUnderTest.config(kafka).withFlink("execution.checkpointing.interval", "500ms")
                    .withFlink("restart-strategy.type", "fixed-delay")
                    .withFlink("restart-strategy.fixed-delay.attempts", "1000")
                    .withFlink("restart-strategy.fixed-delay.delay", "200ms");
            JobClient job = EngineUnderTest.start(config, indicators, kafka.clientProperties(), "doudi under failures");

            Thread feeder = new Thread(() -> feed(kafka, records), "department-feed");
            feeder.start();
            try {
                for (int kill = 0; kill < 3; kill++) {
                    Thread.sleep(2_500);
                    cluster.terminateTaskManager(kill % 2).get();
                    cluster.startTaskManager();
                }
                feeder.join();

                List<String> topics = new ArrayList<>(Topics.allReferrals());
                topics.add(Topics.ALERTS);
                topics.add(Topics.CHAINS);
                long expected = reference.alerts() + reference.referrals();
                List<TopicReader.Read> out;
                try (TopicReader reader = new TopicReader(kafka.clientProperties(), topics)) {
                    // wait for the chains' final versions, not just their number: a household's last update may come later
                    List<String> referenceChains = Outputs.canonical(Outputs.read(dir.resolve("reference").resolve(Replay.CHAINS)));
                    out = reader.readUntil(seen -> seen.stream().filter(r -> !r.topic().equals(Topics.CHAINS)).count() >= expected
                            && latestChains(seen).size() >= reference.chains()
                            && Outputs.canonical(latestChains(seen).values()).equals(referenceChains), Duration.ofSeconds(240));
                }
                assertThat(Outputs.canonical(values(out, Topics.ALERTS)))
                        .isEqualTo(Outputs.canonical(Outputs.read(dir.resolve("reference").resolve(Replay.ALERTS))));
                assertThat(Outputs.canonical(out.stream().filter(r -> r.topic().startsWith(Topics.REFERRALS_PREFIX))
                        .map(TopicReader.Read::value).toList()))
                        .isEqualTo(Outputs.canonical(Outputs.read(dir.resolve("reference").resolve(Replay.REFERRALS))));
                assertThat(Outputs.canonical(latestChains(out).values()))
                        .isEqualTo(Outputs.canonical(Outputs.read(dir.resolve("reference").resolve(Replay.CHAINS))));
            } finally {
                job.cancel().get();
            }
        }
    }

    /** Departments keep sending while the cluster fails: about 1,000 records a second. */
    static void feed(EmbeddedKafka kafka, List<Generator.Record> records) {
        try (EventProducer producer = new EventProducer(kafka.clientProperties())) {
            for (int i = 0; i < records.size(); i++) {
                producer.send(records.get(i));
                if (i % 100 == 99) {
                    producer.flush();
                    Thread.sleep(100);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static List<JsonNode> values(List<TopicReader.Read> out, String topic) {
        return out.stream().filter(r -> r.topic().equals(topic)).map(TopicReader.Read::value).toList();
    }

    /** What the compacted topic keeps: the latest chain per household. */
    static Map<String, JsonNode> latestChains(List<TopicReader.Read> out) {
        Map<String, JsonNode> latest = new LinkedHashMap<>();
        for (TopicReader.Read r : out) {
            if (r.topic().equals(Topics.CHAINS)) {
                latest.put(r.key(), r.value());
            }
        }
        return latest;
    }
}
