package gx.doudi.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
}
