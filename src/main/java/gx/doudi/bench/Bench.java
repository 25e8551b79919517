package gx.doudi.bench;

import gx.doudi.generate.Generator;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.pipeline.JobConfig;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code bench}: replay throughput of the engine and of the floor job over the same generated events,
 * measured in the same run, several times each, alternating; the medians and their ratio are printed
 * and appended to BENCHMARKS.md with the machine and the date.
 */
public final class Bench {
    /** What one bench run measured. */
    public record Result(int households, long events, int runs, double engineMedianPerSecond,
                         double floorMedianPerSecond, List<Double> engineSeconds, List<Double> floorSeconds,
                         double engineCpuMicrosPerEvent, double floorCpuMicrosPerEvent) {
        public double ratio() {
            return engineMedianPerSecond / floorMedianPerSecond;
        }
    }

    /** The section of BENCHMARKS.md that holds bench's rows. */
    static final String HEADING = "## `bench`: engine against the floor";

    private Bench() {}

    public static Result run(int households, long events, int runs, long seed, IndicatorSet indicators, JobConfig config,
                             PrintStream progress) throws Exception {
        Path dir = Files.createTempDirectory("doudi-bench-");
        Path file = dir.resolve("events.jsonl");
        progress.printf("bench: generating %,d events over %,d households (seed %d) ...%n", events, households, seed);
        Generator generator = new Generator(seed, households, events, Generator.DEFAULT_START, Duration.ofDays(365), 0.005);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (generator.hasNext()) {
                w.write(generator.next().json());
                w.newLine();
            }
        }
        List<Double> engine = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        List<Double> engineCpu = new ArrayList<>();
        List<Double> floorCpu = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            ReplayBench.Timing e = ReplayBench.engine(file, events, indicators, config, progress);
            engine.add(e.seconds());
            engineCpu.add(e.cpuSeconds() * 1e6 / events);
            ReplayBench.Timing f = ReplayBench.floor(file, events, config, progress);
            floor.add(f.seconds());
            floorCpu.add(f.cpuSeconds() * 1e6 / events);
            progress.printf("bench: run %d/%d: engine %.1f s (%,.0f events/s, %.1f CPU µs/event), "
                            + "floor %.1f s (%,.0f events/s, %.1f CPU µs/event)%n",
                    i, runs, e.seconds(), events / e.seconds(), engineCpu.get(i - 1), f.seconds(), events / f.seconds(),
                    floorCpu.get(i - 1));
        }
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
        return new Result(households, events, runs, events / median(engine), events / median(floor), engine, floor,
                median(engineCpu), median(floorCpu));
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** One markdown table row: date, machine, size, medians, ratio and CPU per event. */
    public static String row(Result r, JobConfig config) {
        return String.format("| %s | %s | %,d | %,d | %d | %d | %,.0f | %,.0f | %.2f | %.0f | %.0f |", LocalDate.now(),
                machine(), r.households(), r.events(), config.parallelism(), r.runs(), r.engineMedianPerSecond(),
                r.floorMedianPerSecond(), r.ratio(), r.engineCpuMicrosPerEvent(), r.floorCpuMicrosPerEvent());
    }

    /** Adds the row to the table of this section of BENCHMARKS.md; to another file's end. */
    public static void append(Path benchmarks, String row) throws IOException {
        MarkdownSections.appendRows(benchmarks, HEADING, null, List.of(row));
    }

    public static String machine() {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        } catch (IOException ignored) {
            // not Linux: the model stays unknown
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() >> 30;
        return Runtime.getRuntime().availableProcessors() + " cores, " + memory + " GiB, " + cpu + ", " + collector();
    }

    /** What {@link #collector()} calls the parallel collector. */
    public static final String PARALLEL_GC = "parallel GC";

    /** The JVM's garbage collector, which changes a replay's CPU per event by a fifth (BENCHMARKS.md). */
    public static String collector() {
        String young = ManagementFactory.getGarbageCollectorMXBeans().get(0).getName();
        if (young.startsWith("PS ")) {
            return PARALLEL_GC;
        }
        if (young.startsWith("G1 ")) {
            return "G1 GC";
        }
        return young;
    }
}
