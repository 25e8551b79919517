package gx.doudi.backtest;

import gx.doudi.event.Households;
import gx.doudi.event.Regions;
import gx.doudi.indicator.Grade;
import gx.doudi.indicator.Indicators;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The alerts of a baseline and a candidate indicator set over the same events, compared per household,
 * indicator and grade (a pure function of the two lists of episodes).
 *
 * <p>At one (household, indicator, grade), the candidate has {@code gained} alerts when it has more
 * episodes there than the baseline, {@code lost} when it has fewer. A household whose only alert moved
 * from yellow to orange has lost a yellow and gained an orange. For every row, baseline + gained − lost
 * = candidate.
 */
public final class Comparison {
    public static final String GAINED = "gained";
    public static final String LOST = "lost";
    /** Where an alert whose region is not a Guangxi city is counted. */
    public static final String OTHER_CITY = "other";

    /** Counts of one row: alerts under each set, gained, lost, and the households with a change. */
    public record Tally(int baseline, int candidate, int gained, int lost, int households) {
        public boolean isEmpty() {
            return baseline == 0 && candidate == 0;
        }
    }

    public record Row(String indicator, Grade grade, Tally tally) {}

    public record CityRow(String city, String name, Tally tally) {}

    /**
     * One household whose alerts changed at one indicator and grade.
     *
     * @param alerts how many alerts it gained or lost there (usually 1)
     * @param baselineGrades the grades of every alert the baseline raised for this household and indicator
     * @param evidence the figures of the gained (candidate) or lost (baseline) alert
     */
    public record ChangedHousehold(String householdId, String region, String indicator, Grade grade, String change,
                                   int alerts, List<Grade> baselineGrades, List<Grade> candidateGrades,
                                   Map<String, Double> evidence) {
        public String city() {
            return cityOf(region);
        }
    }

    private record Key(String householdId, String indicator, Grade grade) {}

    private static final Map<String, Integer> RANK = new LinkedHashMap<>();

    static {
        Indicators.all().keySet().forEach(id -> RANK.put(id, RANK.size()));
    }

    private final List<Row> rows;
    private final List<CityRow> cities;
    private final List<ChangedHousehold> changes;
    private final Tally total;

    private Comparison(List<Row> rows, List<CityRow> cities, List<ChangedHousehold> changes, Tally total) {
        this.rows = rows;
        this.cities = cities;
        this.changes = changes;
        this.total = total;
    }

    public static Comparison of(List<AlertEpisode> baseline, List<AlertEpisode> candidate) {
        Map<Key, List<AlertEpisode>> before = byKey(baseline);
        Map<Key, List<AlertEpisode>> after = byKey(candidate);
        Map<Key, List<Grade>> baselineGrades = gradesByHousehold(baseline);
        Map<Key, List<Grade>> candidateGrades = gradesByHousehold(candidate);
        Set<Key> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<ChangedHousehold> changes = new ArrayList<>();
        for (Key k : keys) {
            List<AlertEpisode> b = before.getOrDefault(k, List.of());
            List<AlertEpisode> c = after.getOrDefault(k, List.of());
            if (b.size() == c.size()) {
                continue;
            }
            List<AlertEpisode> changed = c.size() > b.size() ? c : b;
            AlertEpisode example = changed.get(changed.size() - 1);
            changes.add(new ChangedHousehold(k.householdId(), example.region(), k.indicator(), k.grade(),
                    c.size() > b.size() ? GAINED : LOST, Math.abs(c.size() - b.size()),
                    gradesOf(baselineGrades, k), gradesOf(candidateGrades, k), example.evidence()));
        }
        changes.sort(Comparator.comparing((ChangedHousehold h) -> indicatorRank(h.indicator()))
                .thenComparing(ChangedHousehold::indicator)
                .thenComparing(ChangedHousehold::grade, Comparator.reverseOrder())
                .thenComparing(ChangedHousehold::change)
                .thenComparing(ChangedHousehold::householdId));

        Map<String, Map<Grade, Counter>> byRow = new TreeMap<>(Comparator.comparing(Comparison::indicatorRank)
                .thenComparing(Comparator.naturalOrder()));
        Map<String, Counter> byCity = new LinkedHashMap<>();
        Regions.CITIES.keySet().forEach(city -> byCity.put(city, new Counter()));
        Counter total = new Counter();
        for (AlertEpisode e : baseline) {
            for (Counter counter : counters(byRow, byCity, total, e.indicator(), e.grade(), e.region())) {
                counter.baseline++;
            }
        }
        for (AlertEpisode e : candidate) {
            for (Counter counter : counters(byRow, byCity, total, e.indicator(), e.grade(), e.region())) {
                counter.candidate++;
            }
        }
        for (ChangedHousehold h : changes) {
            for (Counter counter : counters(byRow, byCity, total, h.indicator(), h.grade(), h.region())) {
                counter.add(h);
            }
        }
        List<Row> rows = new ArrayList<>();
        byRow.forEach((indicator, grades) -> grades.forEach((grade, counter) -> rows.add(new Row(indicator, grade, counter.tally()))));
        List<CityRow> cities = new ArrayList<>();
        byCity.forEach((city, counter) -> {
            if (Regions.CITIES.containsKey(city) || !counter.tally().isEmpty()) {
                cities.add(new CityRow(city, Regions.CITIES.getOrDefault(city, "其他 (other)"), counter.tally()));
            }
        });
        return new Comparison(List.copyOf(rows), List.copyOf(cities), List.copyOf(changes), total.tally());
    }

