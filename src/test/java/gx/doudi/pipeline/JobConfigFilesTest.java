package gx.doudi.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job configurations shipped in jobs/ load, and the low-latency one differs only where it says. */
class JobConfigFilesTest {
    @Test
    void theLowLatencyConfigurationIsTheDefaultOneWithoutTheWaitForOrder() throws Exception {
        JobConfig standard = JobConfig.load(Path.of("jobs/doudi.yaml"));
        JobConfig fast = JobConfig.load(Path.of("jobs/doudi-low-latency.yaml"));

        assertThat(standard.outOfOrderness()).isEqualTo(Duration.ofSeconds(5));
        assertThat(standard.delivery()).isEqualTo(JobConfig.EXACTLY_ONCE);
        assertThat(fast.outOfOrderness()).isZero();
        assertThat(fast.idleness()).isEqualTo(Duration.ofMillis(50));
        assertThat(fast.delivery()).isEqualTo(JobConfig.AT_LEAST_ONCE);
        assertThat(fast.allowedLateness()).as("late events are still applied, not dropped").isEqualTo(standard.allowedLateness());
        assertThat(fast.idleFlush()).isEqualTo(standard.idleFlush());

        Map<String, String> added = new HashMap<>(fast.flink());
        standard.flink().forEach((key, value) -> assertThat(added.remove(key)).as(key).isEqualTo(value));
        assertThat(added).containsOnly(Map.entry("pipeline.auto-watermark-interval", "50ms"),
                Map.entry("execution.buffer-timeout.interval", "10ms"));
    }

    @Test
    void aValueThatIsNotANumberOrADurationIsRefusedWithItsFileAndKeyInsteadOfBecomingTheDefault(@TempDir Path dir) throws Exception {
        assertRefused(dir, "parallelism: two", "parallelism must be a whole number, not 'two'");
        assertRefused(dir, "sourceParallelism: 1.5", "sourceParallelism must be a whole number, not '1.5'");
        assertRefused(dir, "waitingOnHeap: 100k", "waitingOnHeap must be a whole number, not '100k'");
        assertRefused(dir, "waitingAhead: 1 day", "waitingAhead must be an ISO-8601 duration such as PT5S or P1D, not '1 day'");
        assertRefused(dir, "parallelism: 0", "parallelism must be at least 1");
        assertRefused(dir, "householdsOnHeap: -1", "householdsOnHeap must not be negative");

        Path quoted = dir.resolve("quoted.yaml");
        Files.writeString(quoted, "doudi:\n  parallelism: \"4\"\n  waitingOnHeap: 500\n  householdsOnHeap: 0\n");
        assertThat(JobConfig.load(quoted).parallelism()).isEqualTo(4);
        assertThat(JobConfig.load(quoted).waitingBound().onHeap()).isEqualTo(500);
        assertThat(JobConfig.load(quoted).householdsOnHeap()).isZero();
        assertThat(JobConfig.load(Path.of("jobs/doudi.yaml")).householdsOnHeap()).isEqualTo(50_000);
    }

    private static void assertRefused(Path dir, String line, String reason) throws IOException {
        Path file = dir.resolve("job.yaml");
        Files.writeString(file, "doudi:\n  " + line + "\n");
        assertThatThrownBy(() -> JobConfig.load(file))
                .isInstanceOf(IOException.class)
                .hasMessage(file + ": " + reason);
    }
}
