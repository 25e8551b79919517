package gx.doudi.console;

import gx.doudi.indicator.IndicatorSet;
import gx.doudi.indicator.IndicatorSetException;
import gx.doudi.indicator.IndicatorSetLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * {@code console --bootstrap HOST:PORT}: the monitoring console against any Kafka, until Ctrl-C; and
 * {@code console hash-password}, which makes a password hash for the users file.
 */
public final class ConsoleCommand {
    private ConsoleCommand() {}

    /**
     * @param indicators the indicator set whose names the page shows; a missing directory shows ids
     */
    public static int serve(Properties client, String host, int port, Path usersFile, Path indicators, PrintStream out)
            throws IOException, InterruptedException, IndicatorSetException {
        if (!Files.isRegularFile(usersFile)) {
            throw new IOException("no users file " + usersFile + " (see docs/console.md: --users FILE)");
        }
        Users users = Users.load(usersFile);
        IndicatorSet set = null;
        if (Files.isDirectory(indicators)) {
            set = IndicatorSetLoader.load(indicators);
        } else {
            out.println("doudi console: no indicator set at " + indicators + "; the page names indicators by id");
        }
        MonitoringConsole console = MonitoringConsole.start(new MonitoringConsole.Settings(
                client, host, port, users, set, Clock.systemUTC()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                console.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopped.countDown();
        }, "console-shutdown"));
        out.println("doudi console: " + console.address() + "  (" + users.all().size() + " users from " + usersFile
                + "; reading doudi.alerts, doudi.referrals.*, doudi.chains). Ctrl-C stops.");
        stopped.await();
        return 0;
    }

    /** Reads a password (without echo on a terminal) and prints its hash for the users file. */
    public static int hashPassword(InputStream in, PrintStream out, PrintStream err) throws IOException {
        char[] password;
        java.io.Console terminal = System.console();
        if (terminal != null) {
            password = terminal.readPassword("password: ");
            char[] again = terminal.readPassword("again: ");
            if (password == null || !java.util.Arrays.equals(password, again)) {
                err.println("the two passwords differ");
                return 1;
            }
        } else {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            password = line == null ? null : line.toCharArray();
        }
        if (password == null || password.length < 8) {
            err.println("a password of at least 8 characters, please");
            return 1;
        }
        out.println(PasswordHash.create(password, PasswordHash.DEFAULT_ITERATIONS));
        return 0;
    }
}
