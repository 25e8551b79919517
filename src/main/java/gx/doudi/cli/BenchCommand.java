package gx.doudi.cli;

import gx.doudi.bench.Bench;
import gx.doudi.bench.LatencyBench;
import gx.doudi.pipeline.JobConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code bench}: replay throughput, engine against the floor; {@code bench latency}: Kafka end-to-end
 * latency. Both print a table and append it to BENCHMARKS.md on request.
 */
final class BenchCommand {
    private BenchCommand() {}

    static int run(String[] argv, PrintStream out, PrintStream err) throws Exception {
        if (argv.length > 1 && argv[1].equals("state")) {
            return StateBenchCommand.run(argv, out, err);
        }
        if (argv.length > 1 && argv[1].equals("latency")) {
            return latency(argv, out, err);
        }
        Args args = new Args(argv, 1, Set.of("households", "events", "runs", "seed", "parallelism", "indicators",
                "append-to", "config"), Set.of());
        args.atMostPositional(0);
        int households = args.integer("households", 100_000);
        long events = args.longValue("events", 1_000_000);
        int runs = args.integer("runs", 3);
        if (households < 1 || events < 1 || runs < 1) {
            throw new Args.UsageException("--households, --events and --runs must be at least 1");
        }
        JobConfig config = Main.config(args);
        Bench.Result r = Bench.run(households, events, runs, args.longValue("seed", 1), Main.indicators(config.indicators()),
                config, err);
        String row = Bench.row(r, config);
        out.printf("replay throughput, median of %d: engine %,.0f events/s, floor %,.0f events/s, engine/floor %.2f%n",
                runs, r.engineMedianPerSecond(), r.floorMedianPerSecond(), r.ratio());
        if (args.has("append-to")) {
            Bench.append(Path.of(args.get("append-to")), row);
            out.println("appended to " + args.get("append-to") + ":");
        }
        out.println(row);
        return 0;
    }

    /** {@code bench latency}: see {@link LatencyBench}. */
    static int latency(String[] argv, PrintStream out, PrintStream err) throws Exception {
        Args args = new Args(argv, 2, Set.of("rates", "delivery", "seconds", "warm-up", "runs", "households", "seed",
                "parallelism", "indicators", "append-to", "config", "out-of-orderness"), Set.of());
        args.atMostPositional(0);
        List<Integer> rates = new ArrayList<>();
        boolean searchMax = false;
        for (String rate : args.get("rates", "1000,10000," + LatencyBench.MAX).split(",")) {
            if (rate.trim().equals(LatencyBench.MAX)) {
                searchMax = true;
            } else {
                rates.add(positive("--rates", rate.trim()));
            }
        }
        String delivery = args.get("delivery", "both");
        List<String> deliveries = switch (delivery) {
            case "both" -> List.of(JobConfig.AT_LEAST_ONCE, JobConfig.EXACTLY_ONCE);
            case JobConfig.AT_LEAST_ONCE, JobConfig.EXACTLY_ONCE -> List.of(delivery);
            default -> throw new Args.UsageException("--delivery must be at-least-once, exactly-once or both, not " + delivery);
        };
        int seconds = args.integer("seconds", 10);
        int warmUp = args.integer("warm-up", 10);
        int runs = args.integer("runs", 3);
        int households = args.integer("households", 100_000);
        if (seconds < 1 || warmUp < 0 || runs < 1 || households < 1) {
            throw new Args.UsageException("--seconds, --runs and --households must be at least 1, --warm-up at least 0");
        }
        // each measurement sets its own delivery mode
        JobConfig config = Main.config(args, false);
        if (args.has("out-of-orderness")) {
            Duration bound = duration("--out-of-orderness", args.get("out-of-orderness"));
            config = config.with(c -> c.outOfOrderness = bound);
        }
        LatencyBench.Settings settings = new LatencyBench.Settings(rates, searchMax, deliveries, warmUp, seconds, runs,
                households, args.longValue("seed", 1));
        List<LatencyBench.Row> rows = LatencyBench.run(settings, Main.indicators(config.indicators()), config, err);
        out.print(LatencyBench.table(rows));
        if (args.has("append-to")) {
            LatencyBench.append(Path.of(args.get("append-to")), rows);
            out.println("appended to " + args.get("append-to"));
        }
        return 0;
    }

    private static Duration duration(String flag, String value) {
        try {
            Duration d = Duration.parse(value);
            if (!d.isNegative()) {
                return d;
            }
        } catch (DateTimeParseException ignored) {
            // said below
        }
        throw new Args.UsageException(flag + " takes an ISO-8601 duration such as PT5S or PT0.2S, not " + value);
    }

    private static int positive(String flag, String value) {
        try {
            int n = Integer.parseInt(value.replace("_", ""));
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // said below
        }
        throw new Args.UsageException(flag + " takes rates in events/s (whole numbers, at least 1) or max, not " + value);
    }
}
