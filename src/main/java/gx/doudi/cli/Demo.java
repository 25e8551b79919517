package gx.doudi.cli;

import gx.doudi.console.MonitoringConsole;
import gx.doudi.console.Users;
import gx.doudi.generate.Generator;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.kafka.EmbeddedKafka;
import gx.doudi.kafka.EventProducer;
import gx.doudi.kafka.KafkaDriver;
import gx.doudi.pipeline.JobConfig;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * {@code demo}: an embedded Kafka broker (KRaft), the job on a local Flink cluster with RocksDB, a
 * generator feeding a year of department events at a steady rate, and the monitoring console with a
 * user for the centre and one per department. Ctrl-C stops it all.
 */
final class Demo {
    /** The demo's passwords live as long as the demo: a lighter work factor keeps its start quick. */
    private static final int DEMO_HASH_ITERATIONS = 100_000;

    private Demo() {}

    /**
     * The demo's "now": the event time the generator has reached. Departments answer in that time, and
     * referrals fall overdue by it, as they would by the wall clock in production.
     */
    static final class EventTimeClock extends Clock {
        private final AtomicLong now;

        EventTimeClock(long start) {
            this.now = new AtomicLong(start);
        }

        void advanceTo(long eventTime) {
            now.accumulateAndGet(eventTime, Math::max);
        }

        @Override
        public long millis() {
            return now.get();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the demo clock has one zone");
        }
    }

    static int run(String[] argv, PrintStream out, PrintStream err) throws Exception {
        Args args = new Args(argv, 1, Set.of("rate", "households", "events", "port", "seed", "indicators"), Set.of());
        args.atMostPositional(0);
        int rate = args.integer("rate", 200);
        int households = args.integer("households", 5000);
        long events = args.longValue("events", 500_000);
        if (rate < 1) {
            throw new Args.UsageException("--rate must be at least 1 event per second");
        }
        IndicatorSet set = Main.indicators(args.get("indicators", "warning-indicators"));
        Path work = Files.createTempDirectory("doudi-demo-");
        out.println("doudi demo: starting an embedded Kafka broker (KRaft) ...");
        EmbeddedKafka kafka = EmbeddedKafka.start(work.resolve("kafka"), true, Map.of());
        kafka.createTopics(2);

        JobConfig config = JobConfig.defaults().with(c -> c.bootstrap = kafka.bootstrap()).with(c -> c.parallelism = 2)
                .withFlink("execution.checkpointing.interval", "2s")
                .withFlink("execution.checkpointing.dir", work.resolve("checkpoints").toUri().toString())
                .withFlink("taskmanager.memory.managed.size", "512m");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config.flinkConfiguration());
        env.setParallelism(config.parallelism());
        KafkaDriver.wire(env, set, config, kafka.clientProperties());
        out.println("doudi demo: starting the job on a local Flink cluster with RocksDB ...");
        JobClient job = env.executeAsync("doudi demo");

        Instant start = Instant.now().minus(Duration.ofDays(365));
        EventTimeClock clock = new EventTimeClock(start.toEpochMilli());
        Users.Generated users = Users.generate(DEMO_HASH_ITERATIONS);
        MonitoringConsole console = MonitoringConsole.start(new MonitoringConsole.Settings(
                kafka.clientProperties(), "127.0.0.1", args.integer("port", 8080), users.users(), set, clock));
        Generator generator = new Generator(args.longValue("seed", 42), households, events, start, Duration.ofDays(365), 0.005);
        EventProducer producer = new EventProducer(kafka.clientProperties());
        CountDownLatch stopped = new CountDownLatch(1);
        Thread feeder = new Thread(() -> feed(generator, producer, rate, clock, stopped), "demo-generator");
        feeder.setDaemon(true);
        feeder.start();

        out.println();
        out.println("  monitoring centre:  " + console.signInLink("centre"));
        out.println("                      (signs in once; later: " + console.address() + " as centre / "
                + users.passwords().get("centre") + ")");
        out.println("  a department:       " + console.address() + " as medical-security / "
                + users.passwords().get("medical-security") + "  (each department's user is named after it)");
        out.println("  Kafka:              " + kafka.bootstrap() + "  (topics doudi.events.*, doudi.alerts, doudi.referrals.*, doudi.chains)");
        out.printf("  feeding %,d households' events at %d events/s; counts below every 5 s. Ctrl-C stops.%n%n", households, rate);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("doudi demo: stopping ...");
            stopped.countDown();
            try {
                job.cancel().get();
            } catch (Exception ignored) {
                // the job may already be gone
            }
            producer.close();
            try {
                console.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            kafka.close();
            out.println("doudi demo: stopped.");
        }, "demo-shutdown"));

        while (stopped.getCount() > 0) {
            Thread.sleep(5000);
            Map<String, Long> counts = console.alertCounts();
            StringBuilder line = new StringBuilder("alerts by grade:");
            for (String grade : new String[] {"red", "orange", "yellow"}) {
                line.append(' ').append(grade).append('=').append(counts.getOrDefault("grade " + grade, 0L));
            }
            line.append(" | by type:");
            counts.forEach((k, v) -> {
                if (k.startsWith("type ")) {
                    line.append(' ').append(k.substring(5)).append('=').append(v);
                }
            });
            line.append(" | escalated=").append(counts.getOrDefault("status escalated", 0L))
                    .append(" resolved=").append(counts.getOrDefault("status resolved", 0L));
            out.println(line);
        }
        return 0;
    }

    private static void feed(Generator generator, EventProducer producer, int rate, EventTimeClock clock,
                             CountDownLatch stopped) {
        long started = System.nanoTime();
        long sent = 0;
        while (generator.hasNext() && stopped.getCount() > 0) {
            Generator.Record record = generator.next();
            producer.send(record);
            clock.advanceTo(record.at());
            sent++;
            long due = started + sent * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
        producer.flush();
    }
}
