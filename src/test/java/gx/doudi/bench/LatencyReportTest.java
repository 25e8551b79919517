package gx.doudi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** What bench latency reports: events matched to their alerts, percentiles, medians, the markdown. */
class LatencyReportTest {
    @Test
    void eachEventIsTimedToItsFirstAlertAndEventsWithoutOneAreCountedButNotTimed() {
        AlertLatencies latencies = new AlertLatencies();
        latencies.alertSeen("ms-1", 1_250, 1_300);
        latencies.eventAppended("ms-1", 1_000);
        latencies.eventAppended("he-2", 2_000);
        latencies.eventAppended("hr-3", 3_000);
        latencies.alertSeen("he-2", 2_900, 3_500);
        latencies.alertSeen("he-2", 2_400, 3_600);
        latencies.alertSeen("warm-up-event", 100, 200);

        AlertLatencies.Result r = latencies.result();

        assertThat(r.events()).isEqualTo(3);
        assertThat(r.matched()).isEqualTo(2);
        assertThat(r.toAppend().getMinValue()).isEqualTo(250);
        assertThat(r.toAppend().getMaxValue()).isEqualTo(400);
        assertThat(r.toVisible().getMinValue()).isEqualTo(300);
        assertThat(r.toVisible().getMaxValue()).isEqualTo(1_500);
    }

    @Test
    void causedByIsReadFromTheAlertsText() {
        assertThat(AlertLatencies.causedBy("{\"alertId\":\"a-1\",\"causedBy\":[\"ms-2025-0000012\"],\"reason\":\"x\"}"))
                .containsExactly("ms-2025-0000012");
        assertThat(AlertLatencies.causedBy("{\"causedBy\":[\"a\",\"b\"]}")).containsExactly("a", "b");
        assertThat(AlertLatencies.causedBy("{\"causedBy\":[],\"reason\":\"deadline passed\"}")).isEmpty();
        assertThat(AlertLatencies.causedBy("{\"alertId\":\"a-1\"}")).isEmpty();
    }

    @Test
    void percentilesComeFromTheHistogram() {
        Histogram h = LatencySummary.histogram();
        for (int ms = 1; ms <= 10_000; ms++) {
            h.recordValue(ms);
        }
        LatencySummary s = LatencySummary.of(h);
        assertThat(s.count()).isEqualTo(10_000);
        assertThat(s.p50()).isBetween(4_995L, 5_005L);
        assertThat(s.p99()).isBetween(9_890L, 9_910L);
        assertThat(s.p999()).isBetween(9_985L, 10_000L);
        assertThat(s.max()).isBetween(10_000L, 10_010L);
        assertThat(s.cells()).isEqualTo(String.format("%,d / %,d / %,d / %,d", s.p50(), s.p99(), s.p999(), s.max()));
        assertThat(LatencySummary.of(LatencySummary.histogram())).isEqualTo(LatencySummary.NONE);
        assertThat(LatencySummary.NONE.cells()).isEqualTo("–");
    }

    @Test
    void eachFigureIsTheMedianOfTheRuns() {
        LatencySummary median = LatencySummary.median(List.of(new LatencySummary(10, 90, 300, 400, 7),
                new LatencySummary(30, 70, 100, 900, 5), new LatencySummary(20, 80, 200, 500, 6)));
        assertThat(median).isEqualTo(new LatencySummary(20, 80, 200, 500, 6));
        assertThat(LatencySummary.median(List.of())).isEqualTo(LatencySummary.NONE);
    }

    @Test
    void aRowSaysWhatWasOfferedWhatTheEngineDidAndBothLatencies() {
        LatencyBench.Row row = new LatencyBench.Row(100_000, "exactly-once", "1s", Duration.ofSeconds(5), 4_400, true, 1, 4_391.6, true, 120, 44_000,
                new LatencySummary(5_200, 6_100, 6_400, 6_500, 11_000), new LatencySummary(5_900, 7_000, 7_300, 7_400, 11_000));
        String line = LatencyTable.row(row, "2026-11-29", "2 cores");
        assertThat(line).isEqualTo("| 2026-11-29 | 2 cores | 100,000 | exactly-once | 1s | 5 s | 4,400 (highest kept up with) | 4,392 "
                + "| yes (lag +120) | 44,000 | 11,000 | 5,200 / 6,100 / 6,400 / 6,500 | 5,900 / 7,000 / 7,300 / 7,400 | 1 |");
        String table = LatencyTable.table(List.of(row), "2026-11-29", "2 cores");
        assertThat(table.lines().toList()).hasSize(3);
        assertThat(table.lines().map(l -> l.chars().filter(c -> c == '|').count()).distinct()).containsExactly(15L);
    }

    @Test
    void rowsGoToTheEndOfTheirSectionsTableWhereverTheSectionStands() {
        List<String> file = List.of("# Benchmarks", "", "## `bench`: engine against the floor", "", "| a |", "|---|",
                "| 1 |", "", "## later", "text");
        assertThat(MarkdownSections.withRows(file, Bench.HEADING, null, List.of("| 2 |")))
                .containsExactly("# Benchmarks", "", "## `bench`: engine against the floor", "", "| a |", "|---|",
                        "| 1 |", "| 2 |", "", "## later", "text");
        List<String> withLatency = MarkdownSections.withRows(file, LatencyTable.HEADING, LatencyTable.NEW_SECTION,
                List.of("| r |"));
        assertThat(withLatency.subList(0, file.size())).isEqualTo(file);
        assertThat(withLatency.get(file.size())).isEmpty();
        assertThat(withLatency.get(file.size() + 1)).isEqualTo(LatencyTable.HEADING);
        assertThat(withLatency.get(withLatency.size() - 2)).startsWith("|---|");
        assertThat(withLatency.get(withLatency.size() - 1)).isEqualTo("| r |");
        assertThat(MarkdownSections.withRows(withLatency, LatencyTable.HEADING, LatencyTable.NEW_SECTION, List.of("| s |")))
                .endsWith("| r |", "| s |");
        assertThat(MarkdownSections.withRows(List.of("no such section"), Bench.HEADING, null, List.of("| 2 |")))
                .containsExactly("no such section", "| 2 |");
    }
}
