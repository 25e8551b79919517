package gx.doudi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code bench state}'s command line: a wrong setting is refused before anything runs. */
class StateBenchCommandTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... argv) {
        return Main.run(argv, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void moreRoundsThanDisjointFractionsAreRefused() {
        assertThat(run("bench", "state", "--touched", "0.5", "--runs", "3")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--touched must be a fraction");
    }

    @Test
    void tooFewEventsToRegisterEveryHouseholdAreRefused() {
        assertThat(run("bench", "state", "--events-per-household", "2")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--events-per-household must be at least 2.5");
    }

    @Test
    void theUsageListsIt() {
        assertThat(run("bench", "state", "--rate", "5")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --rate").contains("bench state");
    }
}
