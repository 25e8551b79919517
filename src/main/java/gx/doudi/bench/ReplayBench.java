package gx.doudi.bench;

import gx.doudi.indicator.IndicatorSet;
import gx.doudi.pipeline.DoudiTopology;
import gx.doudi.pipeline.JobConfig;
import gx.doudi.pipeline.Progress;
import gx.doudi.pipeline.Replay;
import java.io.PrintStream;
import java.nio.file.Path;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/** Replay throughput: the engine's topology, and the floor job, from a file to a discarding sink, with RocksDB. */
final class ReplayBench {
    /**
     * One run: its wall time, and the CPU time the whole process spent in it, which a shared machine
     * disturbs far less than wall time.
     */
    record Timing(double seconds, double cpuSeconds) {}

    private ReplayBench() {}

    /** How long the engine takes over the file of {@code lines} lines. */
    static Timing engine(Path events, long lines, IndicatorSet indicators, JobConfig config, PrintStream progress)
            throws Exception {
        // as in replay, the clock stops at the file's last event: the end of input fires no later timer
        long clock = Replay.latestEventTime(events);
        JobConfig replay = config.with(c -> c.clockLimit = clock);
        StreamExecutionEnvironment env = Replay.environment(replay);
        DoudiTopology.Outputs out = DoudiTopology.build(env, new DoudiTopology.Input(Replay.source(events), 1, true),
                indicators, null, replay);
        out.alerts().sinkTo(new DiscardingSink<>());
        out.referrals().sinkTo(new DiscardingSink<>());
        out.chains().sinkTo(new DiscardingSink<>());
        out.rejected().sinkTo(new DiscardingSink<>());
        return timed(env, "bench engine", lines, progress);
    }

    /** How long the floor job takes over the same file, with the same key distribution. */
    static Timing floor(Path events, long lines, JobConfig config, PrintStream progress) throws Exception {
        StreamExecutionEnvironment env = Replay.environment(config);
        env.fromSource(Replay.source(events), WatermarkStrategy.noWatermarks(), "department events").setParallelism(1)
                .keyBy(Floor::key)
                .process(new Floor())
                .sinkTo(new DiscardingSink<>());
        return timed(env, "bench floor", lines, progress);
    }

    private static Timing timed(StreamExecutionEnvironment env, String name, long lines, PrintStream progress)
            throws Exception {
        long start = System.nanoTime();
        long cpu = cpuNanos();
        try (Progress reporter = Replay.reportProgress(progress, name, lines, 30_000)) {
            env.execute(name);
        }
        return new Timing((System.nanoTime() - start) / 1e9, (cpuNanos() - cpu) / 1e9);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
