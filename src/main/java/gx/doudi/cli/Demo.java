package gx.doudi.cli;

import gx.doudi.console.AlertFeed;
import gx.doudi.console.LivePage;
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
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * {@code demo}: an embedded Kafka broker (KRaft), the job on a local Flink cluster with RocksDB, a
 * generator feeding a year of department events at a steady rate, and a live page. Ctrl-C stops it all.
 */
final class Demo {
    private Demo() {}

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

        AlertFeed feed = new AlertFeed(kafka.clientProperties());
        LivePage page = new LivePage(feed, args.integer("port", 8080));
        Instant start = Instant.now().minus(Duration.ofDays(365));
        Generator generator = new Generator(args.longValue("seed", 42), households, events, start, Duration.ofDays(365), 0.005);
        EventProducer producer = new EventProducer(kafka.clientProperties());
        CountDownLatch stopped = new CountDownLatch(1);
        Thread feeder = new Thread(() -> feed(generator, producer, rate, stopped), "demo-generator");
        feeder.setDaemon(true);
        feeder.start();

        out.println();
        out.println("  live alerts:   " + page.address());
        out.println("  Kafka:         " + kafka.bootstrap() + "  (topics doudi.events.*, doudi.alerts, doudi.referrals.*)");
        out.printf("  feeding %,d households' events at %d events/s; counts below every 5 s. Ctrl-C stops.%n%n", households, rate);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("doudi demo: stopping ...");
            stopped.countDown();
            try {
                job.cancel().get();
            } catch (Exception ignored) {
                // the job may already be gone
            }
            page.close();
            producer.close();
            try {
                feed.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            kafka.close();
            out.println("doudi demo: stopped.");
        }, "demo-shutdown"));

        while (stopped.getCount() > 0) {
            Thread.sleep(5000);
            Map<String, Long> counts = feed.counts();
            StringBuilder line = new StringBuilder("alerts raised by grade:");
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

    private static void feed(Generator generator, EventProducer producer, int rate, CountDownLatch stopped) {
        long started = System.nanoTime();
        long sent = 0;
        while (generator.hasNext() && stopped.getCount() > 0) {
            producer.send(generator.next());
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
