package gx.doudi.bench;

import java.util.List;
import java.util.function.ToLongFunction;
import org.HdrHistogram.Histogram;

/** Percentiles of one latency histogram, in milliseconds, and how many values it holds. */
record LatencySummary(long p50, long p99, long p999, long max, long count) {
    static final LatencySummary NONE = new LatencySummary(0, 0, 0, 0, 0);

    /** A histogram of latencies in milliseconds, up to an hour, to three significant digits. */
    static Histogram histogram() {
        return new Histogram(3_600_000L, 3);
    }

    static LatencySummary of(Histogram h) {
        if (h.getTotalCount() == 0) {
            return NONE;
        }
        return new LatencySummary(h.getValueAtPercentile(50), h.getValueAtPercentile(99), h.getValueAtPercentile(99.9),
                h.getMaxValue(), h.getTotalCount());
    }

    /** Each figure the median of the runs' figures (the lower middle one for an even number of runs). */
    static LatencySummary median(List<LatencySummary> runs) {
        if (runs.isEmpty()) {
            return NONE;
        }
        return new LatencySummary(median(runs, LatencySummary::p50), median(runs, LatencySummary::p99),
                median(runs, LatencySummary::p999), median(runs, LatencySummary::max), median(runs, LatencySummary::count));
    }

    /** The median of one figure over the runs: the lower middle one for an even number of runs. */
    static <T> long median(List<T> runs, ToLongFunction<T> figure) {
        long[] values = runs.stream().mapToLong(figure).sorted().toArray();
        return values[(values.length - 1) / 2];
    }

    /** {@code p50 / p99 / p999 / max} in milliseconds, or a dash where nothing was measured. */
    String cells() {
        if (count == 0) {
            return "–";
        }
        return String.format("%,d / %,d / %,d / %,d", p50, p99, p999, max);
    }
}
