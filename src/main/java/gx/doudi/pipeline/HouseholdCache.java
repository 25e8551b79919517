package gx.doudi.pipeline;

import gx.doudi.household.HouseholdState;
import gx.doudi.referral.ChainHistory;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The households a keyed subtask worked on last, kept on the heap with their chains where a round
 * read one, so that the next round of one of them neither reads and deserializes its values from
 * RocksDB nor serializes and writes them back.
 *
 * <p>Write-behind: a round's household is held as the round left it, and goes to its {@link Store}
 * (RocksDB, under the household's key) only when it is pushed out, least recently used first, or when
 * {@link #flush()} comes before a checkpoint. So a checkpoint holds every household as its last round
 * left it, and a restore starts with an empty cache. A household not held is in RocksDB as last
 * written, so a miss reads what the last round left. With no capacity, every round writes at once.
 */
final class HouseholdCache {
    /** Households per subtask: about 2.3 KB of heap each, chains aside, so about 115 MB a subtask (BENCHMARKS.md, "Memory"). */
    static final int DEFAULT_CAPACITY = 50_000;

    /** Where a household's values go when they leave the heap; one that did not change since its last write is null. */
    @FunctionalInterface
    interface Store {
        void write(String key, HouseholdState state, ChainHistory chain) throws Exception;
    }

    private static final class Held {
        HouseholdState state;
        /** The household's chain, once a round read it; null until then (RocksDB has it as written). */
        ChainHistory chain;
        /** The state changed since it was last written to the store. */
        boolean unwritten;
        /** The chain changed since it was last written to the store. */
        boolean chainUnwritten;

        /** Writes what changed since the last write, if anything; returns whether it wrote. */
        boolean writeTo(String key, Store store) throws Exception {
            if (!unwritten && !chainUnwritten) {
                return false;
            }
            store.write(key, unwritten ? state : null, chainUnwritten ? chain : null);
            unwritten = false;
            chainUnwritten = false;
            return true;
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

    /** The held household's chain as its last round left it, or null when not held (RocksDB has it as written). */
    ChainHistory chain(String key) {
        Held held = households.get(key);
        return held == null ? null : held.chain;
    }

    /**
     * The household as its round left it: held, and written when it leaves the heap (at once with no
     * capacity). {@code chain} is the chain if the round read it, else null; {@code chainChanged}
     * whether the round changed it.
     */
    void put(String key, HouseholdState state, ChainHistory chain, boolean chainChanged) throws Exception {
        rounds++;
        if (capacity == 0) {
            write(key, state, chainChanged ? chain : null);
            return;
        }
        Held held = households.get(key);
        if (held == null) {
            held = new Held();
            households.put(key, held);
        }
        held.state = state;
        held.unwritten = true;
        if (chain != null) {
            held.chain = chain;
            held.chainUnwritten |= chainChanged;
        }
        if (households.size() > capacity) {
            Iterator<Map.Entry<String, Held>> eldest = households.entrySet().iterator();
            Map.Entry<String, Held> out = eldest.next();
            eldest.remove();
            writeChanged(out);
        }
    }

    /** Writes every household changed since its last write; they stay held. Before each checkpoint. */
    void flush() throws Exception {
        for (Map.Entry<String, Held> e : households.entrySet()) {
            writeChanged(e);
        }
    }

    private void writeChanged(Map.Entry<String, Held> e) throws Exception {
        if (e.getValue().writeTo(e.getKey(), store)) {
            writes++;
        }
    }

    /** After the household's state was cleared: nothing of it is written later. */
    void cleared(String key) {
        households.remove(key);
    }

    private void write(String key, HouseholdState state, ChainHistory chain) throws Exception {
        store.write(key, state, chain);
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
