package gx.doudi.bench;

import gx.doudi.event.Event;
import gx.doudi.event.EventSerializer;
import gx.doudi.event.Parsed;
import gx.doudi.event.RawRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/**
 * The events' serializer alone: nanoseconds an event to write and to read back the valid events of a
 * file, medians of the last 10 of 15 rounds (the first 5 warm the JIT). Not a test; BENCHMARKS.md
 * ("2026-12-07, evening") gives its figures for format 1 and format 2.
 *
 * <pre>
 * java -jar target/doudi.jar generate --out /tmp/events.jsonl --households 50000 --events 200000
 * java -cp target/doudi.jar:target/test-classes gx.doudi.bench.EventSerializerBench /tmp/events.jsonl
 * </pre>
 */
public final class EventSerializerBench {
    private static final int ROUNDS = 15;
    private static final int WARM_UP = 5;

    private EventSerializerBench() {}

    public static void main(String[] args) throws Exception {
        List<Event> events = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            Parsed p = Parsed.of(new RawRecord("bench", 0, events.size(), line), now);
            if (p.event != null) {
                events.add(p.event);
            }
        }
        EventSerializer serializer = EventSerializer.INSTANCE;
        DataOutputSerializer out = new DataOutputSerializer(1 << 20);
        List<Double> writes = new ArrayList<>();
        List<Double> reads = new ArrayList<>();
        long checksum = 0;
        for (int round = 0; round < ROUNDS; round++) {
            out.clear();
            long started = System.nanoTime();
            for (Event e : events) {
                serializer.serialize(e, out);
            }
            long written = System.nanoTime();
            DataInputDeserializer in = new DataInputDeserializer(out.getSharedBuffer(), 0, out.length());
            for (int i = 0; i < events.size(); i++) {
                checksum += serializer.deserialize(in).occurredAt;
            }
            long read = System.nanoTime();
            if (round >= WARM_UP) {
                writes.add((written - started) / (double) events.size());
                reads.add((read - written) / (double) events.size());
            }
        }
        Collections.sort(writes);
        Collections.sort(reads);
        System.out.printf("%,d events, %.0f bytes an event: write %.0f ns, read %.0f ns an event (medians of %d; checksum %d)%n",
                events.size(), out.length() / (double) events.size(), writes.get(writes.size() / 2),
                reads.get(reads.size() / 2), ROUNDS - WARM_UP, checksum % 1000);
    }
}
