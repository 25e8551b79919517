package gx.doudi.cli;

import gx.doudi.backtest.Backtest;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/** {@code backtest EVENTS.jsonl --baseline DIR --candidate DIR [--out DIR]}: contract §10. */
final class BacktestCommand {
    static final String DEFAULT_OUT = "backtest-report";

    private BacktestCommand() {}

    static int run(String[] argv, PrintStream out, PrintStream err) throws Exception {
        Args args = new Args(argv, 1, Set.of("baseline", "candidate", "out", "parallelism", "until", "config"), Set.of());
        Path events = Path.of(args.positional(0, "EVENTS.jsonl"));
        args.atMostPositional(1);
        if (!args.has("baseline") || !args.has("candidate")) {
            throw new Args.UsageException("give both --baseline DIR and --candidate DIR (indicator sets)");
        }
        Path outDir = Path.of(args.get("out", DEFAULT_OUT));
        Backtest.Result r = Backtest.run(events, Path.of(args.get("baseline")), Path.of(args.get("candidate")), outDir,
                Main.config(args), Commands.until(args), err);
        out.printf("baseline  %s (v%d), candidate %s (v%d), %,d events%n", r.baseline().dir(), r.baseline().set().version(),
                r.candidate().dir(), r.candidate().set().version(), r.baseline().replay().records());
        if (r.differences().isEmpty()) {
            out.println("the two sets are the same");
        }
        r.differences().forEach(d -> out.println("  changed: " + d));
        out.println();
        out.print(r.table());
        out.println();
        out.println("report:             " + outDir.resolve(Backtest.REPORT));
        out.println("changed households: " + outDir.resolve(Backtest.CHANGED_HOUSEHOLDS));
        return 0;
    }
}
