package gx.doudi.bench;

import gx.doudi.event.Parsed;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.pipeline.DoudiTopology;
import gx.doudi.pipeline.EventFileFormat;
import gx.doudi.pipeline.JobConfig;
import gx.doudi.pipeline.Replay;
import java.nio.file.Path;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/** Replay throughput: the engine's topology, and the floor job, from a file to a discarding sink, with RocksDB. */
final class ReplayBench {
    private ReplayBench() {}

    /** Seconds the engine takes over the file. */
    static double engine(Path events, IndicatorSet indicators, JobConfig config) throws Exception {
        StreamExecutionEnvironment env = environment(config);
        // as in replay, the clock stops at the file's last event: the end of input fires no later timer
        long clock = Replay.latestEventTime(events);
        DoudiTopology.Outputs out = DoudiTopology.build(env, new DoudiTopology.Input(source(events), 1, true), indicators,
                null, config.with(c -> c.clockLimit = clock));
        out.alerts().sinkTo(new DiscardingSink<>());
        out.referrals().sinkTo(new DiscardingSink<>());
        out.chains().sinkTo(new DiscardingSink<>());
        out.rejected().sinkTo(new DiscardingSink<>());
        return timed(env, "bench engine");
    }

    /** Seconds the floor job takes over the same file, with the same key distribution. */
    static double floor(Path events, JobConfig config) throws Exception {
        StreamExecutionEnvironment env = environment(config);
        env.fromSource(source(events), WatermarkStrategy.noWatermarks(), "department events").setParallelism(1)
                .keyBy(Floor::key)
                .process(new Floor())
                .sinkTo(new DiscardingSink<>());
        return timed(env, "bench floor");
    }

    private static StreamExecutionEnvironment environment(JobConfig config) {
        Configuration flink = config.flinkConfiguration();
        flink.removeKey("execution.checkpointing.interval");
        flink.setString("restart-strategy.type", "none");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flink);
        env.setParallelism(config.parallelism());
        return env;
    }

    private static FileSource<Parsed> source(Path events) {
        return FileSource.forRecordStreamFormat(new EventFileFormat(events.getFileName().toString()),
                new org.apache.flink.core.fs.Path(events.toAbsolutePath().toUri())).build();
    }

    private static double timed(StreamExecutionEnvironment env, String name) throws Exception {
        long start = System.nanoTime();
        long cpu = cpuNanos();
        env.execute(name);
        lastCpuSeconds = (cpuNanos() - cpu) / 1e9;
        return (System.nanoTime() - start) / 1e9;
    }

    /** CPU seconds the whole process spent in the last run: less disturbed than wall time on a shared machine. */
    static double lastCpuSeconds;

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
