package gx.doudi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code bench state}'s tables and its section of BENCHMARKS.md. */
class StateReportTest {
    static StateBench.Result result() {
        Checkpoint full = new Checkpoint(1, 950_000_000L, 950_000_000L, 12_300, "file:/cp/chk-1",
                Map.of("household state and indicators", 600_000_000L, "find household of person", 350_000_000L));
        Checkpoint incremental = new Checkpoint(2, 960_000_000L, 31_000_000L, 1_400, "file:/cp/chk-2", Map.of());
        Checkpoint after = new Checkpoint(3, 955_000_000L, 955_000_000L, 9_000, "file:/cp2/chk-3", Map.of());
        StateBench.Round one = new StateBench.Round(10_000, incremental, 2, 14.2, 11.0, 10.5,
                Map.of("maxDownloadStateDurationMs", 4200L, "maxRestoreStateDurationMs", 5100L,
                        "maxInitializeStateDurationMs", 9800L), after);
        StateBench.Round two = new StateBench.Round(10_000, incremental, 2, 16.0, 12.0, Double.NaN, Map.of(), after);
        StateBench.Round three = new StateBench.Round(10_000, incremental, 2, 15.0, 12.0, 11.5, Map.of(), after);
        return new StateBench.Result(new StateBench.Options(1_000_000, 3, 0.01, 3, 1), 2, 1_000_000, 3_000_000, 0, 800,
                512L << 20, 6L << 30, 40L << 20, 700L << 20, 1800L << 20, full, 951_000_000L,
                Map.of("household state and indicators / household", 400_000_000L),
                Map.of("household state and indicators / household", 300_000_000L), List.of(one, two, three));
    }

    @Test
    void theRowGivesBytesPerHouseholdAndTheMediansOfTheRounds() {
        String row = StateReport.row(result(), LocalDate.of(2026, 11, 29), "2 cores, 24 GiB");

        assertThat(row).startsWith("| 2026-11-29 | 2 cores, 24 GiB | 1,000,000 | 3,000,000 | 2 | 512 MiB | 906 MiB | 950 / 955 |")
                .contains("| 906 MiB in 12.3 s | 10,000 | 29.6 MiB in 1.4 s | 15.0 s | 11.0 s |")
                .endsWith("| 40.0 MiB | 700 MiB (6.00 GiB) | 1.76 GiB |");
        assertThat(row.chars().filter(c -> c == '|').count())
                .isEqualTo(StateReport.HEADER.chars().filter(c -> c == '|').count());
    }

    @Test
    void theTablesShowEachRoundAndWhereTheStateIs() {
        String tables = StateReport.tables(result(), "| row |");

        assertThat(tables).contains(StateReport.HEADER + "\n|---|")
                .contains("| 1 | 10,000 | 29.6 MiB | 916 MiB | 1.4 s | 14.2 s | 11.0 s | 10.5 s | 4.2 s, 5.1 s, 9.8 s | 911 MiB in 9.0 s |")
                .contains("| 2 | 10,000 | 29.6 MiB | 916 MiB | 1.4 s | 16.0 s | 12.0 s | - | -, -, - |")
                .contains("| household state and indicators | 572 MiB | 63.2 % |")
                .contains("| household state and indicators / household | 381 MiB | 400 | 286 MiB | 300 |");
    }

    @Test
    void aRowGoesToTheEndOfTheSectionsTableEvenWithSectionsAfterIt() {
        String benchmarks = "# Benchmarks\n\n" + StateReport.HEADING + "\n\nHow it is measured.\n\n" + StateReport.HEADER
                + "\n|---|\n| old row |\n\n## Memory\n\n| other | table |\n";

        String updated = StateReport.withRow(benchmarks, "| new row |");

        assertThat(updated).contains("| old row |\n| new row |\n\n## Memory\n\n| other | table |\n");
    }

    @Test
    void theSectionIsMadeWhenMissing() {
        String updated = StateReport.withRow("# Benchmarks\n\n## Replay\n\n| a |\n", "| new row |");

        assertThat(updated).startsWith("# Benchmarks\n\n## Replay\n\n| a |\n\n" + StateReport.HEADING + "\n")
                .contains("`java -jar target/doudi.jar bench state")
                .endsWith(StateReport.HEADER + "\n" + "|---".repeat(16) + "|\n| new row |\n");
        assertThat(StateReport.withRow(updated, "| second |")).endsWith("| new row |\n| second |\n");
    }

    @Test
    void bytesReadAsBinaryUnitsWithThreeFigures() {
        assertThat(StateReport.bytes(512)).isEqualTo("512 B");
        assertThat(StateReport.bytes(1536)).isEqualTo("1.50 KiB");
        assertThat(StateReport.bytes(250L << 20)).isEqualTo("250 MiB");
        assertThat(StateReport.bytes(25L << 30)).isEqualTo("25.0 GiB");
        assertThat(StateReport.bytes(-1)).isEqualTo("-");
    }
}
