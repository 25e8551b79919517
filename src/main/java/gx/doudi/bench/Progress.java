package gx.doudi.bench;

import java.io.PrintStream;
import java.util.function.Supplier;

/** Long work shows progress: a status line every 5 s while it goes on, and whatever is said in between. */
final class Progress implements AutoCloseable {
    private final PrintStream out;
    private final String prefix;
    private final Thread thread;
    private volatile Supplier<String> status;

    Progress(PrintStream out, String prefix) {
        this.out = out;
        this.prefix = prefix;
        this.thread = new Thread(this::loop, prefix + "progress");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (true) {
                Thread.sleep(5000);
                Supplier<String> s = status;
                if (s != null) {
                    out.println(prefix + s.get());
                }
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    /** Shows this status every 5 s, until something is said. */
    void show(Supplier<String> s) {
        status = s;
    }

    void say(String line) {
        status = null;
        out.println(prefix + line);
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
