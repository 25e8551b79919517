package gx.doudi.console;

import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleCommandTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void hashPasswordPrintsAHashThatTheUsersFileAccepts() throws Exception {
        int code = ConsoleCommand.hashPassword(new ByteArrayInputStream("a long enough password\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        String hash = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(hash).startsWith("pbkdf2-sha256$600000$").doesNotContain("password");
        assertThat(PasswordHash.parse(hash).matches("a long enough password".toCharArray())).isTrue();
    }

    @Test
    void hashPasswordRefusesAShortPassword() throws Exception {
        int code = ConsoleCommand.hashPassword(new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 8 characters");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void consoleWantsABrokerAndAUsersFile() {
        assertThat(run("console")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--bootstrap HOST:PORT is required");
        err.reset();
        assertThat(run("console", "--bootstrap", "localhost:1", "--users", "no/such/users.yaml")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no users file no/such/users.yaml");
    }

    private int run(String... argv) {
        return Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
