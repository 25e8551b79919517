package gx.doudi.cli;

import gx.doudi.bench.Bench;
import gx.doudi.bench.StateBench;
import gx.doudi.bench.StateReport;
import gx.doudi.pipeline.JobConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.Set;

/** {@code bench state}: state per household, incremental checkpoints and restore time, appended to BENCHMARKS.md. */
final class StateBenchCommand {
    private StateBenchCommand() {}

    static int run(String[] argv, PrintStream out, PrintStream err) throws Exception {
        Args args = new Args(argv, 2, Set.of("households", "events-per-household", "touched", "runs", "seed", "parallelism",
                "indicators", "config", "append-to"), Set.of());
        args.atMostPositional(0);
        int households = args.integer("households", 1_000_000);
        double perHousehold = decimal(args, "events-per-household", 3);
        double touched = decimal(args, "touched", 0.01);
        int runs = args.integer("runs", 3);
        if (households < 1 || runs < 1) {
            throw new Args.UsageException("--households and --runs must be at least 1");
        }
        if (perHousehold < 2.5) {
            throw new Args.UsageException("--events-per-household must be at least 2.5: registering a household takes about 2.2");
        }
        if (touched <= 0 || touched * runs > 1 || households * touched < 1) {
            throw new Args.UsageException("--touched must be a fraction of the households, at most 1 / --runs,"
                    + " and touch at least one household");
        }
        JobConfig config = Main.config(args);
        StateBench.Options options = new StateBench.Options(households, perHousehold, touched, runs, args.longValue("seed", 1));
        Path work = Files.createTempDirectory("doudi-bench-state-");
        StateBench.Result result;
        try {
            result = StateBench.run(options, Main.indicators(config.indicators()), config, work, err);
        } finally {
            delete(work);
        }
        String row = StateReport.row(result, LocalDate.now(), Bench.machine());
        out.print(StateReport.tables(result, row));
        if (args.has("append-to")) {
            StateReport.append(Path.of(args.get("append-to")), row);
            out.println("appended the first row to " + args.get("append-to"));
        }
        return 0;
    }

    private static double decimal(Args args, String name, double fallback) {
        String v = args.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new Args.UsageException("--" + name + " must be a number, not " + v);
        }
    }

    /** The checkpoints of a large run take gigabytes: they go when the bench is done. */
    private static void delete(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
