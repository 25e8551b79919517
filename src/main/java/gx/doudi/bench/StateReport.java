package gx.doudi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** {@code bench state}'s tables, and its section of BENCHMARKS.md. */
public final class StateReport {
    static final String HEADING = "## `bench state`: state size, checkpoints, restore";
    static final String HEADER = "| date | machine | households | events | parallelism | managed memory | state size"
            + " | bytes per household: after the load / settled | full checkpoint | households changed per round | incremental checkpoint"
            + " | restore until processing | Flink's JobInitialization | live heap after load | peak heap (max) | peak RSS |";
    private static final String METHOD = """
            `java -jar target/doudi.jar bench state --households 1000000 --append-to BENCHMARKS.md` generates a
            seeded population (`generate`'s generator, `--events-per-household` events each: the registration,
            then a year of department events) and feeds it to the engine on a local Flink cluster in the same JVM,
            with RocksDB and incremental checkpoints retained on cancellation. Once every household is in state
            (the watermark of every output has passed the last event), a checkpoint gives the full state size:
            Flink's own checkpoint statistics (REST `/jobs/:jobid/checkpoints/details/:id`, `state_size`), so it
            measures whatever the engine keeps, timers included. Bytes per household = state size / households,
            after the load and "settled": the median of the full checkpoints the restored jobs take first
            (Flink's default NO_CLAIM recovery shares no files with the checkpoint it restored), once RocksDB has
            compacted away much of what the load overwrote. Each of `--runs` rounds reassesses the income of a
            fraction of the households (`--touched`, default 1 %), takes a checkpoint (its `checkpointed_size`
            and end-to-end duration are the incremental figures), cancels the job and submits it again with
            `execution.state-recovery.path` set to that checkpoint: the restore time runs from the submission
            until a fresh event has gone through the household state (the outputs' watermark passes it); Flink's
            `JobInitialization` trace (deployment until every task has restored its state, with the slowest
            task's download, RocksDB restore and whole initialization) is given beside it. Medians of the
            rounds. Memory: the JVM's heap after a full collection with every household in state, the peak
            heap sampled every half second, the process's peak resident set (VmHWM), and the TaskManager's
            managed memory (RocksDB's block cache and write buffers) as Flink reports it.
            """;

    private StateReport() {}

    /** The row for BENCHMARKS.md: medians of the rounds. */
    public static String row(StateBench.Result r, LocalDate date, String machine) {
        return String.format("| %s | %s | %,d | %,d | %d | %s | %s | %,.0f / %,.0f | %s in %.1f s | %,d | %s in %.1f s | %.1f s"
                        + " | %s | %s | %s (%s) | %s |",
                date, machine, r.registered(), r.events(), r.parallelism(), bytes(r.managedMemory()),
                bytes(r.full().stateSize()), r.bytesPerHousehold(),
                median(r.rounds(), x -> x.afterRestore().stateSize()) / Math.max(1, r.registered()),
                bytes(r.full().checkpointedSize()),
                r.full().durationMillis() / 1e3, r.rounds().isEmpty() ? 0 : r.rounds().get(0).touched(),
                bytes((long) median(r.rounds(), x -> x.incremental().checkpointedSize())),
                median(r.rounds(), x -> x.incremental().durationMillis()) / 1e3,
                median(r.rounds(), StateBench.Round::restoreSeconds),
                seconds(median(r.rounds(), StateBench.Round::initializationSeconds)),
                bytes(r.liveHeapAfterLoad()), bytes(r.peakHeapUsed()), bytes(r.heapMax()), bytes(r.peakResident()));
    }

