package gx.doudi.cli;

import gx.doudi.bench.Bench;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Replays, backtests and the replay bench run the engine through a file as fast as it goes, and they
 * spend a fifth less CPU an event under the parallel collector than under G1, the JVM's default
 * (BENCHMARKS.md, "2026-12-07, evening"). A JVM chooses its collector as it starts, so such a command, run by
 * {@code java -jar} with no choice of its own, runs itself again in a JVM that has the parallel collector.
 * The streaming commands keep G1, whose pauses stayed short where the parallel collector's full
 * collections stopped a job for up to a second.
 *
 * <p>Not when the JVM already has a collector chosen, an agent or a flight recording (which would
 * record the wrong process), or when {@value #SAME_JVM} is set.
 */
final class ThroughputJvm {
    /** The environment variable that keeps every command in the JVM it was started in. */
    static final String SAME_JVM = "DOUDI_SAME_JVM";
    static final String PARALLEL = "-XX:+UseParallelGC";
    private static final Set<String> COMMANDS = Set.of("replay", "backtest");

    private ThroughputJvm() {}

    /** Whether {@code argv} is throughput work: replay, backtest, or {@code bench} (replay) without a subcommand. */
    static boolean wants(String[] argv) {
        if (argv.length == 0) {
            return false;
        }
        return COMMANDS.contains(argv[0])
                || argv[0].equals("bench") && (argv.length == 1 || argv[1].startsWith("--"));
    }

    /**
     * Whether this JVM should start another: it has not the parallel collector, and nothing forbids it.
     *
     * @param collector this JVM's, as {@link Bench#collector()} names it
     */
    static boolean relaunches(List<String> jvmOptions, String sameJvm, String collector) {
        if (sameJvm != null && !sameJvm.isEmpty() || Bench.PARALLEL_GC.equals(collector)) {
            return false;
        }
        for (String option : jvmOptions) {
            if (option.matches("-XX:[+-]Use\\w*GC") || option.startsWith("-XX:StartFlightRecording")
                    || option.startsWith("-agentlib") || option.startsWith("-agentpath") || option.startsWith("-javaagent")
                    || option.startsWith("-Xrun")) {
                return false;
            }
        }
        return true;
    }

    /** The command line of the JVM that runs {@code argv} with the parallel collector and this JVM's options. */
    static List<String> commandLine(String javaHome, List<String> jvmOptions, String classPath, String[] argv) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(javaHome, "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add(PARALLEL);
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(argv));
        return command;
    }

    /**
     * Runs {@code argv} in a JVM with the parallel collector, its output and input this one's, and returns
     * its exit code; or returns -1 where this JVM should run it itself.
     */
    static int runElsewhere(String[] argv, PrintStream err) {
        if (!wants(argv)) {
            return -1;
        }
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (!relaunches(options, System.getenv(SAME_JVM), Bench.collector())) {
            return -1;
        }
        List<String> command = commandLine(System.getProperty("java.home"), options, System.getProperty("java.class.path"), argv);
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            err.println("doudi " + argv[0] + ": could not start a JVM with the parallel collector (" + e.getMessage()
                    + "); running in this one");
            return -1;
        }
        // a parent stopped (Ctrl-C, kill) takes the child with it; once the child has ended, this does nothing
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "stop " + argv[0]));
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
