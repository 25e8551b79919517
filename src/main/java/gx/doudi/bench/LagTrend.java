package gx.doudi.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine's consumer lag, sampled through the measured period, and how much it grew: the slope of a
 * least-squares line, so that the lag's sawtooth (records fetched in batches) is not taken for growth.
 */
final class LagTrend {
    private final List<long[]> samples = new ArrayList<>();

    /** The lag (events appended, not yet read) at {@code nanos}. */
    synchronized void add(long nanos, long lag) {
        samples.add(new long[] {nanos, lag});
    }

    /** By how many events the fitted line rises over {@code nanos}; 0 with fewer than two samples. */
    synchronized long growthOver(long nanos) {
        int n = samples.size();
        if (n < 2) {
            return 0;
        }
        double t0 = samples.get(0)[0];
        double meanT = 0;
        double meanLag = 0;
        for (long[] s : samples) {
            meanT += (s[0] - t0) / n;
            meanLag += (double) s[1] / n;
        }
        double covariance = 0;
        double variance = 0;
        for (long[] s : samples) {
            double dt = s[0] - t0 - meanT;
            covariance += dt * (s[1] - meanLag);
            variance += dt * dt;
        }
        return variance == 0 ? 0 : Math.round(covariance / variance * nanos);
    }
}
