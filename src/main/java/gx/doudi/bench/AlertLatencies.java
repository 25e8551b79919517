package gx.doudi.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.HdrHistogram.Histogram;

/**
 * Matches alerts to the events that caused them ({@code causedBy}) and measures, per event, the time from
 * its append to the append of its first alert, and to the moment a read_committed consumer first saw that
 * alert. Both ends of the first are broker timestamps (LogAppendTime); the second end is the reader's
 * clock, on the same machine. Events and alerts may be told in any order, from different threads.
 */
final class AlertLatencies {
    /** The latencies of the events measured, and how many there were. */
    record Result(long events, Histogram toAppend, Histogram toVisible) {
        long matched() {
            return toAppend.getTotalCount();
        }
    }

    private final Map<String, Long> eventAppended = new ConcurrentHashMap<>();
    /** eventId → {first alert's append time, first time an alert naming it was seen}. */
    private final Map<String, long[]> firstAlert = new ConcurrentHashMap<>();

    /** An event to measure, appended at {@code appendedAt} (broker time, ms). */
    void eventAppended(String eventId, long appendedAt) {
        eventAppended.put(eventId, appendedAt);
    }

    /** An alert caused by {@code eventId}, appended at {@code appendedAt} and read at {@code seenAt}. */
    void alertSeen(String eventId, long appendedAt, long seenAt) {
        firstAlert.merge(eventId, new long[] {appendedAt, seenAt},
                (a, b) -> new long[] {Math.min(a[0], b[0]), Math.min(a[1], b[1])});
    }

    int events() {
        return eventAppended.size();
    }

    Result result() {
        Histogram toAppend = LatencySummary.histogram();
        Histogram toVisible = LatencySummary.histogram();
        eventAppended.forEach((eventId, appended) -> {
            long[] alert = firstAlert.get(eventId);
            if (alert != null) {
                toAppend.recordValue(Math.max(0, alert[0] - appended));
                toVisible.recordValue(Math.max(0, alert[1] - appended));
            }
        });
        return new Result(eventAppended.size(), toAppend, toVisible);
    }

    /**
     * The ids in an alert's {@code causedBy}, read from its JSON text without building a tree (the reader
     * must not take the engine's CPU): the engine writes it as {@code "causedBy":["id",...]}.
     */
    static String[] causedBy(String alertJson) {
        int at = alertJson.indexOf("\"causedBy\":[");
        if (at < 0) {
            return new String[0];
        }
        int from = at + "\"causedBy\":[".length();
        int to = alertJson.indexOf(']', from);
        String list = alertJson.substring(from, to).trim();
        if (list.isEmpty()) {
            return new String[0];
        }
        String[] ids = list.split(",");
        for (int i = 0; i < ids.length; i++) {
            String id = ids[i].trim();
            ids[i] = id.substring(1, id.length() - 1);
        }
        return ids;
    }
}
