package gx.doudi.cli;

import gx.doudi.console.ConsoleCommand;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.indicator.IndicatorSetException;
import gx.doudi.indicator.IndicatorSetLoader;
import gx.doudi.pipeline.JobConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;

/** {@code java -jar target/doudi.jar COMMAND ...}: the command line of contract §10. */
public final class Main {
    static final String USAGE = """
            usage: java -jar target/doudi.jar COMMAND [options]

            commands:
              demo                       everything embedded: Kafka, Flink with RocksDB, a generator, the live page
                   [--rate EVENTS_PER_S] [--households N] [--events N] [--port N] [--seed N]
              run --bootstrap HOST:PORT  the streaming job against an existing Kafka
                   [--config jobs/doudi.yaml] [--indicators DIR] [--parallelism N]
                   [--delivery exactly-once|at-least-once] [--client-properties FILE]
              replay EVENTS.jsonl --out DIR
                   the same job over a file: alerts.jsonl, referrals.jsonl, rejected.jsonl
                   [--indicators DIR] [--parallelism N] [--until 2025-06-30T00:00:00+08:00] [--config FILE]
              validate [DIR]             checks an indicator set (default warning-indicators/)
              generate (--out FILE | --bootstrap HOST:PORT)
                   realistic synthetic department events [--households N] [--events N] [--seed N]
              backtest EVENTS.jsonl --baseline DIR --candidate DIR
                   both sets over the same events: alerts gained and lost per indicator and grade, and which
                   households; writes report.html, changed-households.csv, summary.txt
                   [--out DIR (default backtest-report)] [--parallelism N] [--until TIME] [--config FILE]
              chain HOUSEHOLD_ID --bootstrap HOST:PORT
                   one household's assistance chain from doudi.chains, as a timeline [--json]
              console --bootstrap HOST:PORT  the monitoring centre's web console against a Kafka
                   [--port 8080] [--host 127.0.0.1] [--users jobs/console-users.yaml]
                   [--indicators DIR] [--client-properties FILE]
              console hash-password      a password hash for the users file (reads the password)
              publish-indicators DIR --bootstrap HOST:PORT
                   validates the set, gives it the next version, sends it to doudi.indicators and
                   waits for the running job's acknowledgement [--wait SECONDS] [--client-properties FILE]
              bench                      replay throughput of the engine and of a bare floor job, medians
                   [--households 100000] [--events 1000000] [--runs 3] [--parallelism N]
                   [--seed 1] [--config FILE] [--append-to BENCHMARKS.md]
              bench state                RocksDB state per household, incremental checkpoints, restore time
                   [--households 1000000] [--events-per-household 3] [--touched 0.01] [--runs 3]
                   [--parallelism N] [--append-to BENCHMARKS.md]
              bench latency              Kafka end to end: event append to alert append, p50/p99/p999/max
                   at steady offered rates, and the highest rate the engine keeps up with
                   [--rates 1000,10000,max] [--delivery at-least-once|exactly-once|both] [--seconds 10]
                   [--warm-up 10] [--runs 3] [--households 100000] [--out-of-orderness PT5S]
                   [--config jobs/doudi-low-latency.yaml] [--append-to BENCHMARKS.md]
            """;

    private Main() {}

    public static void main(String[] argv) {
        int elsewhere = ThroughputJvm.runElsewhere(argv, System.err);
        System.exit(elsewhere >= 0 ? elsewhere : run(argv, System.out, System.err));
    }

    /** Runs one command and returns its exit code: 0 done, 1 failed, 2 wrong usage. */
    public static int run(String[] argv, PrintStream out, PrintStream err) {
        if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("help") || argv[0].equals("-h")) {
            out.print(USAGE);
            return argv.length == 0 ? 2 : 0;
        }
        try {
            return switch (argv[0]) {
                case "replay" -> Commands.replay(argv, out, err);
                case "run" -> Commands.run(argv, out, err);
                case "validate" -> Commands.validate(argv, out, err);
                case "generate" -> Commands.generate(argv, out, err);
                case "demo" -> Demo.run(argv, out, err);
                case "publish-indicators" -> PublishCommand.run(argv, out, err);
                case "backtest" -> BacktestCommand.run(argv, out, err);
                case "chain" -> ChainCommand.run(argv, out, err);
                case "console" -> console(argv, out, err);
                case "bench" -> BenchCommand.run(argv, out, err);
                default -> throw new Args.UsageException("unknown command: " + argv[0]);
            };
        } catch (Args.UsageException e) {
            err.println("doudi " + argv[0] + ": " + e.getMessage());
            err.println();
            err.print(USAGE);
            return 2;
        } catch (IndicatorSetException e) {
            err.println("indicator set refused:");
            e.problems().forEach(p -> err.println("  " + p));
            return 1;
        } catch (Exception e) {
            err.println("doudi " + argv[0] + " failed: " + e);
            return 1;
        }
    }

    /** {@code console}: the web console of issue 4 (docs/console.md). */
    private static int console(String[] argv, PrintStream out, PrintStream err) throws Exception {
        if (argv.length > 1 && argv[1].equals("hash-password")) {
            return ConsoleCommand.hashPassword(System.in, out, err);
        }
        Args args = new Args(argv, 1, Set.of("bootstrap", "port", "host", "users", "indicators", "client-properties"), Set.of());
        args.atMostPositional(0);
        if (!args.has("bootstrap")) {
            throw new Args.UsageException("--bootstrap HOST:PORT is required");
        }
        Properties client = clientProperties(args);
        client.put("bootstrap.servers", args.get("bootstrap"));
        return ConsoleCommand.serve(client, args.get("host", "127.0.0.1"), args.integer("port", 8080),
                Path.of(args.get("users", "jobs/console-users.yaml")), Path.of(args.get("indicators", "warning-indicators")), out);
    }


    static IndicatorSet indicators(String dir) throws IndicatorSetException {
        return IndicatorSetLoader.load(Path.of(dir));
    }

    static JobConfig config(Args args) throws IOException {
        return config(args, true);
    }

    /** @param withDelivery false where --delivery means something else ({@code bench latency}'s "both") */
    static JobConfig config(Args args, boolean withDelivery) throws IOException {
        String file = args.get("config");
        JobConfig config;
        if (file != null) {
            config = JobConfig.load(Path.of(file));
        } else if (Files.isRegularFile(Path.of("jobs/doudi.yaml"))) {
            config = JobConfig.load(Path.of("jobs/doudi.yaml"));
        } else {
            config = JobConfig.defaults();
        }
        if (args.has("bootstrap")) {
            config = config.with(c -> c.bootstrap = args.get("bootstrap"));
        }
        if (args.has("indicators")) {
            config = config.with(c -> c.indicators = args.get("indicators"));
        }
        if (args.has("parallelism")) {
            int p = args.integer("parallelism", 1);
            if (p < 1) {
                throw new Args.UsageException("--parallelism must be at least 1");
            }
            config = config.with(c -> c.parallelism = p);
        }
        if (withDelivery && args.has("delivery")) {
            try {
                config = config.with(c -> c.delivery = args.get("delivery"));
            } catch (IllegalArgumentException e) {
                throw new Args.UsageException(e.getMessage());
            }
        }
        return config;
    }

    /** Kafka client settings (security, credentials) from a properties file: never from code. */
    static Properties clientProperties(Args args) throws IOException {
        Properties p = new Properties();
        String file = args.get("client-properties");
        if (file != null) {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                p.load(in);
            }
        }
        return p;
    }
}
