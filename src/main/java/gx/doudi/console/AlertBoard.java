package gx.doudi.console;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.event.Regions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The alerts the console holds, newest change first, up to {@code capacity} (the oldest unchanged go
 * first). Pages and counts are computed here on request, so the page only ever receives one page.
 */
final class AlertBoard {
    record Page(int total, List<AlertRow> rows) {}

    /** What changed after a version: the rows that match a filter, and the ids of those that no longer do. */
    record Changes(long version, List<AlertRow> rows, List<String> gone) {}

    record CityCount(String code, String name, int red, int orange, int yellow) {}

    /** The at-a-glance numbers of the alerts a filter lets through. */
    record Glance(int total, Map<String, Integer> grades, Map<String, Integer> types, int open, int resolved,
                  List<CityCount> cities) {}

    private final int capacity;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final TreeMap<Long, AlertRow> bySeq = new TreeMap<>();
    private final Map<String, AlertRow> byId = new HashMap<>();
    private long seq;

    AlertBoard(int capacity) {
        this.capacity = capacity;
    }

    /** Takes one alert record; false when it is not one. */
    boolean add(JsonNode alert) {
        lock.writeLock().lock();
        try {
            AlertRow previous = byId.get(alert.path("alertId").asText(""));
            AlertRow row = AlertRow.of(alert, previous, seq + 1);
            if (row == null) {
                return false;
            }
            seq++;
            if (previous != null) {
                bySeq.remove(previous.seq());
            }
            bySeq.put(row.seq(), row);
            byId.put(row.alertId(), row);
            while (byId.size() > capacity) {
                byId.remove(bySeq.pollFirstEntry().getValue().alertId());
            }
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    long version() {
        return read(() -> seq);
    }

    int size() {
        return read(byId::size);
    }

    private <T> T read(Supplier<T> reading) {
        lock.readLock().lock();
        try {
            return reading.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    Page page(AlertFilter filter, int offset, int limit) {
        return read(() -> {
            List<AlertRow> rows = new ArrayList<>(limit);
            int total = 0;
            for (AlertRow r : bySeq.descendingMap().values()) {
                if (filter.matches(r)) {
                    if (total >= offset && rows.size() < limit) {
                        rows.add(r);
                    }
                    total++;
                }
            }
            return new Page(total, rows);
        });
    }

    /** The alerts changed after {@code version}, newest first: at most {@code limit} matching rows. */
    Changes since(long version, AlertFilter filter, int limit) {
        return read(() -> {
            List<AlertRow> rows = new ArrayList<>();
            List<String> gone = new ArrayList<>();
            NavigableMap<Long, AlertRow> changed = bySeq.tailMap(version, false).descendingMap();
            for (AlertRow r : changed.values()) {
                if (!filter.matches(r)) {
                    gone.add(r.alertId());
                } else if (rows.size() < limit) {
                    rows.add(r);
                }
            }
            return new Changes(seq, rows, gone);
        });
    }

    Glance glance(AlertFilter filter) {
        Map<String, Integer> grades = zeros(Labels.GRADES.keySet());
        Map<String, Integer> types = zeros(Labels.TYPES.keySet());
        Map<String, int[]> cities = new LinkedHashMap<>();
        Regions.CITIES.keySet().forEach(c -> cities.put(c, new int[3]));
        int total = 0;
        int open = 0;
        lock.readLock().lock();
        try {
            for (AlertRow r : byId.values()) {
                if (!filter.matches(r)) {
                    continue;
                }
                total++;
                open += r.open() ? 1 : 0;
                grades.merge(r.grade(), 1, Integer::sum);
                r.types().forEach(t -> types.merge(t, 1, Integer::sum));
                int[] city = cities.get(Labels.cityOf(r.region()));
                if (city != null) {
                    city[gradeIndex(r.grade())]++;
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        List<CityCount> perCity = new ArrayList<>();
        cities.forEach((code, n) -> perCity.add(new CityCount(code, Regions.CITIES.get(code), n[0], n[1], n[2])));
        return new Glance(total, grades, types, open, total - open, perCity);
    }

    /** Counts of the held alerts by grade, type and status, as "grade red" → n: the demo's terminal lines. */
    Map<String, Long> counts() {
        return read(() -> {
            Map<String, Long> counts = new TreeMap<>();
            for (AlertRow r : byId.values()) {
                counts.merge("grade " + r.grade(), 1L, Long::sum);
                counts.merge("status " + r.status(), 1L, Long::sum);
                r.types().forEach(t -> counts.merge("type " + t, 1L, Long::sum));
            }
            return counts;
        });
    }

    private static int gradeIndex(String grade) {
        return switch (grade) {
            case "red" -> 0;
            case "orange" -> 1;
            default -> 2;
        };
    }

    private static Map<String, Integer> zeros(Iterable<String> keys) {
        Map<String, Integer> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, 0));
        return map;
    }
}
