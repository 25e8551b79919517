package gx.doudi.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The memory this JVM uses while a bench runs: the heap (sampled every half second; RocksDB's state is
 * not on it) and the resident set of the process (heap, RocksDB's native memory, everything).
 */
final class MemoryWatch implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final AtomicLong peakHeapUsed = new AtomicLong();
    private final Thread sampler;

    MemoryWatch() {
        sampler = new Thread(() -> {
            try {
                while (true) {
                    sample();
                    Thread.sleep(500);
                }
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
        }, "bench-memory");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        peakHeapUsed.accumulateAndGet(heapUsed(), Math::max);
    }

    static long heapUsed() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    static long heapMax() {
        return Runtime.getRuntime().maxMemory();
    }

    long peakHeapUsed() {
        sample();
        return peakHeapUsed.get();
    }

    /** The heap still in use after a full collection: what the JVM needs at least, now. */
    static long liveHeap() {
        System.gc();
        return heapUsed();
    }

    /** The peak resident set of this process in bytes ({@code VmHWM}), or -1 where /proc is not there. */
    static long peakResident() {
        try {
            return statusBytes(Files.readString(Path.of("/proc/self/status")), "VmHWM");
        } catch (IOException notLinux) {
            return -1;
        }
    }

    /** A {@code kB} figure of /proc/PID/status, in bytes, or -1 if the key is missing. */
    static long statusBytes(String status, String key) {
        for (String line : status.split("\n")) {
            if (line.startsWith(key + ":")) {
                String value = line.substring(key.length() + 1).trim();
                return Long.parseLong(value.split("\\s+")[0]) * 1024;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
