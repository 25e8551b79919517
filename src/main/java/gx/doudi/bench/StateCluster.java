package gx.doudi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.event.Parsed;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.pipeline.DoudiTopology;
import gx.doudi.pipeline.EventFileFormat;
import gx.doudi.pipeline.JobConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.execution.CheckpointType;
import org.apache.flink.metrics.View;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A local Flink cluster in this JVM, with RocksDB and incremental checkpoints retained on cancellation,
 * running the engine's topology over a directory it watches for new event files. The bench triggers the
 * checkpoints itself, when there is something to measure, and reads their figures from Flink's REST API.
 */
final class StateCluster implements AutoCloseable {
    private static final Duration DISCOVERY = Duration.ofMillis(200);
    private static final Duration NEVER_IDLE = Duration.ofDays(365);
    private static final Duration METRICS_FETCH = Duration.ofSeconds(1);
    private static final String LIVE_FILES = ".rocksdb_live-sst-files-size";
    private static final List<Function<DoudiTopology.Outputs, DataStream<?>>> OUTPUTS = List.of(
            DoudiTopology.Outputs::alerts, DoudiTopology.Outputs::referrals, DoudiTopology.Outputs::chains,
            DoudiTopology.Outputs::rejected);
    private static final List<String> OUTPUT_NAMES = List.of("alerts", "referrals", "chains", "rejected");

    private final JobConfig config;
    private final IndicatorSet indicators;
    private final Path watched;
    private final Configuration flink;
    private final MiniCluster cluster;
    private final FlinkRest rest;
    /** Names this cluster's outputs apart from any other in the JVM (a test's). */
    private final List<String> outputs;

    StateCluster(JobConfig config, IndicatorSet indicators, Path watched, Path checkpoints) throws Exception {
        // One reader, nobody to hold back: the input never turns idle. With no published indicator sets the
        // second input of the household stage has finished, and Flink 2.2 then left that stage's watermark
        // behind once an idle input resumed (seen here after a pause longer than `idleness`; cf. FLINK-38477).
        this.config = config.with(c -> c.idleness = NEVER_IDLE);
        this.indicators = indicators;
        this.watched = watched;
        this.flink = flinkConfiguration(this.config, checkpoints);
        String tag = UUID.randomUUID().toString();
        this.outputs = OUTPUT_NAMES.stream().map(n -> tag + "/" + n).toList();
        this.cluster = new MiniCluster(new MiniClusterConfiguration.Builder().withRandomPorts().setConfiguration(flink)
                .setNumTaskManagers(1).setNumSlotsPerTaskManager(this.config.parallelism()).build());
        cluster.start();
        this.rest = new FlinkRest(cluster.getRestAddress().get());
    }

    /** The job's Flink settings, with what the bench needs on top: where checkpoints go and that they stay. */
    static Configuration flinkConfiguration(JobConfig config, Path checkpoints) {
        Configuration c = config.flinkConfiguration();
        c.setString("state.backend.type", "rocksdb");
        c.setString("execution.checkpointing.incremental", "true");
        c.setString("execution.checkpointing.dir", checkpoints.toUri().toString());
        c.setString("execution.checkpointing.externalized-checkpoint-retention", "RETAIN_ON_CANCELLATION");
        // enabled, but triggered by the bench once the state holds what is to be measured
        c.setString("execution.checkpointing.interval", "365d");
        c.setString("execution.checkpointing.timeout", "1h");
        c.setString("restart-strategy.type", "none");
        c.setString("rest.cache.checkpoint-statistics.timeout", "10ms");
        // RocksDB's own account of its files, per state: where the bytes of a household go
        c.setString("state.backend.rocksdb.metrics.live-sst-files-size", "true");
        c.setString("metrics.fetcher.update-interval", METRICS_FETCH.toMillis() + "ms");
        c.setString("traces.reporter.restore.factory.class", RestoreTrace.Factory.class.getName());
        return c;
    }

    FlinkRest rest() {
        return rest;
    }

    /** The event time up to which the running job's outputs are complete. */
    long outputWatermark() {
        return OutputWatermark.reached(outputs);
    }

    /** Records the job rejected (its rejected output) since it started. */
    long rejected() {
        return OutputWatermark.records(outputs.get(OUTPUT_NAMES.indexOf("rejected")));
    }

    /** Submits the engine over the watched directory, restored from a checkpoint when one is given. */
    JobID start(String restoreFrom) throws Exception {
        Configuration c = new Configuration(flink);
        if (restoreFrom != null) {
            c.setString("execution.state-recovery.path", restoreFrom);
        }
        StreamExecutionEnvironment env = new StreamExecutionEnvironment(c);
        env.setParallelism(config.parallelism());
        FileSource<Parsed> source = FileSource.forRecordStreamFormat(new EventFileFormat("bench-state"),
                new org.apache.flink.core.fs.Path(watched.toUri())).monitorContinuously(DISCOVERY).build();
        DoudiTopology.Outputs out = DoudiTopology.build(env, new DoudiTopology.Input(source, 1, true), indicators, null, config);
        OutputWatermark.reset(outputs);
        for (int i = 0; i < OUTPUTS.size(); i++) {
            sink(OUTPUTS.get(i).apply(out), OUTPUT_NAMES.get(i), outputs.get(i));
        }
        return cluster.submitJob(env.getStreamGraph()).get().getJobID();
    }

