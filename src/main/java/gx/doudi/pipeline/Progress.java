package gx.doudi.pipeline;

import java.io.PrintStream;
import java.util.function.Supplier;

/** Long work shows progress: a status line at a fixed interval while it goes on, and whatever is said in between. */
public final class Progress implements AutoCloseable {
    private final PrintStream out;
    private final String prefix;
    private final long everyMillis;
    private final Thread thread;
    private volatile Supplier<String> status;

    /** A status line every 5 s. */
    public Progress(PrintStream out, String prefix) {
        this(out, prefix, 5000);
    }

    public Progress(PrintStream out, String prefix, long everyMillis) {
        this.out = out;
        this.prefix = prefix;
        this.everyMillis = everyMillis;
        this.thread = new Thread(this::loop, prefix + "progress");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (true) {
                Thread.sleep(everyMillis);
                Supplier<String> s = status;
                if (s != null) {
                    out.println(prefix + s.get());
                }
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    /** Shows this status at each interval, until something is said. */
    public void show(Supplier<String> s) {
        status = s;
    }

    public void say(String line) {
        status = null;
        out.println(prefix + line);
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
