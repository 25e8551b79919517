package gx.doudi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.indicator.IndicatorSetLoader;
import gx.doudi.pipeline.JobConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code bench latency} for a few seconds at 1,000 events/s, at-least-once, on the real embedded broker:
 * events are matched to the alerts they caused and the percentiles are reported. How fast is not asserted.
 */
class LatencyBenchITCase {
    @Test
    void matchesAlertsToTheirEventsAndReportsPercentiles() throws Exception {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        LatencyBench.Settings settings = new LatencyBench.Settings(List.of(1_000), false, List.of(JobConfig.AT_LEAST_ONCE),
                3, 4, 1, 1_000, 7);

        List<LatencyBench.Row> rows = LatencyBench.run(settings, IndicatorSetLoader.load(Path.of("warning-indicators")),
                JobConfig.defaults(), new PrintStream(progress, true, StandardCharsets.UTF_8));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.households()).isEqualTo(1_000);
            assertThat(row.delivery()).isEqualTo(JobConfig.AT_LEAST_ONCE);
            assertThat(row.offered()).isEqualTo(1_000);
            assertThat(row.events()).isEqualTo(4_000);
            assertThat(row.achievedPerSecond()).isPositive();
            LatencySummary toAppend = row.toAppend();
            assertThat(toAppend.count()).isPositive().isLessThanOrEqualTo(row.events());
            assertThat(toAppend.p50()).isLessThanOrEqualTo(toAppend.p99());
            assertThat(toAppend.p99()).isLessThanOrEqualTo(toAppend.p999());
            assertThat(toAppend.p999()).isLessThanOrEqualTo(toAppend.max());
            assertThat(row.toVisible().count()).isEqualTo(toAppend.count());
            assertThat(row.toVisible().p50()).isGreaterThanOrEqualTo(toAppend.p50());
        });
        assertThat(progress.toString(StandardCharsets.UTF_8))
                .contains("bench latency: at-least-once at 1,000 events/s, run 1/1")
                .contains("events alerted");
        assertThat(LatencyBench.table(rows)).contains("| 1,000 | at-least-once | 10s | 5 s | 1,000 |");
    }
}
