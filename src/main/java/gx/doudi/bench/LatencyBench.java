package gx.doudi.bench;

import gx.doudi.indicator.IndicatorSet;
import gx.doudi.pipeline.JobConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * {@code bench latency}: Kafka end-to-end latency at steady offered rates, in each delivery mode, and the
 * highest rate the engine keeps up with, found by doubling the rate and then bisecting. Every measurement
 * is a fresh broker and engine ({@link KafkaLatencyRun}); each fixed rate is measured {@code runs} times
 * and reported as medians, each step of the search once.
 */
public final class LatencyBench {
    /** "max" among the rates: search for the highest rate kept up with. */
    public static final String MAX = "max";
    /** Measurements the search may add in each delivery mode, to keep the whole run bounded. */
    static final int SEARCH_STEPS = 3;

    /** What to measure. */
    public record Settings(List<Integer> rates, boolean searchMax, List<String> deliveries, int warmUpSeconds,
                           int seconds, int runs, int households, long seed) {}

    /** One table row: one offered rate in one delivery mode, medians over its runs. */
    public record Row(int households, String delivery, String checkpointInterval, Duration outOfOrderness, int offered, boolean highest, int runs,
                      double achievedPerSecond, boolean keptUp, long lagGrowth, long events, LatencySummary toAppend,
                      LatencySummary toVisible) {}

    private LatencyBench() {}

    public static List<Row> run(Settings s, IndicatorSet indicators, JobConfig config, PrintStream progress)
            throws Exception {
        KafkaLatencyRun.Plan plan = new KafkaLatencyRun.Plan(s.warmUpSeconds(), s.seconds(), s.households());
        GeneratedEvents events = new GeneratedEvents(s.seed(), s.households());
        List<Row> rows = new ArrayList<>();
        for (String delivery : s.deliveries()) {
            String checkpoints = KafkaLatencyRun.checkpointInterval(config, delivery);
            Map<Integer, List<KafkaLatencyRun.Measurement>> measured = new LinkedHashMap<>();
            RateSearch search = new RateSearch(1_000, SEARCH_STEPS);
            for (int rate : s.rates()) {
                for (int run = 1; run <= s.runs(); run++) {
                    measure(plan, events, delivery, rate, run + "/" + s.runs(), indicators, config, measured, progress);
                }
                Row row = row(s.households(), delivery, checkpoints, config.outOfOrderness(), rate, false, measured.get(rate));
                search.known(rate, row.keptUp());
                rows.add(row);
            }
            if (s.searchMax()) {
                for (OptionalInt next = search.next(); next.isPresent(); next = search.next()) {
                    int rate = next.getAsInt();
                    progress.printf("bench latency: %s: searching for the highest rate kept up with: %,d events/s%n",
                            delivery, rate);
                    KafkaLatencyRun.Measurement m = measure(plan, events, delivery, rate, "search", indicators, config,
                            measured, progress);
                    search.measured(rate, m.keptUp());
                }
                OptionalInt highest = search.highest();
                if (highest.isPresent()) {
                    rows.add(row(s.households(), delivery, checkpoints, config.outOfOrderness(), highest.getAsInt(), true,
                            measured.get(highest.getAsInt())));
                } else {
                    progress.printf("bench latency: %s: the engine kept up with no rate tried%n", delivery);
                }
            }
        }
        return rows;
    }

    private static KafkaLatencyRun.Measurement measure(KafkaLatencyRun.Plan plan, GeneratedEvents events, String delivery,
                                                       int rate, String run,
                                                       IndicatorSet indicators, JobConfig config,
                                                       Map<Integer, List<KafkaLatencyRun.Measurement>> measured,
                                                       PrintStream progress) throws Exception {
        progress.printf("bench latency: %s at %,d events/s, run %s: %d s warm-up, %d s measured ...%n", delivery, rate,
                run, plan.warmUpSeconds(), plan.measuredSeconds());
        long started = System.nanoTime();
        KafkaLatencyRun.Measurement m = KafkaLatencyRun.measure(plan, events, delivery, rate, indicators, config);
        measured.computeIfAbsent(rate, r -> new ArrayList<>()).add(m);
        progress.printf("bench latency: %s at %,d events/s, run %s: sent %,.0f/s, engine read %,.0f/s, lag %+,d (%s); "
                        + "%,d of %,d events alerted; ms p50/p99/p999/max to append %s, to reader %s (%.0f s in all)%n",
                delivery, rate, run, m.sentPerSecond(), m.achievedPerSecond(), m.lagGrowth(),
                m.keptUp() ? "kept up" : "fell behind", m.toAppend().count(), m.events(), m.toAppend().cells(),
                m.toVisible().cells(), (System.nanoTime() - started) / 1e9);
        return m;
    }

    static Row row(int households, String delivery, String checkpoints, Duration outOfOrderness, int rate, boolean highest, List<KafkaLatencyRun.Measurement> runs) {
        List<Double> achieved = runs.stream().map(KafkaLatencyRun.Measurement::achievedPerSecond).toList();
        long keptUp = runs.stream().filter(KafkaLatencyRun.Measurement::keptUp).count();
        return new Row(households, delivery, checkpoints, outOfOrderness, rate, highest, runs.size(), Bench.median(achieved), keptUp * 2 > runs.size(),
                LatencySummary.median(runs, KafkaLatencyRun.Measurement::lagGrowth),
                LatencySummary.median(runs, KafkaLatencyRun.Measurement::events),
                LatencySummary.median(runs.stream().map(KafkaLatencyRun.Measurement::toAppend).toList()),
                LatencySummary.median(runs.stream().map(KafkaLatencyRun.Measurement::toVisible).toList()));
    }

    /** The table of the rows, dated and with the machine, as printed and as appended to BENCHMARKS.md. */
    public static String table(List<Row> rows) {
        return LatencyTable.table(rows, LocalDate.now().toString(), Bench.machine());
    }

    public static void append(Path benchmarks, List<Row> rows) throws IOException {
        String date = LocalDate.now().toString();
        String machine = Bench.machine();
        MarkdownSections.appendRows(benchmarks, LatencyTable.HEADING, LatencyTable.NEW_SECTION,
                rows.stream().map(r -> LatencyTable.row(r, date, machine)).toList());
    }
}
