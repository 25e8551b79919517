package gx.doudi.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import gx.doudi.event.Parsed;
import gx.doudi.event.Times;
import gx.doudi.indicator.IndicatorSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.streaming.api.datastream.DataStreamUtils;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * {@code replay}: the same topology as {@code run}, over a file of events, on a local Flink cluster
 * with RocksDB. Writes the contract's files (§10): every alert record, every referral, the last chain of
 * each household, and every rejection. The clock stops at the latest event time in the file
 * (or at {@code until}): a deadline after it has not passed.
 */
public final class Replay {
    public static final String ALERTS = "alerts.jsonl";
    public static final String REFERRALS = "referrals.jsonl";
    public static final String REJECTED = "rejected.jsonl";
    public static final String CHAINS = "chains.jsonl";
    private static final String TIMERS = "state.backend.rocksdb.timer-service.factory";

    /** What a replay read and wrote. */
    /** @param records the records read (non-blank lines): each is either processed or rejected */
    public record Summary(long records, long processed, long alerts, long referrals, long chains, long rejected,
                          long clock, double seconds) {}

    private Replay() {}

    public static Summary run(Path events, Path outDir, IndicatorSet indicators, JobConfig config, Long until,
                              PrintStream progress) throws Exception {
        if (!Files.isRegularFile(events)) {
            throw new IOException("no such events file: " + events);
        }
        Files.createDirectories(outDir);
        long total;
        try (var lines = Files.lines(events, StandardCharsets.UTF_8)) {
            total = lines.count();
        }
        long clock = until != null ? until : latestEventTime(events);
        JobConfig replayConfig = config.with(c -> c.clockLimit = clock);

        StreamExecutionEnvironment env = environment(replayConfig);
        DoudiTopology.Outputs out = DoudiTopology.build(env, new DoudiTopology.Input(source(events), 1, true), indicators,
                null, replayConfig);
        out.alerts().sinkTo(new JsonLinesSink<>(outDir.resolve(ALERTS))).uid("alerts-file").name(ALERTS).setParallelism(1);
        out.referrals().sinkTo(new JsonLinesSink<>(outDir.resolve(REFERRALS))).uid("referrals-file").name(REFERRALS).setParallelism(1);
        out.rejected().sinkTo(new JsonLinesSink<>(outDir.resolve(REJECTED))).uid("rejected-file").name(REJECTED).setParallelism(1);
        // the chains leave the household stage partitioned by its key: the latest of each is kept in the same task
        DataStreamUtils.reinterpretAsKeyedStream(out.householdChains(), HouseholdChain::key, Types.STRING)
                .transform("latest chain per household", Types.STRING, new LatestPerKey<>(HouseholdChain::chain)).uid("latest-chain")
                .sinkTo(JsonLinesSink.ofJsonText(outDir.resolve(CHAINS))).uid("chains-file").name(CHAINS).setParallelism(1);

        long start = System.nanoTime();
        long processed;
        try (Progress reporter = reportProgress(progress, "replay", total, 2000)) {
            Long count = env.execute("doudi replay " + events.getFileName()).getAccumulatorResult(HouseholdMonitor.PROCESSED);
            processed = count == null ? 0 : count;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Summary(countLines(events), processed, countLines(outDir.resolve(ALERTS)), countLines(outDir.resolve(REFERRALS)),
                countLines(outDir.resolve(CHAINS)), countLines(outDir.resolve(REJECTED)), clock, seconds);
    }

    /**
     * The environment a bounded replay runs in: a local cluster when run from the command line, the
     * surrounding cluster in a test or a Flink client; no checkpoints, no restarts.
     */
    public static StreamExecutionEnvironment environment(JobConfig config) {
        Configuration flink = config.flinkConfiguration();
        flink.removeKey("execution.checkpointing.interval");
        flink.setString("restart-strategy.type", "none");
        if (!flink.containsKey(TIMERS)) {
            // with no checkpoint to write them into, timers are cheaper on the heap (BENCHMARKS.md, issue 7);
            // the streaming job keeps them in RocksDB, where incremental checkpoints take only what changed
            flink.setString(TIMERS, "HEAP");
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flink);
        env.setParallelism(config.parallelism());
        return env;
    }

    /** A file of department events, one JSON record per line, as a bounded source. */
    public static FileSource<Parsed> source(Path events) {
        return FileSource.forRecordStreamFormat(new EventFileFormat(events.getFileName().toString()),
                new org.apache.flink.core.fs.Path(events.toAbsolutePath().toUri())).build();
    }

    /** Shows the lines read so far every {@code everyMillis} until closed. */
    public static Progress reportProgress(PrintStream out, String label, long total, long everyMillis) {
        long before = EventFileFormat.LINES_READ.get();
        long start = System.nanoTime();
        Progress progress = new Progress(out, label + ": ", everyMillis);
        progress.show(() -> {
            long read = EventFileFormat.LINES_READ.get() - before;
            double seconds = (System.nanoTime() - start) / 1e9;
            return String.format("%,d / %,d lines (%.0f%%), %,.0f lines/s",
                    read, total, total == 0 ? 100.0 : 100.0 * read / total, read / seconds);
        });
        return progress;
    }

    static long countLines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).count();
        }
    }

    /** The latest occurredAt in the file; lines that do not parse are skipped (the replay rejects them). */
    public static long latestEventTime(Path events) throws IOException {
        long latest = Long.MIN_VALUE;
        JsonFactory factory = new JsonFactory();
        try (BufferedReader reader = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                try (JsonParser p = factory.createParser(line)) {
                    if (p.nextToken() != JsonToken.START_OBJECT) {
                        continue;
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        p.nextToken();
                        if ("occurredAt".equals(field) && p.currentToken() == JsonToken.VALUE_STRING) {
                            latest = Math.max(latest, Times.parse(p.getText()));
                            break;
                        }
                        p.skipChildren();
                    }
                } catch (IOException | RuntimeException unreadable) {
                    // the replay itself rejects this line with its reason
                }
            }
        }
        return latest == Long.MIN_VALUE ? Long.MAX_VALUE : latest;
    }
}
