package gx.doudi.pipeline;

import gx.doudi.household.HouseholdState;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The households a keyed subtask worked on last, kept on the heap, so that the next round of one of
 * them neither reads and deserializes its value from RocksDB nor serializes and writes it back.
 *
 * <p>Write-behind: a round's household is held as the round left it, and goes to its {@link Store}
 * (RocksDB, under the household's key) only when it is pushed out, least recently used first, or when
 * {@link #flush()} comes before a checkpoint. So a checkpoint holds every household as its last round
 * left it, and a restore starts with an empty cache. A household not held is in RocksDB as last
 * written, so a miss reads what the last round left. With no capacity, every round writes at once.
 */
final class HouseholdCache {
    /** Households per subtask: about 2.3 KB of heap each, so about 115 MB a subtask (BENCHMARKS.md, "Memory"). */
    static final int DEFAULT_CAPACITY = 50_000;

    /** Where a household's value goes when it leaves the heap. */
    @FunctionalInterface
    interface Store {
        void write(String key, HouseholdState state) throws Exception;
    }

    private static final class Held {
        HouseholdState state;
        /** Changed since it was last written to the store. */
        boolean unwritten;

        Held(HouseholdState state) {
            this.state = state;
            this.unwritten = true;
        }
    }

    private final int capacity;
    private final Store store;
    /** In access order: the first is the household used least recently. */
    private final LinkedHashMap<String, Held> households = new LinkedHashMap<>(16, 0.75f, true);
    private long lookups;
    private long hits;
    private long rounds;
    private long writes;

    HouseholdCache(int capacity, Store store) {
        this.capacity = checkedCapacity(capacity);
        this.store = store;
    }

    /** {@code capacity} if it is not negative: one check for a job file's {@code householdsOnHeap} and for the cache itself. */
    static int checkedCapacity(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("householdsOnHeap must not be negative");
        }
        return capacity;
    }

    /** The household as its last round left it, or null when the cache does not hold it. */
    HouseholdState get(String key) {
        if (capacity == 0) {
            return null;
        }
        lookups++;
        Held held = households.get(key);
        if (held == null) {
            return null;
        }
        hits++;
        return held.state;
    }

    /** The household as its round left it: held, and written when it leaves the heap (at once with no capacity). */
    void put(String key, HouseholdState state) throws Exception {
        rounds++;
        if (capacity == 0) {
            write(key, state);
            return;
        }
        Held held = households.get(key);
        if (held != null) {
            held.state = state;
            held.unwritten = true;
            return;
        }
        households.put(key, new Held(state));
        if (households.size() > capacity) {
            Iterator<Map.Entry<String, Held>> eldest = households.entrySet().iterator();
            Map.Entry<String, Held> out = eldest.next();
            eldest.remove();
            if (out.getValue().unwritten) {
                write(out.getKey(), out.getValue().state);
            }
        }
    }

    /** Writes every household changed since its last write; they stay held. Before each checkpoint. */
    void flush() throws Exception {
        for (Map.Entry<String, Held> e : households.entrySet()) {
            Held held = e.getValue();
            if (held.unwritten) {
                write(e.getKey(), held.state);
                held.unwritten = false;
            }
        }
    }

    /** After the household's state was cleared: nothing of it is written later. */
    void cleared(String key) {
        households.remove(key);
    }

    private void write(String key, HouseholdState state) throws Exception {
        store.write(key, state);
        writes++;
    }

    int size() {
        return households.size();
    }

    long lookups() {
        return lookups;
    }

    long hits() {
        return hits;
    }

    /** Rounds that left a household to keep. */
    long rounds() {
        return rounds;
    }

    /** Households written to the store: at most {@link #rounds()}, fewer by the rounds that found theirs held. */
    long writes() {
        return writes;
    }
}