    private static <T> void sink(DataStream<T> stream, String name, String key) {
        stream.sinkTo(new OutputWatermark<>(key)).uid("bench-" + name).name("bench " + name).setParallelism(1);
    }

    /** Triggers a checkpoint and returns Flink's statistics of it once it has completed. */
    Checkpoint checkpoint(JobID job) throws Exception {
        long id = cluster.triggerCheckpoint(job, CheckpointType.CONFIGURED).get();
        JsonNode details = rest.get("/jobs/" + job + "/checkpoints/details/" + id);
        while (!Checkpoint.completed(details)) {
            Thread.sleep(50);
            details = rest.get("/jobs/" + job + "/checkpoints/details/" + id);
        }
        return Checkpoint.of(details, rest.get("/jobs/" + job));
    }

    /**
     * The bytes of RocksDB's live files per task and state name (Flink's RocksDB native metrics, summed
     * over subtasks), largest first: after a checkpoint has flushed them, where the state's bytes are.
     */
    Map<String, Long> liveStateFiles(JobID job) throws Exception {
        // RocksDB's figures are refreshed every View.UPDATE_INTERVAL_SECONDS, then fetched by the REST API
        Thread.sleep(View.UPDATE_INTERVAL_SECONDS * 1000L + 2 * METRICS_FETCH.toMillis());
        Map<String, Long> bytes = new HashMap<>();
        for (JsonNode vertex : rest.get("/jobs/" + job).path("vertices")) {
            String path = "/jobs/" + job + "/vertices/" + vertex.path("id").asText() + "/metrics";
            List<String> ids = new ArrayList<>();
            rest.get(path).forEach(m -> {
                if (m.path("id").asText().endsWith(LIVE_FILES)) {
                    ids.add(m.path("id").asText());
                }
            });
            if (!ids.isEmpty()) {
                for (JsonNode m : rest.get(path + "?get=" + String.join(",", ids))) {
                    bytes.merge(vertex.path("name").asText() + " / " + stateName(m.path("id").asText()),
                            m.path("value").asLong(), Long::sum);
                }
            }
        }
        return Checkpoint.largestFirst(bytes);
    }

    /** {@code 0.household_state.household.rocksdb_live-sst-files-size}: subtask, operator, state name, metric. */
    static String stateName(String metricId) {
        String s = metricId.substring(metricId.indexOf('.') + 1, metricId.length() - LIVE_FILES.length());
        return s.substring(s.indexOf('.') + 1);
    }

    /** The id of the checkpoint the job was restored from, as Flink's checkpoint statistics report it, or -1. */
    long restoredFrom(JobID job) throws Exception {
        return rest.get("/jobs/" + job + "/checkpoints").path("latest").path("restored").path("id").asLong(-1);
    }

    /** Cancels the job and waits until it has stopped; its latest checkpoint stays. */
    void cancel(JobID job) throws Exception {
        cluster.cancelJob(job).get();
        cluster.requestJobResult(job).get();
    }

    /** Fails with Flink's reason when the job has ended: the bench would otherwise wait for it forever. */
    void checkRunning(JobID job) throws Exception {
        JobStatus status = cluster.getJobStatus(job).get();
        if (status.isTerminalState()) {
            Throwable cause = cluster.requestJobResult(job).get().getSerializedThrowable()
                    .map(t -> (Throwable) t).orElse(null);
            throw new IllegalStateException("the job stopped: " + status, cause);
        }
    }

    /** The managed memory of the TaskManager (RocksDB's block cache and write buffers), as Flink reports it. */
    long managedMemoryBytes() throws Exception {
        long total = 0;
        for (JsonNode tm : rest.get("/taskmanagers").path("taskmanagers")) {
            total += tm.path("memoryConfiguration").path("managedMemory").asLong();
        }
        return total;
    }

    /**
     * When the last task of the job reached RUNNING (epoch millis), from Flink's per-task state
     * timestamps, or -1 while some task has not.
     */
    long allRunningAt(JobID job) throws Exception {
        long latest = -1;
        for (JsonNode vertex : rest.get("/jobs/" + job).path("vertices")) {
            if ("FINISHED".equals(vertex.path("status").asText())) {
                continue; // a bounded input that has ended (no published indicator sets)
            }
            JsonNode times = rest.get("/jobs/" + job + "/vertices/" + vertex.path("id").asText() + "/subtasktimes");
            for (JsonNode subtask : times.path("subtasks")) {
                long running = subtask.path("timestamps").path("RUNNING").asLong(0);
                if (running <= 0) {
                    return -1;
                }
                latest = Math.max(latest, running);
            }
        }
        return latest;
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
