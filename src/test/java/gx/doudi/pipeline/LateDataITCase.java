package gx.doudi.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.generate.Generator;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.indicator.IndicatorSetLoader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Late and out-of-order data: applied within the allowed lateness, rejected as too-late beyond it, never dropped. */
class LateDataITCase {
    static final String HOUSEHOLD = "450102-00000777";
    static final String HEAD = TestEvents.person("45010219800101777");

    @TempDir
    static Path dir;
    static IndicatorSet indicators;

    @BeforeAll
    static void load() throws Exception {
        indicators = IndicatorSetLoader.load(Path.of("warning-indicators"));
    }

    static Replay.Summary replay(List<String> lines, String name, JobConfig config) throws Exception {
        Path events = dir.resolve(name + ".jsonl");
        Files.write(events, lines);
        return Replay.run(events, dir.resolve(name), indicators, config, null, new PrintStream(OutputStream.nullOutputStream()));
    }

    @Test
    void aBatchDaysLateCountsInTheRollingWindowAndOneBeyondTheLatenessIsRejectedAsTooLate() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(("{\"eventId\":\"ca-1\",\"source\":\"civil-affairs\",\"type\":\"household.registered\",\"occurredAt\":"
                + "\"2025-03-01T08:00:00+08:00\",\"householdId\":\"%s\",\"region\":\"450102\",\"payload\":{\"residence\":\"urban\","
                + "\"members\":[{\"personId\":\"%s\",\"relation\":\"head\",\"birthDate\":\"1980-01-01\",\"mainEarner\":true}]}}")
                .formatted(HOUSEHOLD, HEAD));
        lines.add(income("ca-2", "2025-03-01T09:00:00+08:00", 30_000));
        lines.add(expense("ms-1", "2025-03-02T10:00:00+08:00", 5_000));
        // the rest of the province moves the clock on to 10 March
        for (int hour = 0; hour < 24 * 8; hour++) {
            lines.add(income("ca-clock-" + hour, TestEvents.iso(TestEvents.at("2025-03-02T12:00:00+08:00") + hour * 3_600_000L),
                    30_000).replace(HOUSEHOLD, "450102-00000001"));
        }
        // medical security's batch of 5 March arrives five days late: within the allowed lateness (7 days)
        lines.add(expense("ms-2", "2025-03-05T10:00:00+08:00", 3_000));
        lines.add(expense("ms-3", "2025-03-05T11:00:00+08:00", 2_000));
        // one from 20 February arrives 18 days late: beyond it
        lines.add(expense("ms-4", "2025-02-20T10:00:00+08:00", 9_000));

        Replay.Summary s = replay(lines, "late", JobConfig.defaults());

        List<JsonNode> burden = Outputs.read(dir.resolve("late").resolve(Replay.ALERTS)).stream()
                .filter(a -> a.path("householdId").asText().equals(HOUSEHOLD) && a.path("indicator").asText().equals("medical-burden"))
                .toList();
        assertThat(burden).singleElement().satisfies(a -> {
            assertThat(a.path("grade").asText()).isEqualTo("yellow");
            assertThat(a.path("evidence").path("outOfPocket12m").asDouble()).isEqualTo(10_000.0);
            assertThat(a.path("causedBy").get(0).asText()).isEqualTo("ms-3");
        });
        List<JsonNode> rejected = Outputs.read(dir.resolve("late").resolve(Replay.REJECTED));
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.path("reason").asText()).startsWith("too-late");
            assertThat(r.path("raw").asText()).contains("ms-4");
        });
        assertThat(s.processed() + s.rejected()).isEqualTo(s.records());
    }

    @Test
    void shuffledInputGivesTheSameAlertsAsOrderedInputWhenTheOutOfOrdernessCoversTheShuffle() throws Exception {
        List<String> ordered = new ArrayList<>();
        new Generator(5, 200, 5_000, Generator.DEFAULT_START, Duration.ofDays(300), 0).forEachRemaining(r -> ordered.add(r.json()));
        // each department's batch arrives in its own order: lines shuffled within runs of 40 (up to ~2.5 days)
        List<String> shuffled = new ArrayList<>();
        Random random = new Random(5);
        for (int i = 0; i < ordered.size(); i += 40) {
            List<String> run = new ArrayList<>(ordered.subList(i, Math.min(ordered.size(), i + 40)));
            Collections.shuffle(run, random);
            shuffled.addAll(run);
        }
        assertThat(shuffled).isNotEqualTo(ordered);

        replay(ordered, "ordered", JobConfig.defaults());
        replay(shuffled, "shuffled", JobConfig.defaults().with(c -> c.outOfOrderness = Duration.ofDays(3)));

        for (String file : List.of(Replay.ALERTS, Replay.REFERRALS, Replay.CHAINS)) {
            assertThat(Outputs.canonical(Outputs.read(dir.resolve("shuffled").resolve(file))))
                    .as(file).isEqualTo(Outputs.canonical(Outputs.read(dir.resolve("ordered").resolve(file))));
        }
    }

    static String income(String id, String at, int annual) {
        return "{\"eventId\":\"%s\",\"source\":\"civil-affairs\",\"type\":\"household.income.assessed\",\"occurredAt\":\"%s\",\"householdId\":\"%s\",\"payload\":{\"annualIncome\":%d}}"
                .formatted(id, at, HOUSEHOLD, annual);
    }

    static String expense(String id, String at, int outOfPocket) {
        return ("{\"eventId\":\"%s\",\"source\":\"medical-security\",\"type\":\"medical.expense.settled\",\"occurredAt\":\"%s\","
                + "\"householdId\":\"%s\",\"payload\":{\"total\":%d,\"reimbursed\":%d,\"outOfPocket\":%d,\"inpatient\":false}}")
                .formatted(id, at, HOUSEHOLD, outOfPocket * 2, outOfPocket, outOfPocket);
    }
}
