package gx.doudi.pipeline;

import java.io.Serializable;
import java.time.Duration;

/**
 * How many events a keyed stage keeps on the heap while they wait for the watermark, and which ones go
 * to RocksDB past that. At the live edge the departments' partitions are seconds apart in event time
 * and nothing reaches the bound. Catching up a backlog, the partitions cross it at different paces and
 * every event of a faster one waits for the slowest: past {@code onHeap} events, those more than
 * {@code ahead} ahead of the watermark wait in keyed state instead (BENCHMARKS.md, "Memory").
 *
 * @param onHeap events kept on the heap per subtask before any waits in RocksDB
 * @param ahead how far ahead of the watermark an event must be to go to RocksDB: the events about to be
 *              released stay on the heap, where releasing them costs no state access
 */
public record WaitingBound(int onHeap, Duration ahead) implements Serializable {
    public static final WaitingBound DEFAULT = new WaitingBound(100_000, Duration.ofDays(1));

    public WaitingBound {
        if (onHeap < 0 || ahead.isNegative()) {
            throw new IllegalArgumentException("waitingOnHeap and waitingAhead must not be negative");
        }
    }
}
