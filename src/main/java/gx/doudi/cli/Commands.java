package gx.doudi.cli;

import gx.doudi.event.Times;
import gx.doudi.generate.Generator;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.indicator.IndicatorSetException;
import gx.doudi.indicator.IndicatorSetLoader;
import gx.doudi.kafka.EventProducer;
import gx.doudi.kafka.KafkaDriver;
import gx.doudi.pipeline.JobConfig;
import gx.doudi.pipeline.Replay;
import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.Set;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** The commands of contract §10 that need no more than the engine. */
final class Commands {
    private Commands() {}

    static int replay(String[] argv, PrintStream out, PrintStream err) throws Exception {
        Args args = new Args(argv, 1, Set.of("out", "indicators", "parallelism", "until", "config"), Set.of());
        Path events = Path.of(args.positional(0, "EVENTS.jsonl"));
        args.atMostPositional(1);
        if (!args.has("out")) {
            throw new Args.UsageException("missing --out DIR");
        }
        Long until = until(args);
        JobConfig config = Main.config(args);
        IndicatorSet set = Main.indicators(config.indicators());
        Replay.Summary s = Replay.run(events, Path.of(args.get("out")), set, config, until, err);
        out.printf("replayed %,d records in %.1f s (%,.0f records/s), clock stopped at %s%n", s.records(), s.seconds(),
                s.records() / Math.max(s.seconds(), 1e-9), s.clock() == Long.MAX_VALUE ? "-" : Times.iso(s.clock()));
        out.printf("read %,d = processed %,d + rejected %,d%n", s.records(), s.processed(), s.rejected());
        out.printf("wrote %,d alerts, %,d referrals, %,d household chains, %,d rejected to %s%n", s.alerts(),
                s.referrals(), s.chains(), s.rejected(), args.get("out"));
        return 0;
    }

    /** {@code --until TIME}: where the replay's clock stops; null for the latest event time in the file. */
    static Long until(Args args) {
        if (!args.has("until")) {
            return null;
        }
        try {
            return Times.parse(args.get("until"));
        } catch (DateTimeParseException e) {
            throw new Args.UsageException("--until must be a time like 2025-06-30T00:00:00+08:00, not " + args.get("until"));
        }
    }

    static int run(String[] argv, PrintStream out, PrintStream err) throws Exception {
        Args args = new Args(argv, 1, Set.of("bootstrap", "config", "indicators", "parallelism", "delivery",
                "client-properties", "group-id"), Set.of());
        args.atMostPositional(0);
        if (!args.has("bootstrap") && !args.has("config")) {
            throw new Args.UsageException("missing --bootstrap HOST:PORT");
        }
        JobConfig config = Main.config(args);
        if (args.has("group-id")) {
            config = config.with(c -> c.groupId = args.get("group-id"));
        }
        IndicatorSet set = Main.indicators(config.indicators());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config.flinkConfiguration());
        env.setParallelism(config.parallelism());
        KafkaDriver.wire(env, set, config, Main.clientProperties(args));
        out.printf("doudi: reading %s, indicator set v%d (%d indicators), delivery %s%n", config.bootstrap(),
                set.version(), set.definitions().size(), config.delivery());
        env.execute("doudi");
        return 0;
    }

    static int validate(String[] argv, PrintStream out, PrintStream err) {
        Args args = new Args(argv, 1, Set.of(), Set.of());
        args.atMostPositional(1);
        String dir = args.positional().isEmpty() ? "warning-indicators" : args.positional().get(0);
        try {
            IndicatorSet set = IndicatorSetLoader.load(Path.of(dir));
            out.printf("%s: valid. Version %d, %d indicators, standards for %d cities.%n", dir, set.version(),
                    set.definitions().size(), set.standards().byCity().size());
            return 0;
        } catch (IndicatorSetException e) {
            err.printf("%s: %d problem%s%n", dir, e.problems().size(), e.problems().size() == 1 ? "" : "s");
            e.problems().forEach(p -> err.println("  " + p));
            return 1;
        }
    }

    static int generate(String[] argv, PrintStream out, PrintStream err) throws Exception {
        Args args = new Args(argv, 1, Set.of("households", "events", "seed", "out", "bootstrap", "start", "days",
                "bad-rate", "client-properties"), Set.of());
        args.atMostPositional(0);
        if (args.has("out") == args.has("bootstrap")) {
            throw new Args.UsageException("give either --out FILE or --bootstrap HOST:PORT");
        }
        Generator generator = generator(args);
        long started = System.nanoTime();
        long lastReport = started;
        long written = 0;
        if (args.has("out")) {
            Path file = Path.of(args.get("out"));
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                while (generator.hasNext()) {
                    w.write(generator.next().json());
                    w.newLine();
                    written++;
                    lastReport = progress(err, written, generator.total(), started, lastReport);
                }
            }
        } else {
            Properties client = Main.clientProperties(args);
            client.put("bootstrap.servers", args.get("bootstrap"));
            try (EventProducer producer = new EventProducer(client)) {
                while (generator.hasNext()) {
                    producer.send(generator.next());
                    written++;
                    lastReport = progress(err, written, generator.total(), started, lastReport);
                }
                producer.flush();
            }
        }
        out.printf("generated %,d events in %.1f s to %s%n", written, (System.nanoTime() - started) / 1e9,
                args.has("out") ? args.get("out") : "Kafka at " + args.get("bootstrap"));
        return 0;
    }

    static Generator generator(Args args) {
        Instant start = Generator.DEFAULT_START;
        if (args.has("start")) {
            try {
                start = Instant.ofEpochMilli(Times.parse(args.get("start")));
            } catch (DateTimeParseException e) {
                throw new Args.UsageException("--start must be a time like 2025-01-01T00:00:00+08:00");
            }
        }
        double badRate;
        try {
            badRate = Double.parseDouble(args.get("bad-rate", "0.005"));
        } catch (NumberFormatException e) {
            throw new Args.UsageException("--bad-rate must be a fraction such as 0.01");
        }
        int households = args.integer("households", 1000);
        long events = args.longValue("events", 100_000);
        if (households < 1 || events < 1) {
            throw new Args.UsageException("--households and --events must be at least 1");
        }
        return new Generator(args.longValue("seed", 42), households, events, start,
                Duration.ofDays(args.integer("days", 365)), badRate);
    }

    private static long progress(PrintStream err, long written, long total, long started, long lastReport) {
        long now = System.nanoTime();
        if (now - lastReport < 2_000_000_000L) {
            return lastReport;
        }
        err.printf("generate: %,d / %,d events (%.0f%%), %,.0f events/s%n", written, total, 100.0 * written / total,
                written / ((now - started) / 1e9));
        return now;
    }
}
