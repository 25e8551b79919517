package gx.doudi.cli;

import gx.doudi.bench.Bench;
import gx.doudi.pipeline.JobConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/** {@code bench}: replay throughput, engine against the floor, appended to BENCHMARKS.md. */
final class BenchCommand {
    private BenchCommand() {}

    static int run(String[] argv, PrintStream out, PrintStream err) throws Exception {
        if (argv.length > 1 && argv[1].equals("state")) {
            return StateBenchCommand.run(argv, out, err);
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
}
