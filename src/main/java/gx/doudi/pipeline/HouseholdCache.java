package gx.doudi.pipeline;

import gx.doudi.household.HouseholdState;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The households a keyed subtask worked on last, kept on the heap as they were written to RocksDB, so
 * that the next round of one of them need not read and deserialize its value again.
 *
 * <p>RocksDB stays the truth: every round still writes its household's value, so a checkpoint holds
 * everything and a restore starts with an empty cache. What the cache holds is the very object the last
 * round wrote (each round writes the object it worked on), and only the household stage reads or writes
 * that state, so a hit is what a read would have returned. Bounded by count, the least recently used
 * household goes first.
 */
final class HouseholdCache {
    /** Households per subtask: about 2.3 KB of heap each, so about 115 MB a subtask (BENCHMARKS.md, "Memory"). */
    static final int DEFAULT_CAPACITY = 50_000;
    private final int capacity;
    private final LinkedHashMap<String, HouseholdState> households;
    private long lookups;
    private long hits;

    HouseholdCache(int capacity) {
        this.capacity = checkedCapacity(capacity);
        this.households = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, HouseholdState> eldest) {
                return size() > HouseholdCache.this.capacity;
            }
        };
    }

    /** {@code capacity} if it is not negative: one check for a job file's {@code householdsOnHeap} and for the cache itself. */
    static int checkedCapacity(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("householdsOnHeap must not be negative");
        }
        return capacity;
    }

    /** The household as its last round wrote it, or null when the cache does not hold it. */
    HouseholdState get(String key) {
        if (capacity == 0) {
            return null;
        }
        lookups++;
        HouseholdState state = households.get(key);
        if (state != null) {
            hits++;
        }
        return state;
    }

    /** After the round's write of {@code state}. */
    void written(String key, HouseholdState state) {
        if (capacity > 0) {
            households.put(key, state);
        }
    }

    /** After the household's state was cleared. */
    void cleared(String key) {
        households.remove(key);
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
}
