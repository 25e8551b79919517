package gx.doudi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java ... Main bench}, started as a user starts it (a JVM of its own, no options): the replay
 * bench runs in a JVM with the parallel collector, which its table row names, and its exit code and
 * output come back through the JVM that was started.
 */
class ThroughputJvmITCase {
    @TempDir
    Path dir;

    @Test
    void theReplayBenchRunsWithTheParallelCollectorAndReportsThroughTheJvmStarted() throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "bench", "--households", "300", "--events", "3000", "--runs", "1"))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).directory(new File("."))
                .start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("bench ended").isTrue();

        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("replay throughput, median of 1").contains("parallel GC").doesNotContain("G1 GC");
    }

    @Test
    void aWrongFlagGivesTheUsageAndExitTwoThroughTheJvmStarted() throws Exception {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "replay", "--fast"))
                .redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(printed).contains("doudi replay: unknown option --fast").contains("usage: java -jar target/doudi.jar");
    }
}
