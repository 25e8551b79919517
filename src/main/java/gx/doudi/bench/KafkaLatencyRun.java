package gx.doudi.bench;

import gx.doudi.event.Topics;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.kafka.EmbeddedKafka;
import gx.doudi.kafka.EventProducer;
import gx.doudi.kafka.KafkaDriver;
import gx.doudi.kafka.Principals;
import gx.doudi.pipeline.JobConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.TimeUtils;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/**
 * One measurement of {@code bench latency}: a fresh embedded broker and a fresh engine on a local Flink
 * cluster with RocksDB, the generator's department events offered at a steady rate (each stamped with the
 * moment it is sent, as a department reporting a change as it happens), and the latency of every event
 * offered in the measured period from its append to its first alert's append.
 */
final class KafkaLatencyRun {
    /** The shape of a measurement: warm-up, then the measured period, over so many households. */
    record Plan(int warmUpSeconds, int measuredSeconds, int households) {}

    /**
     * What one measurement saw.
     *
     * @param sentPerSecond what the producer achieved of the offered rate in the measured period
     * @param achievedPerSecond events the engine read per second in the measured period
     * @param lagGrowth how much the engine's lag (appended but not read) grew over the measured period
     */
    record Measurement(String delivery, int offered, double sentPerSecond, double achievedPerSecond, long lagGrowth,
                       long events, LatencySummary toAppend, LatencySummary toVisible) {
        /** The engine kept up: the producer held the rate and the lag grew by under half a second of events. */
        boolean keptUp() {
            return sentPerSecond >= 0.97 * offered && lagGrowth <= Math.max(1_000, offered / 2);
        }
    }

    private static final String CHECKPOINT_INTERVAL = "execution.checkpointing.interval";
    private static final String EXACTLY_ONCE_INTERVAL = "1s";
    private static final String NO_CHECKPOINTS = "none";

    private KafkaLatencyRun() {}

    static Measurement measure(Plan plan, GeneratedEvents events, String delivery, int rate, IndicatorSet indicators,
                               JobConfig base) throws Exception {
        Path dir = Files.createTempDirectory("doudi-latency-");
        SourceProgress.reset();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), true, Map.of())) {
            kafka.createTopics(2);
            stampOnAppend(kafka);
            JobConfig config = engineConfig(base, delivery, kafka.bootstrap(), dir);
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config.flinkConfiguration());
            env.setParallelism(config.parallelism());
            KafkaDriver.wire(env, indicators, config, kafka.clientProperties(Principals.ENGINE));
            JobClient job = env.executeAsync("doudi bench latency");
            AlertLatencies latencies = new AlertLatencies();
            try (AlertReader reader = new AlertReader(kafka.clientProperties(Principals.MONITORING_CENTRE), latencies);
                 EventProducer producer = new EventProducer(kafka.clientProperties(Principals.GENERATOR))) {
                awaitSource(job);
                SteadyFeed feed = new SteadyFeed(plan, rate, settle(config), events, producer, latencies);
                feed.registerHouseholds();
                SteadyFeed.Offered offered = feed.offer();
                producer.flush();
                Thread.sleep(500);
                reader.close();
                AlertLatencies.Result r = latencies.result();
                return new Measurement(delivery, rate, offered.sentPerSecond(), offered.readPerSecond(),
                        offered.lagGrowth(), r.events(), LatencySummary.of(r.toAppend()), LatencySummary.of(r.toVisible()));
            } finally {
                stop(job);
            }
        } finally {
            SourceProgress.reset();
            delete(dir);
        }
    }

    /** The engine as configured, in the delivery mode asked for, with its own checkpoints and no restarts. */
    static JobConfig engineConfig(JobConfig base, String delivery, String bootstrap, Path dir) {
        JobConfig config = base.with(c -> c.bootstrap = bootstrap).with(c -> c.delivery = delivery)
                .withFlink("execution.checkpointing.dir", dir.resolve("checkpoints").toUri().toString())
                .withFlink("execution.checkpointing.externalized-checkpoint-retention", "DELETE_ON_CANCELLATION")
                .withFlink("restart-strategy.type", "none")
                .withFlink(SourceProgress.FACTORY_KEY, SourceProgress.Factory.class.getName());
        String interval = checkpointInterval(base, delivery);
        return interval.equals(NO_CHECKPOINTS) ? config : config.withFlink(CHECKPOINT_INTERVAL, interval);
    }

    /** Exactly-once commits at every checkpoint, each second (issue 7); at-least-once keeps the configured interval. */
    static String checkpointInterval(JobConfig base, String delivery) {
        return JobConfig.EXACTLY_ONCE.equals(delivery) ? EXACTLY_ONCE_INTERVAL
                : base.flink().getOrDefault(CHECKPOINT_INTERVAL, NO_CHECKPOINTS);
    }

    /**
     * How long after the engine has read the last measured event its alerts may still be on their way:
     * the watermark's out-of-orderness, a commit under exactly-once, and two seconds to spare.
     */
    private static Duration settle(JobConfig config) {
        Duration settle = config.outOfOrderness().plusSeconds(2);
        if (JobConfig.EXACTLY_ONCE.equals(config.delivery())) {
            settle = settle.plus(TimeUtils.parseDuration(EXACTLY_ONCE_INTERVAL));
        }
        return settle;
    }

    /** Both ends on the broker's clock: department topics and doudi.alerts take the append time as timestamp. */
    private static void stampOnAppend(EmbeddedKafka kafka) throws Exception {
        List<String> topics = new ArrayList<>(Topics.allEvents());
        topics.add(Topics.ALERTS);
        AlterConfigOp logAppendTime = new AlterConfigOp(
                new ConfigEntry(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime"), AlterConfigOp.OpType.SET);
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            Map<ConfigResource, java.util.Collection<AlterConfigOp>> changes = new java.util.HashMap<>();
            for (String t : topics) {
                changes.put(new ConfigResource(ConfigResource.Type.TOPIC, t), List.of(logAppendTime));
            }
            admin.incrementalAlterConfigs(changes).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static void awaitSource(JobClient job) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (job.getJobStatus().get() != JobStatus.RUNNING || !SourceProgress.started()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the engine did not start reading in 120 s: " + job.getJobStatus().get());
            }
            Thread.sleep(100);
        }
    }

    private static void stop(JobClient job) {
        try {
            job.cancel().get(60, TimeUnit.SECONDS);
            job.getJobExecutionResult().handle((r, e) -> null).get(60, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the job may be gone already
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
