package gx.doudi.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate [DIR]} as an indicator engineer runs it: what it prints and how it exits. */
class ValidateCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theShippedSetIsValid() {
        int code = validate("validate");

        assertThat(code).isZero();
        assertThat(out()).isEqualTo("warning-indicators: valid. Version 1, 18 indicators, standards for 14 cities.\n");
    }

    @Test
    void anInvalidSetExitsOneAndNamesFileLineAndProblem(@TempDir Path set) throws IOException {
        ShippedSet.copyTo(set);
        ShippedSet.edit(set, "medical.yaml", "yellowRatio: 0.3", "yellowRatio: 0.7");
        ShippedSet.edit(set, "medical.yaml", "referTo: [medical-security, health]", "referTo: [medical-security, helth]");
        Path medical = set.resolve("medical.yaml");

        int code = validate("validate", set.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err()).startsWith(set + ": 2 problems\n")
                .contains("  " + medical + ":10: medical-burden: threshold orangeRatio (orange) is 0.6, it must be above "
                        + "yellowRatio (yellow) 0.7: thresholds rise with the grade\n")
                .contains("  " + medical + ":20: major-illness: referTo: unknown department 'helth' (did you mean 'health'?");
    }

    @Test
    void wrongUsageExitsTwo() {
        assertThat(validate("validate", "a", "b")).isEqualTo(2);
        assertThat(err()).contains("doudi validate: unexpected argument: b");
    }

    private int validate(String... argv) {
        return Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
