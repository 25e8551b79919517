package gx.doudi.indicator;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every city's standards, effective-dated: an event is judged by the standard in force on its date. */
public final class Standards implements Serializable {
    /** Guangxi's dates are China Standard Time. */
    public static final ZoneOffset ZONE = ZoneOffset.ofHours(8);

    private final Map<String, List<CityStandard>> byCity;

    public Standards(List<CityStandard> all) {
        Map<String, List<CityStandard>> map = new TreeMap<>();
        for (CityStandard s : all) {
            map.computeIfAbsent(s.city(), c -> new ArrayList<>()).add(s);
        }
        map.values().forEach(list -> list.sort(Comparator.comparing(CityStandard::effective)));
        this.byCity = map;
    }

    /** The standard in force for this city on the date of {@code atMillis}, or null if none yet. */
    public CityStandard inForce(String city, long atMillis) {
        List<CityStandard> list = byCity.get(city);
        if (list == null) {
            return null;
        }
        LocalDate date = Instant.ofEpochMilli(atMillis).atOffset(ZONE).toLocalDate();
        CityStandard found = null;
        for (CityStandard s : list) {
            if (!s.effective().isAfter(date)) {
                found = s;
            }
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
