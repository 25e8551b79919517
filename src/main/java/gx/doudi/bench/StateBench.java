package gx.doudi.bench;

import gx.doudi.event.Times;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.pipeline.JobConfig;
import gx.doudi.pipeline.Progress;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.JobID;
import org.apache.flink.traces.Span;

/**
 * {@code bench state}: how big the engine's state is per household, what a checkpoint costs, and how
 * long a restore takes. A seeded population is loaded into the engine on a local cluster with RocksDB;
 * a checkpoint then gives the full state size. Each round then changes a fraction of the households,
 * takes an incremental checkpoint, stops the job and starts it again from that checkpoint, timing it
 * until a fresh event has gone through. Sizes and durations are Flink's own checkpoint statistics, so
 * they measure whatever state the engine keeps.
 */
public final class StateBench {
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final long HOUR = Duration.ofHours(1).toMillis();
    /** As long as the engine's outputs may stand still while events wait for them. */
    private static final Duration STALL = Duration.ofMinutes(10);

    /**
     * @param eventsPerHousehold events generated per household: registration takes about 2.2, the rest
     *                           is a year of department events
     * @param touched the fraction of households one round's batch changes
     */
    public record Options(int households, double eventsPerHousehold, double touched, int runs, long seed) {
        long events() {
            return Math.round(households * eventsPerHousehold);
        }
    }

    /**
     * One round: a batch of events touching some households, the incremental checkpoint after it, then a
     * restore from that checkpoint and the first checkpoint of the restored job (a full one: Flink's
     * default NO_CLAIM recovery shares no files with the checkpoint it restored).
     *
     * @param restoredFrom the checkpoint the restored job says it started from (Flink's statistics)
     * @param restoreSeconds from submitting the restored job until a fresh event has gone through it
     * @param tasksRunningSeconds from submitting it until every task is RUNNING (Flink's task timestamps)
     * @param initializationSeconds Flink's JobInitialization trace: from deployment until every task has
     *                              restored its state; NaN if Flink did not report it
     */
    public record Round(int touched, Checkpoint incremental, long restoredFrom, double restoreSeconds,
                        double tasksRunningSeconds, double initializationSeconds, Map<String, Object> initialization,
                        Checkpoint afterRestore) {}

    /**
     * @param registered households registered in the load (all of them, with enough events per household)
     * @param events events in the load
     * @param liveHeapAfterLoad heap in use after a full collection, with every household in state
     * @param stateFiles RocksDB's live files per task and state name after the full checkpoint, largest first
     * @param stateFilesAfterRounds the same after the last round's checkpoint: what compaction and the
     *                              engine's own expiry left of it a few days of event time later
     */
    public record Result(Options options, int parallelism, int registered, long events, long rejected, double loadSeconds,
                         long managedMemory, long heapMax, long liveHeapAfterLoad, long peakHeapUsed, long peakResident,
                         Checkpoint full, long fullOnDisk, Map<String, Long> stateFiles,
                         Map<String, Long> stateFilesAfterRounds, List<Round> rounds) {
        public double bytesPerHousehold() {
            return (double) full.stateSize() / Math.max(1, registered);
        }
    }

    private final Options o;
    private final StateCluster cluster;
    private final WatchedDirectory watched;
    private final Progress report;
    /** The job now running: each round stops it and starts another from its checkpoint. */
    private JobID job;

    private StateBench(Options o, StateCluster cluster, WatchedDirectory watched, Progress report) {
        this.o = o;
        this.cluster = cluster;
        this.watched = watched;
        this.report = report;
    }

    public static Result run(Options o, IndicatorSet indicators, JobConfig config, Path work, PrintStream progress)
            throws Exception {
        Path events = work.resolve("events");
        Path checkpoints = work.resolve("checkpoints");
        try (MemoryWatch memory = new MemoryWatch();
             StateCluster cluster = new StateCluster(config, indicators, events, checkpoints);
             Progress report = new Progress(progress, "bench state: ")) {
            StateBench bench = new StateBench(o, cluster, new WatchedDirectory(events), report);
            long start = System.nanoTime();
            StateEvents.Households households = bench.load();
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            long rejected = cluster.rejected();
            long loaded = bench.watched.published();
            report.say(String.format("loaded %,d households (%,d events, %,d rejected) in %.0f s; checkpointing ...",
                    households.registered(), loaded, rejected, loadSeconds));
            long liveHeap = MemoryWatch.liveHeap();
            Checkpoint full = cluster.checkpoint(bench.job);
            long onDisk = Checkpoint.bytesUnder(checkpoints.resolve(bench.job.toString()));
            Map<String, Long> files = cluster.liveStateFiles(bench.job);
            report.say(String.format("full checkpoint: %s in %.1f s (%s on disk), %.0f bytes per household",
                    StateReport.bytes(full.stateSize()), full.durationMillis() / 1e3, StateReport.bytes(onDisk),
                    (double) full.stateSize() / households.registered()));
            List<Round> rounds = new ArrayList<>();
            long clock = bench.watched.latestEventTime();
            for (int r = 0; r < o.runs(); r++) {
                rounds.add(bench.round(r, households.touched().get(r), clock + (r + 1) * DAY));
            }
            Map<String, Long> filesAfter = cluster.liveStateFiles(bench.job);
            cluster.cancel(bench.job);
            return new Result(o, config.parallelism(), households.registered(), loaded, rejected, loadSeconds,
                    cluster.managedMemoryBytes(), MemoryWatch.heapMax(), liveHeap, memory.peakHeapUsed(),
                    MemoryWatch.peakResident(), full, onDisk, files, filesAfter, rounds);
        }
    }