    /** Everything measured, for the console: the summary, each round, and the state of each task. */
    public static String tables(StateBench.Result r, String row) {
        StringBuilder s = new StringBuilder();
        s.append(HEADER).append('\n').append(separator(HEADER)).append('\n').append(row).append("\n\n");
        String rounds = "| round | households changed | incremental checkpoint | of state | duration | restore until processing"
                + " | tasks running | Flink's JobInitialization | slowest task: download, restore, initialize"
                + " | first checkpoint after restore |";
        s.append(rounds).append('\n').append(separator(rounds)).append('\n');
        for (int i = 0; i < r.rounds().size(); i++) {
            StateBench.Round x = r.rounds().get(i);
            s.append(String.format("| %d | %,d | %s | %s | %.1f s | %.1f s | %.1f s | %s | %s, %s, %s | %s in %.1f s |%n", i + 1,
                    x.touched(), bytes(x.incremental().checkpointedSize()), bytes(x.incremental().stateSize()),
                    x.incremental().durationMillis() / 1e3, x.restoreSeconds(), x.tasksRunningSeconds(),
                    seconds(x.initializationSeconds()), millis(x.initialization().get("maxDownloadStateDurationMs")),
                    millis(x.initialization().get("maxRestoreStateDurationMs")),
                    millis(x.initialization().get("maxInitializeStateDurationMs")), bytes(x.afterRestore().checkpointedSize()),
                    x.afterRestore().durationMillis() / 1e3));
        }
        s.append('\n');
        String tasks = "| task | state (checkpoint) | share |";
        s.append(tasks).append('\n').append(separator(tasks)).append('\n');
        for (Map.Entry<String, Long> t : r.full().stateByTask().entrySet()) {
            if (t.getValue() > 0) {
                s.append(String.format("| %s | %s | %.1f %% |%n", cell(t.getKey()), bytes(t.getValue()),
                        100.0 * t.getValue() / Math.max(1, r.full().stateSize())));
            }
        }
        s.append('\n');
        String states = "| task / state | RocksDB live files after the load | bytes per household"
                + " | after the rounds | bytes per household |";
        s.append(states).append('\n').append(separator(states)).append('\n');
        for (Map.Entry<String, Long> t : r.stateFiles().entrySet()) {
            long after = r.stateFilesAfterRounds().getOrDefault(t.getKey(), 0L);
            if (t.getValue() > 0 || after > 0) {
                s.append(String.format("| %s | %s | %,.0f | %s | %,.0f |%n", cell(t.getKey()), bytes(t.getValue()),
                        (double) t.getValue() / Math.max(1, r.registered()), bytes(after),
                        (double) after / Math.max(1, r.registered())));
            }
        }
        return s.toString();
    }

    /** BENCHMARKS.md with the row added to the end of this section's table; the section is made if missing. */
    static String withRow(String benchmarks, String row) {
        List<String> lines = new ArrayList<>(benchmarks.lines().toList());
        int heading = lines.indexOf(HEADING);
        if (heading < 0) {
            String text = benchmarks.endsWith("\n") || benchmarks.isEmpty() ? benchmarks : benchmarks + "\n";
            return text + "\n" + HEADING + "\n\n" + METHOD + "\n" + HEADER + "\n" + separator(HEADER) + "\n" + row + "\n";
        }
        int at = heading + 1;
        while (at < lines.size() && !lines.get(at).startsWith("|") && !lines.get(at).startsWith("## ")) {
            at++;
        }
        if (at == lines.size() || lines.get(at).startsWith("## ")) {
            lines.addAll(at, List.of(HEADER, separator(HEADER), row, ""));
        } else {
            while (at < lines.size() && lines.get(at).startsWith("|")) {
                at++;
            }
            lines.add(at, row);
        }
        return String.join("\n", lines) + "\n";
    }

    public static void append(Path benchmarks, String row) throws IOException {
        String text = Files.exists(benchmarks) ? Files.readString(benchmarks, StandardCharsets.UTF_8) : "";
        Files.writeString(benchmarks, withRow(text, row), StandardCharsets.UTF_8);
    }

    private static String cell(String text) {
        return text.replace("|", "/");
    }

    private static String separator(String header) {
        return "|---".repeat((int) header.chars().filter(c -> c == '|').count() - 1) + "|";
    }

    private static double median(List<StateBench.Round> rounds, ToDoubleFunction<StateBench.Round> figure) {
        List<Double> values = rounds.stream().map(figure::applyAsDouble).filter(v -> !Double.isNaN(v)).toList();
        return values.isEmpty() ? Double.NaN : Bench.median(values);
    }

    /** A duration attribute of Flink's trace, in milliseconds, as seconds. */
    private static String millis(Object attribute) {
        return attribute instanceof Number n ? seconds(n.doubleValue() / 1e3) : "-";
    }

    private static String seconds(double s) {
        return Double.isNaN(s) ? "-" : String.format("%.1f s", s);
    }

    /** Bytes for a reader: B, KiB, MiB or GiB with three figures. */
    static String bytes(long n) {
        if (n < 0) {
            return "-";
        }
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? n + " B" : String.format(v >= 100 ? "%.0f %s" : v >= 10 ? "%.1f %s" : "%.2f %s", v, units[u]);
    }
}
