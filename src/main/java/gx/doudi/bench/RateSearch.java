package gx.doudi.bench;

import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The highest offered rate the engine keeps up with: double the rate while it keeps up, then bisect
 * between the highest rate it kept up with and the lowest it did not, until they are within a tenth of
 * each other or the steps run out. Rates already measured (the fixed ones) count as steps taken.
 */
final class RateSearch {
    /** Rates are rounded to this, so that the table shows round figures. */
    static final int GRAIN = 100;
    /** Past this, the producer of this machine is the limit, not the engine. */
    static final int CEILING = 1_000_000;

    private final int start;
    private final int maxSteps;
    private final TreeMap<Integer, Boolean> kept = new TreeMap<>();
    private int steps;

    RateSearch(int start, int maxSteps) {
        this.start = start;
        this.maxSteps = maxSteps;
    }

    /** A rate measured outside the search: a fixed rate of the run. */
    void known(int rate, boolean keptUp) {
        kept.merge(rate, keptUp, Boolean::logicalAnd);
    }

    /** A rate the search asked for, measured. */
    void measured(int rate, boolean keptUp) {
        known(rate, keptUp);
        steps++;
    }

    /** The next rate to measure, or empty when the search is done. */
    OptionalInt next() {
        if (steps >= maxSteps) {
            return OptionalInt.empty();
        }
        Integer low = highestKept();
        Integer high = lowestMissed();
        int next;
        if (low == null && high == null) {
            next = start;
        } else if (high == null) {
            next = Math.min(CEILING, low * 2);
        } else if (low == null) {
            next = high / 2;
        } else if (high - low <= low / 10) {
            return OptionalInt.empty();
        } else {
            next = (low + high) / 2;
        }
        next = Math.max(GRAIN, Math.round(next / (float) GRAIN) * GRAIN);
        return kept.containsKey(next) ? OptionalInt.empty() : OptionalInt.of(next);
    }

    /** The highest rate kept up with, if any. */
    OptionalInt highest() {
        Integer low = highestKept();
        return low == null ? OptionalInt.empty() : OptionalInt.of(low);
    }

    /** The highest rate kept up with below the lowest one missed: a noisy miss below a keep wins. */
    private Integer highestKept() {
        Integer missed = lowestMissed();
        Integer best = null;
        for (Map.Entry<Integer, Boolean> e : kept.entrySet()) {
            if (e.getValue() && (missed == null || e.getKey() < missed)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private Integer lowestMissed() {
        for (Map.Entry<Integer, Boolean> e : kept.entrySet()) {
            if (!e.getValue()) {
                return e.getKey();
            }
        }
        return null;
    }
}