    /** Starts the job and feeds it the population, until every household is in its state. */
    private StateEvents.Households load() throws Exception {
        job = cluster.start(null);
        report.show(() -> String.format("loading: %,d of %,d events generated, %,d read, events up to %s in state, heap %s",
                watched.published(), o.events(), watched.read(), time(cluster.outputWatermark()),
                StateReport.bytes(MemoryWatch.heapUsed())));
        StateEvents.Households households = StateEvents.population(o, watched, this::awaitRead);
        awaitProcessed();
        return households;
    }

    /** Changes these households at this time, checkpoints, and restarts the job from that checkpoint. */
    private Round round(int r, List<String> touched, long at) throws Exception {
        String name = String.format("round %d/%d: ", r + 1, o.runs());
        report.say(String.format("%s%,d households change ...", name, touched.size()));
        watched.publish(StateEvents.incomeReassessed(touched, at, 1, o.seed() + r, "round-" + r));
        awaitProcessed();
        Checkpoint incremental = cluster.checkpoint(job);
        cluster.cancel(job);
        report.say(String.format("%sincremental checkpoint %s of %s in %.1f s; restoring ...", name,
                StateReport.bytes(incremental.checkpointedSize()), StateReport.bytes(incremental.stateSize()),
                incremental.durationMillis() / 1e3));
        Restart restart = restart(incremental, touched.get(0), at + 6 * HOUR, "probe-" + r);
        awaitProcessed();
        Checkpoint after = cluster.checkpoint(job);
        report.say(String.format("%sprocessing again %.1f s after the restart (tasks running after %.1f s); first"
                        + " checkpoint after it %s in %.1f s; Flink's JobInitialization: %s", name, restart.seconds(),
                restart.tasksRunningSeconds(), StateReport.bytes(after.checkpointedSize()), after.durationMillis() / 1e3,
                restart.initialization()));
        return new Round(touched.size(), incremental, cluster.restoredFrom(job), restart.seconds(),
                restart.tasksRunningSeconds(), restart.initializationSeconds(), restart.initialization(), after);
    }

    /** How long a restart from a checkpoint took. */
    private record Restart(double seconds, double tasksRunningSeconds, double initializationSeconds,
                           Map<String, Object> initialization) {}

    /**
     * Starts the job again from the checkpoint and times it until a fresh event for this household has
     * gone through; an event an hour later comes with it, so that the job's clock passes the first at once.
     */
    private Restart restart(Checkpoint from, String household, long at, String tag) throws Exception {
        watched.publish(StateEvents.incomeReassessed(List.of(household, household), at, HOUR, o.seed(), tag));
        int spansBefore = RestoreTrace.initializations().size();
        long submitted = System.currentTimeMillis();
        long start = System.nanoTime();
        job = cluster.start(from.externalPath());
        awaitOutputs(at, 5);
        double seconds = (System.nanoTime() - start) / 1e9;
        double running = (cluster.allRunningAt(job) - submitted) / 1e3;
        Span span = initialization(spansBefore);
        return new Restart(seconds, running,
                span == null ? Double.NaN : (span.getEndTsMillis() - span.getStartTsMillis()) / 1e3,
                span == null ? Map.of() : new TreeMap<>(span.getAttributes()));
    }

    private void awaitRead() throws Exception {
        while (!watched.allRead()) {
            cluster.checkRunning(job);
            Thread.sleep(20);
        }
    }

    /** Waits until every event published has been through the engine's state. */
    private void awaitProcessed() throws Exception {
        awaitOutputs(watched.latestEventTime(), 20);
    }

    /** Waits until the watermark of the engine's outputs has passed this event time; fails if it stops moving. */
    private void awaitOutputs(long eventTime, long pollMillis) throws Exception {
        long seen = cluster.outputWatermark();
        long movedAt = System.nanoTime();
        while (cluster.outputWatermark() < eventTime) {
            cluster.checkRunning(job);
            if (cluster.outputWatermark() != seen) {
                seen = cluster.outputWatermark();
                movedAt = System.nanoTime();
            } else if (System.nanoTime() - movedAt > STALL.toNanos()) {
                throw new IllegalStateException("the engine's outputs have stayed at " + time(seen) + " for " + STALL
                        + ", short of " + time(eventTime));
            }
            Thread.sleep(pollMillis);
        }
    }

    /** Flink's JobInitialization span of the job just started, waited for a little: it comes once all tasks are up. */
    private static Span initialization(int before) throws InterruptedException {
        for (int i = 0; i < 200 && RestoreTrace.initializations().size() <= before; i++) {
            Thread.sleep(50);
        }
        List<Span> spans = RestoreTrace.initializations();
        return spans.size() > before ? spans.get(spans.size() - 1) : null;
    }

    private static String time(long eventTime) {
        return eventTime == Long.MIN_VALUE ? "-" : Times.iso(eventTime);
    }
}
