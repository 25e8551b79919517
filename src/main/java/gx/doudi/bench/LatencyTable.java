package gx.doudi.bench;

import java.time.Duration;
import java.util.List;

/** The markdown of {@code bench latency}: its section of BENCHMARKS.md, the table's header and rows. */
final class LatencyTable {
    static final String HEADING = "## `bench latency`: Kafka end to end";

    /** What a BENCHMARKS.md without the section gets before the first rows. */
    static final String NEW_SECTION = HEADING + """


            `java -jar target/doudi.jar bench latency --append-to BENCHMARKS.md`: an embedded broker, the engine
            on a local Flink cluster with RocksDB, the first registrations of `households` households, then
            their generated department events offered at a steady rate, each stamped with the moment it is
            sent; latency is from an event's append to the append of the first alert naming it in `causedBy`
            (both broker timestamps, `LogAppendTime`), and to the moment a read_committed consumer saw that
            alert (what the monitoring centre sees). Medians of the runs.

            """ + header();

    private LatencyTable() {}

    static String header() {
        return """
                | date | machine | households | delivery | checkpoint interval | out-of-orderness | offered events/s | achieved events/s | kept up | events measured | with an alert | event → alert append, ms: p50 / p99 / p999 / max | event → read_committed reader, ms: p50 / p99 / p999 / max | runs |
                |---|---|---|---|---|---|---|---|---|---|---|---|---|---|""";
    }

    static String row(LatencyBench.Row r, String date, String machine) {
        return String.format("| %s | %s | %,d | %s | %s | %s | %s | %,.0f | %s | %,d | %,d | %s | %s | %d |", date, machine, r.households(),
                r.delivery(), r.checkpointInterval(), seconds(r.outOfOrderness()), offered(r), r.achievedPerSecond(),
                (r.keptUp() ? "yes" : "no") + String.format(" (lag %+,d)", r.lagGrowth()),
                r.events(), r.toAppend().count(), r.toAppend().cells(), r.toVisible().cells(), r.runs());
    }

    static String table(List<LatencyBench.Row> rows, String date, String machine) {
        StringBuilder b = new StringBuilder(header()).append(System.lineSeparator());
        for (LatencyBench.Row r : rows) {
            b.append(row(r, date, machine)).append(System.lineSeparator());
        }
        return b.toString();
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String offered(LatencyBench.Row r) {
        String rate = String.format("%,d", r.offered());
        return r.highest() ? rate + " (highest kept up with)" : rate;
    }
}
