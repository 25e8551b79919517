package gx.doudi.bench;

/**
 * A steady offered rate: event {@code i} is due at {@code start + i / rate}, however late the ones before
 * it went out, so a sender that falls behind catches up instead of drifting to a lower rate, and never
 * sends ahead of the schedule.
 */
final class Pacer {
    private final long startNanos;
    private final double nanosPerEvent;

    Pacer(long startNanos, double eventsPerSecond) {
        if (!(eventsPerSecond > 0)) {
            throw new IllegalArgumentException("the rate must be positive, not " + eventsPerSecond);
        }
        this.startNanos = startNanos;
        this.nanosPerEvent = 1e9 / eventsPerSecond;
    }

    /** When event {@code index} (from 0) is due, in {@link System#nanoTime()} terms. */
    long dueAt(long index) {
        return startNanos + (long) (index * nanosPerEvent);
    }

    /** How many events are due by {@code nowNanos}: events 0 to that number less one may be sent. */
    long dueBy(long nowNanos) {
        if (nowNanos < startNanos) {
            return 0;
        }
        long n = (long) ((nowNanos - startNanos) / nanosPerEvent) + 1;
        // floating point may put the boundary event one off: the schedule itself decides
        while (n > 0 && dueAt(n - 1) > nowNanos) {
            n--;
        }
        while (dueAt(n) <= nowNanos) {
            n++;
        }
        return n;
    }
}
