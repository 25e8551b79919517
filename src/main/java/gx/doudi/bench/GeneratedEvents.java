package gx.doudi.bench;

import gx.doudi.generate.Generator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The generator's records for every measurement of a run, generated once and kept: each measurement
 * offers the same seeded sequence, and the generator's own cost (it is far from free) is paid before any
 * clock starts instead of on the machine's cores while the engine is measured. Past {@link #KEPT} records
 * it generates as they are asked for.
 */
final class GeneratedEvents {
    /** About a gigabyte of JSON at most is kept. */
    static final int KEPT = 2_000_000;

    private final Generator generator;
    private final List<Generator.Record> kept = new ArrayList<>();

    GeneratedEvents(long seed, int households) {
        this.generator = new Generator(seed, households, Long.MAX_VALUE, Instant.parse("2026-01-01T00:00:00Z"),
                Duration.ofDays(365), 0);
    }

    /** Generates now what {@link #get} will be asked for, up to {@code count} records (at most {@link #KEPT}). */
    void prepare(long count) {
        while (kept.size() < Math.min(count, KEPT)) {
            kept.add(generator.next());
        }
    }

    /** Record {@code index} of the sequence: the same in every measurement, up to {@link #KEPT}. */
    Generator.Record get(long index) {
        prepare(index + 1);
        return index < kept.size() ? kept.get((int) index) : generator.next();
    }
}
