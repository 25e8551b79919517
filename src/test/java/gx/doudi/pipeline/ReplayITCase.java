package gx.doudi.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.event.PersonIds;
import gx.doudi.generate.Generator;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.indicator.IndicatorSetLoader;
import java.io.BufferedWriter;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replay} on a local Flink cluster with RocksDB: the same events give the same alerts at any parallelism. */
class ReplayITCase {
    @TempDir
    static Path dir;
    static Path events;
    static IndicatorSet indicators;

    @BeforeAll
    static void generate() throws Exception {
        events = dir.resolve("events.jsonl");
        writeEvents(events, new Generator(7, 400, 8_000, Generator.DEFAULT_START, Duration.ofDays(365), 0.01));
        indicators = IndicatorSetLoader.load(Path.of("warning-indicators"));
    }

    static void writeEvents(Path file, Generator generator) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (generator.hasNext()) {
                w.write(generator.next().json());
                w.newLine();
            }
        }
    }

    static Replay.Summary replay(Path out, int parallelism) throws Exception {
        return replay(out, JobConfig.defaults().with(c -> c.parallelism = parallelism));
    }

    static Replay.Summary replay(Path out, JobConfig config) throws Exception {
        return Replay.run(events, out, indicators, config, null, new PrintStream(OutputStream.nullOutputStream()));
    }

    @Test
    void parallelismOneAndFourGiveTheSameAlertsReferralsAndRejections() throws Exception {
        Replay.Summary one = replay(dir.resolve("p1"), 1);
        Replay.Summary four = replay(dir.resolve("p4"), 4);

        List<JsonNode> alerts = Outputs.read(dir.resolve("p1").resolve(Replay.ALERTS));
        assertThat(alerts).hasSizeGreaterThan(100);
        assertThat(one.alerts()).isEqualTo(four.alerts());
        for (String file : List.of(Replay.ALERTS, Replay.REFERRALS, Replay.REJECTED)) {
            assertThat(Outputs.canonical(Outputs.read(dir.resolve("p4").resolve(file))))
                    .as(file).isEqualTo(Outputs.canonical(Outputs.read(dir.resolve("p1").resolve(file))));
        }
    }

    @Test
    void eventsThatWaitInRocksDbInsteadOfOnTheHeapGiveTheSameOutputs() throws Exception {
        Replay.Summary heap = replay(dir.resolve("heap"), 2);
        // no event waits on the heap: every one the watermark has not passed waits in RocksDB
        Replay.Summary rocks = replay(dir.resolve("rocks"), JobConfig.defaults().with(c -> {
            c.parallelism = 2;
            c.waitingOnHeap = 0;
            c.waitingAhead = Duration.ZERO;
        }));

        assertThat(rocks.alerts()).isEqualTo(heap.alerts()).isGreaterThan(100);
        for (String file : List.of(Replay.ALERTS, Replay.REFERRALS, Replay.REJECTED, Replay.CHAINS)) {
            assertThat(Outputs.canonical(Outputs.read(dir.resolve("rocks").resolve(file))))
                    .as(file).isEqualTo(Outputs.canonical(Outputs.read(dir.resolve("heap").resolve(file))));
        }
    }

    @Test
    void householdsKeptOnTheHeapGiveTheSameOutputsAsHouseholdsReadFromRocksDbEveryRound() throws Exception {
        // every round reads its household from RocksDB
        Replay.Summary read = replay(dir.resolve("read"), JobConfig.defaults().with(c -> {
            c.parallelism = 2;
            c.householdsOnHeap = 0;
        }));
        // 20 of the 400 households per subtask stay on the heap: hits, evictions and reads again all happen
        Replay.Summary kept = replay(dir.resolve("kept"), JobConfig.defaults().with(c -> {
            c.parallelism = 2;
            c.householdsOnHeap = 20;
        }));

        assertThat(kept.alerts()).isEqualTo(read.alerts()).isGreaterThan(100);
        for (String file : List.of(Replay.ALERTS, Replay.REFERRALS, Replay.REJECTED, Replay.CHAINS)) {
            assertThat(Outputs.canonical(Outputs.read(dir.resolve("kept").resolve(file))))
                    .as(file).isEqualTo(Outputs.canonical(Outputs.read(dir.resolve("read").resolve(file))));
        }
    }

    @Test
    void everyLineReadIsEitherProcessedOrRejectedWithAReason() throws Exception {
        Path out = dir.resolve("reconcile");
        replay(out, 2);
        List<JsonNode> rejected = Outputs.read(out.resolve(Replay.REJECTED));
        // 1% of the generated records are bad on purpose
        assertThat(rejected).hasSizeBetween(40, 200);
        assertThat(rejected).allSatisfy(r -> {
            assertThat(r.path("reason").asText()).isNotBlank();
            assertThat(r.path("raw").asText()).isNotBlank();
            assertThat(r.path("topic").asText()).isEqualTo("events.jsonl");
            assertThat(r.path("offset").asLong()).isPositive();
        });
    }

    @Test
    void householdsOfOneWhoseMaskedIdsAreTheSameKeepAChainEach() throws Exception {
        // two people of Nanning whose ids differ only where the mask hides them: both show as 4501**********dddd
        String first = TestEvents.person("45010219800101123");
        String second = null;
        for (int day = 2; second == null; day++) {
            String candidate = TestEvents.person("450103198001%02d123".formatted(day));
            second = candidate.endsWith(first.substring(14)) ? candidate : null;
        }
        assertThat(PersonIds.mask(second)).isEqualTo(PersonIds.mask(first));
        Path file = dir.resolve("look-alike.jsonl");
        Files.write(file, List.of(
                TestEvents.accident("em-1", first, "2025-03-01T10:00:00+08:00", 2).replace("\n", ""),
                TestEvents.accident("em-2", second, "2025-03-02T10:00:00+08:00", 2).replace("\n", "")));
        Path out = dir.resolve("look-alike");
        Replay.run(file, out, indicators, JobConfig.defaults().with(c -> c.parallelism = 2), null,
                new PrintStream(OutputStream.nullOutputStream()));

        List<JsonNode> chains = Outputs.read(out.resolve(Replay.CHAINS));
        assertThat(chains).as("one chain per household, not per masked id").hasSize(2)
                .allSatisfy(c -> assertThat(c.path("householdId").asText()).isEqualTo("person:" + PersonIds.mask(first)));
        assertThat(chains).extracting(c -> c.path("entries").path(0).path("alertId").asText()).doesNotHaveDuplicates();
    }
}
