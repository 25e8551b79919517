package gx.doudi.indicator;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every city's standards, effective-dated: an event is judged by the standard in force on its date. */
public final class Standards implements Serializable {
    /** Guangxi's dates are China Standard Time. */
    public static final ZoneOffset ZONE = ZoneOffset.ofHours(8);

    private final Map<String, List<CityStandard>> byCity;
    /** Per city, its standards in effective order and when each comes into force, for the lookup of every round. */
    private final Map<String, InForce> lookup = new HashMap<>();

    private record InForce(CityStandard[] standards, long[] from) implements Serializable {}

    public Standards(List<CityStandard> all) {
        Map<String, List<CityStandard>> map = new TreeMap<>();
        for (CityStandard s : all) {
            map.computeIfAbsent(s.city(), c -> new ArrayList<>()).add(s);
        }
        map.values().forEach(list -> list.sort(Comparator.comparing(CityStandard::effective)));
        this.byCity = map;
        map.forEach((city, list) -> lookup.put(city, new InForce(list.toArray(CityStandard[]::new),
                list.stream().mapToLong(c -> c.effective().atStartOfDay(ZONE).toInstant().toEpochMilli()).toArray())));
    }

    /** The standard in force for this city on the date of {@code atMillis}, or null if none yet. */
    public CityStandard inForce(String city, long atMillis) {
        InForce dated = lookup.get(city);
        if (dated == null) {
            return null;
        }
        CityStandard found = null;
        for (int i = 0; i < dated.from.length && dated.from[i] <= atMillis; i++) {
            found = dated.standards[i];
        }
        return found;
    }

    public Map<String, List<CityStandard>> byCity() {
        return byCity;
    }

    public List<CityStandard> all() {
        return byCity.values().stream().flatMap(List::stream).toList();
    }
}
