package gx.doudi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line of bench and bench latency: a wrong flag gives the usage and exit 2, before any work. */
class BenchCommandTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void latencyRefusesWhatItDoesNotTakeWithTheUsage() {
        assertThat(run("bench", "latency", "--rate", "1000")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("doudi bench: unknown option --rate")
                .contains("bench latency").contains("[--rates 1000,10000,max]");
        assertUsage("--delivery must be at-least-once, exactly-once or both, not sometimes", "bench", "latency", "--delivery",
                "sometimes");
        assertUsage("not 0", "bench", "latency", "--rates", "1000,0");
        assertUsage("not fast", "bench", "latency", "--rates", "fast");
        assertUsage("--seconds, --runs and --households must be at least 1", "bench", "latency", "--runs", "0");
        assertUsage("unexpected argument: now", "bench", "latency", "now");
        assertUsage("--out-of-orderness takes an ISO-8601 duration", "bench", "latency", "--out-of-orderness", "5s");
        // the usage offers "both": it reaches the last check, not a refusal of the delivery mode
        assertUsage("--out-of-orderness takes an ISO-8601 duration", "bench", "latency", "--delivery", "both",
                "--out-of-orderness", "5s");
    }

    @Test
    void plainBenchKeepsItsOwnFlags() {
        assertUsage("unknown option --rates", "bench", "--rates", "1000");
        assertUsage("--households, --events and --runs must be at least 1", "bench", "--events", "0");
    }

    private void assertUsage(String message, String... argv) {
        err.reset();
        assertThat(run(argv)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(message)
                .contains("usage: java -jar target/doudi.jar");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private int run(String... argv) {
        return Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
