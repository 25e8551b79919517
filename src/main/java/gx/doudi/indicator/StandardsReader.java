package gx.doudi.indicator;

import gx.doudi.event.Regions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code cities:} into effective-dated {@link CityStandard}s (INDICATORS.md, "Standards"): every
 * standard says where its figures come from and the date it takes effect, so that an old event is
 * judged by the standard in force on its date.
 */
final class StandardsReader {
    private static final Set<String> CITY_FIELDS = Set.of("code", "name", "standards");
    private static final Set<String> STANDARD_FIELDS = Set.of("effective", "source", "dibao", "disposableIncome",
            "marginalMultiplier");

    private final NodeReader in;
    private final List<CityStandard> standards = new ArrayList<>();
    /** City code → where it was first listed, to catch a city listed twice. */
    private final Map<String, String> listedAt = new LinkedHashMap<>();
    /** The first {@code cities:} key of the set: where a missing city is reported. */
    private String citiesFile;
    private int citiesLine;

    StandardsReader(NodeReader in) {
        this.in = in;
    }

    void readCities(Node key, Node value) {
        if (citiesFile == null) {
            citiesFile = in.file();
            citiesLine = NodeReader.line(key);
        }
        List<Node> cities = in.list(value, "cities");
        if (cities != null) {
            cities.forEach(this::readCity);
        }
    }

    private void readCity(Node node) {
        MappingNode m = in.mapping(node, "a city");
        if (m == null) {
            return;
        }
        Map<String, Node> f = in.fields(m, CITY_FIELDS, "city");
        String code = in.requiredText(f, m, "city", "code", "its 6-digit code, such as \"450100\"");
        if (code == null) {
            return;
        }
        if (!Regions.CITIES.containsKey(code)) {
            in.problem(f.get("code"), NodeReader.unknown("city code", code, Regions.CITIES.keySet())
                    + ": a city is one of Guangxi's 14 prefecture-level cities");
            return;
        }
        String city = "city " + code + " " + Regions.CITIES.get(code);
        if (listedAt.containsKey(code)) {
            in.problem(f.get("code"), city + " is listed twice (first at " + listedAt.get(code)
                    + "): give all its standards under one entry");
            return;
        }
        listedAt.put(code, in.where(f.get("code")));
        String name = f.containsKey("name") ? NodeReader.scalar(f.get("name")) : Regions.CITIES.get(code);
        if (!f.containsKey("standards")) {
            in.problem(m, city + ": missing 'standards' (a list of standards, each with source and effective date)");
            return;
        }
        List<Node> list = in.list(f.get("standards"), city + ": standards");
        if (list != null && list.isEmpty()) {
            in.problem(f.get("standards"), city + ": standards is empty: give at least one, with source and effective date");
        } else if (list != null) {
            Map<LocalDate, Node> effectiveDates = new LinkedHashMap<>();
            list.forEach(s -> readStandard(code, name, city, s, effectiveDates));
        }
    }

    private void readStandard(String code, String name, String city, Node node, Map<LocalDate, Node> effectiveDates) {
        MappingNode m = in.mapping(node, city + ": a standard");
        if (m == null) {
            return;
        }
        Map<String, Node> f = in.fields(m, STANDARD_FIELDS, city + ": standard");
        String source = in.requiredText(f, m, city, "source", "where the figures come from");
        LocalDate effective = null;
        if (!f.containsKey("effective")) {
            in.problem(m, city + ": missing 'effective' (the date the standard takes effect, like 2025-01-01)");
        } else {
            effective = in.date(f.get("effective"), city + ": effective");
        }
        double[] dibao = urbanRural(f, m, city, "dibao", "monthly dibao standard, yuan");
        double[] disposable = urbanRural(f, m, city, "disposableIncome", "last year's per-capita disposable income, yuan");
        Double multiplier = null;
        if (!f.containsKey("marginalMultiplier")) {
            in.problem(m, city + ": missing 'marginalMultiplier' (marginal = dibao std < pc income < multiplier × std)");
        } else {
            multiplier = in.number(f.get("marginalMultiplier"), city + ": marginalMultiplier");
            if (multiplier != null && multiplier <= 1) {
                multiplier = in.fail(f.get("marginalMultiplier"), city + ": marginalMultiplier must be above 1, not "
                        + NodeReader.scalar(f.get("marginalMultiplier")));
            }
        }
        if (effective != null && effectiveDates.containsKey(effective)) {
            in.problem(f.get("effective"), city + ": two standards take effect on " + effective
                    + " (the other at line " + NodeReader.line(effectiveDates.get(effective)) + ")");
            return;
        }
        if (effective != null) {
            effectiveDates.put(effective, f.get("effective"));
        }
        if (source != null && effective != null && dibao != null && disposable != null && multiplier != null) {
            standards.add(new CityStandard(code, name, effective, source, dibao[0], dibao[1], disposable[0],
                    disposable[1], multiplier));
        }
    }

    private double[] urbanRural(Map<String, Node> f, MappingNode at, String city, String key, String meaning) {
        if (!f.containsKey(key)) {
            in.problem(at, city + ": missing '" + key + "' {urban, rural} (" + meaning + ")");
            return null;
        }
        MappingNode m = in.mapping(f.get(key), city + ": " + key);
        if (m == null) {
            return null;
        }
        Map<String, Node> ur = in.fields(m, List.of("urban", "rural"), city + ": " + key);
        Double urban = figure(ur, m, city, key, "urban");
        Double rural = figure(ur, m, city, key, "rural");
        return urban == null || rural == null ? null : new double[] {urban, rural};
    }

    private Double figure(Map<String, Node> ur, Node at, String city, String key, String residence) {
        if (!ur.containsKey(residence)) {
            in.problem(at, city + ": " + key + " lacks its " + residence + " figure");
            return null;
        }
        return in.positive(ur.get(residence), city + ": " + key + "." + residence);
    }

    /** Every one of the 14 cities must have a standard; reported where the set lists its cities. */
    void checkEveryCity(String setWhere) {
        if (citiesFile == null) {
            in.problem(setWhere, 0, "no city standards in the set: add a file with 'cities:' listing Guangxi's 14 cities");
            return;
        }
        for (Map.Entry<String, String> c : Regions.CITIES.entrySet()) {
            if (!listedAt.containsKey(c.getKey())) {
                in.problem(citiesFile, citiesLine, "city " + c.getKey() + " " + c.getValue()
                        + " has no standards: every one of Guangxi's 14 cities needs at least one");
            }
        }
    }

    List<CityStandard> standards() {
        return standards;
    }
}