    /** Per indicator and grade, most severe grade first; only rows with an alert under either set. */
    public List<Row> rows() {
        return rows;
    }

    /** Per city: all 14 cities, in code order (and "other" when an alert had no Guangxi region). */
    public List<CityRow> cities() {
        return cities;
    }

    /** Every change, by indicator, grade (most severe first), change and household. */
    public List<ChangedHousehold> changes() {
        return changes;
    }

    public Tally total() {
        return total;
    }

    static String cityOf(String region) {
        String city = Households.cityOf(region);
        return Regions.CITIES.containsKey(city) ? city : OTHER_CITY;
    }

    /** The engine's own order of indicators, unknown ids after them. */
    private static int indicatorRank(String indicator) {
        return RANK.getOrDefault(indicator, Integer.MAX_VALUE);
    }

    private static Map<Key, List<AlertEpisode>> byKey(List<AlertEpisode> episodes) {
        Map<Key, List<AlertEpisode>> map = new LinkedHashMap<>();
        for (AlertEpisode e : episodes) {
            map.computeIfAbsent(new Key(e.householdId(), e.indicator(), e.grade()), k -> new ArrayList<>()).add(e);
        }
        return map;
    }

    /** Grades of every episode of a household and indicator (keyed with a null grade), most severe first. */
    private static Map<Key, List<Grade>> gradesByHousehold(List<AlertEpisode> episodes) {
        Map<Key, List<Grade>> map = new LinkedHashMap<>();
        for (AlertEpisode e : episodes) {
            map.computeIfAbsent(new Key(e.householdId(), e.indicator(), null), k -> new ArrayList<>()).add(e.grade());
        }
        map.values().forEach(grades -> grades.sort(Comparator.reverseOrder()));
        return map;
    }

    private static List<Grade> gradesOf(Map<Key, List<Grade>> grades, Key k) {
        return List.copyOf(grades.getOrDefault(new Key(k.householdId(), k.indicator(), null), List.of()));
    }

    private static List<Counter> counters(Map<String, Map<Grade, Counter>> byRow, Map<String, Counter> byCity,
                                          Counter total, String indicator, Grade grade, String region) {
        Counter row = byRow.computeIfAbsent(indicator, i -> new TreeMap<>(Comparator.reverseOrder()))
                .computeIfAbsent(grade, g -> new Counter());
        return List.of(row, byCity.computeIfAbsent(cityOf(region), c -> new Counter()), total);
    }

    /** A tally while it is counted. */
    private static final class Counter {
        int baseline;
        int candidate;
        int gained;
        int lost;
        final Set<String> households = new HashSet<>();

        void add(ChangedHousehold h) {
            if (GAINED.equals(h.change())) {
                gained += h.alerts();
            } else {
                lost += h.alerts();
            }
            households.add(h.householdId());
        }

        Tally tally() {
            return new Tally(baseline, candidate, gained, lost, households.size());
        }
    }
}
