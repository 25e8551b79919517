package gx.doudi.bench;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Discards one of the engine's outputs and remembers, in this JVM, the watermark that reached it and the
 * records it saw. Flink forwards a watermark only once everything before it has been processed: when the
 * watermark of the engine's outputs has passed T, every event up to T has been through the engine's state,
 * whatever its operators are. Only for a cluster in this JVM (a MiniCluster), at parallelism 1.
 */
final class OutputWatermark<T> implements Sink<T> {
    private static final Map<String, AtomicLong> WATERMARKS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> RECORDS = new ConcurrentHashMap<>();

    private final String name;

    OutputWatermark(String name) {
        this.name = name;
    }

    /** Forgets what the outputs of this name saw: before a job (or a restored one) starts. */
    static void reset(Collection<String> names) {
        for (String n : names) {
            WATERMARKS.put(n, new AtomicLong(Long.MIN_VALUE));
            RECORDS.put(n, new AtomicLong());
        }
    }

    /** The event time up to which all these outputs are complete. */
    static long reached(Collection<String> names) {
        return names.stream().mapToLong(n -> WATERMARKS.get(n).get()).min().orElse(Long.MIN_VALUE);
    }

    static long records(String name) {
        return RECORDS.get(name).get();
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        AtomicLong watermark = WATERMARKS.computeIfAbsent(name, n -> new AtomicLong(Long.MIN_VALUE));
        AtomicLong records = RECORDS.computeIfAbsent(name, n -> new AtomicLong());
        return new SinkWriter<>() {
            @Override
            public void write(T element, Context ctx) {
                records.incrementAndGet();
            }

            @Override
            public void writeWatermark(Watermark mark) {
                watermark.accumulateAndGet(mark.getTimestamp(), Math::max);
            }

            @Override
            public void flush(boolean endOfInput) {
                // nothing is kept
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
    }
}
