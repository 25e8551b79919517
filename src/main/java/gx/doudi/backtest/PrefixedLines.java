package gx.doudi.backtest;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Prefixes every line written through it, so that each replay's progress says which set is running. */
final class PrefixedLines extends OutputStream {
    private final PrintStream to;
    private final String prefix;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private PrefixedLines(PrintStream to, String prefix) {
        this.to = to;
        this.prefix = prefix;
    }

    static PrintStream stream(PrintStream to, String prefix) {
        return new PrintStream(new PrefixedLines(to, prefix), true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            to.println(prefix + line.toString(StandardCharsets.UTF_8));
            line.reset();
        } else {
            line.write(b);
        }
    }
}
