package gx.doudi.indicator;

import gx.doudi.event.Departments;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one entry of {@code indicators:} into an {@link IndicatorDefinition}, checking it against what its
 * {@link Indicator} implementation needs: every threshold, window, grade and list it reads, and no other.
 */
final class IndicatorReader {
    static final List<String> TYPES = List.of("basic-living", "medical", "education", "housing",
            "employment", "disaster", "disability", "urgent", "poverty-return", "supervision", "other");
    static final List<String> ACTIONS = List.of("identify", "refer", "verify", "urgent-assistance",
            "poverty-return-monitoring", "case-conference", "supervise");
    /** Contract §4, housing.assessed: the house conditions a list may name. */
    static final List<String> HOUSE_CONDITIONS = List.of("safe", "dilapidated-c", "dilapidated-d", "none");

    /**
     * What each named list holds. The code reads these lists as departments, types or actions: a typo
     * would otherwise pass here and surface only at the first alert that uses it, as a referral to nowhere.
     */
    private static final Map<String, List<String>> LIST_VOCABULARY = Map.of(
            "collapsedAction", ACTIONS,
            "severeTypes", TYPES,
            "severeReferTo", Departments.ALL,
            "referToWhenNotLowIncome", Departments.ALL,
            "unsafeConditions", HOUSE_CONDITIONS);
    /** Lists the code reads one item of: they must hold exactly one. */
    private static final Set<String> SINGLE_ITEM_LISTS = Set.of("collapsedAction");
    /** Thresholds with a natural range besides "not negative": [lowest, highest]. */
    private static final Map<String, double[]> THRESHOLD_RANGES = Map.of(
            "incomeDrop", new double[] {0, 1},          // a share of the previous income
            "seismicIntensity", new double[] {1, 12});  // China seismic intensity scale, GB/T 17742

    private static final Set<String> FIELDS = Set.of("id", "name", "enabled", "action", "types", "referTo",
            "thresholds", "windows", "grades", "lists");

    private final NodeReader in;

    IndicatorReader(NodeReader in) {
        this.in = in;
    }

    /** The definition, or null when it is too broken to use (its problems are recorded). */
    IndicatorDefinition read(Node node) {
        MappingNode m = in.mapping(node, "an indicator");
        if (m == null) {
            return null;
        }
        Map<String, Node> f = in.fields(m, FIELDS, "indicator");
        String id = in.requiredText(f, m, "indicator", "id", "one of the engine's indicator ids");
        if (id == null) {
            return null;
        }
        Indicator impl = Indicators.byId(id);
        if (impl == null) {
            in.problem(f.get("id"), NodeReader.unknown("indicator id", id, Indicators.all().keySet()));
            return null;
        }
        String nameZh = null;
        String nameEn = null;
        MappingNode names = f.containsKey("name") ? in.mapping(f.get("name"), id + ": name") : null;
        if (!f.containsKey("name")) {
            in.problem(m, id + ": missing 'name' {zh, en}");
        } else if (names != null) {
            Map<String, Node> n = in.fields(names, Set.of("zh", "en"), id + ": name");
            nameZh = in.requiredText(n, names, id + ": name", "zh", "the Chinese name");
            nameEn = in.requiredText(n, names, id + ": name", "en", "the English name");
        }
        Boolean enabled = f.containsKey("enabled") ? in.bool(f.get("enabled"), id + ": enabled") : Boolean.TRUE;
        String action = in.requiredText(f, m, id, "action", "one of " + String.join(", ", ACTIONS));
        if (action != null && !ACTIONS.contains(action)) {
            in.problem(f.get("action"), id + ": " + NodeReader.unknown("action", action, ACTIONS));
        }
        List<String> types = requiredList(f, m, id, "types", TYPES, "type");
        List<String> referTo = requiredList(f, m, id, "referTo", Departments.ALL, "department");
        if (NodeReader.isEmptyList(f.get("types"))) {
            in.problem(f.get("types"), id + ": types must name at least one type (contract §5)");
        }
        if ("refer".equals(action) && NodeReader.isEmptyList(f.get("referTo"))) {
            in.problem(f.get("referTo"), id + ": action refer needs at least one department in referTo");
        }
        Map<String, Double> thresholds = new LinkedHashMap<>();
        Map<String, Node> thresholdNodes = named(f, m, id, "thresholds", impl.thresholds(),
                (k, v) -> thresholds.put(k, threshold(id, k, v)));
        Map<String, Duration> windows = new LinkedHashMap<>();
        named(f, m, id, "windows", impl.windows(), (k, v) -> windows.put(k, in.positiveDuration(v, id + ": window " + k)));
        Map<String, Grade> grades = new LinkedHashMap<>();
        named(f, m, id, "grades", impl.grades(), (k, v) -> grades.put(k, in.grade(v, id + ": grade " + k)));
        Map<String, List<String>> lists = new LinkedHashMap<>();
        named(f, m, id, "lists", impl.lists(), (k, v) -> lists.put(k, list(id, k, v)));
        checkGradeOrder(id, thresholdNodes, thresholds, grades);
        return new IndicatorDefinition(id, nameZh, nameEn, enabled == null || enabled, action,
                types == null ? List.of() : types, referTo == null ? List.of() : referTo,
                thresholds, windows, grades, lists, in.file(), NodeReader.line(m));
    }

    private List<String> requiredList(Map<String, Node> f, Node at, String id, String key, List<String> known, String kind) {
        if (!f.containsKey(key)) {
            in.problem(at, id + ": missing '" + key + "' (a list of " + kind + "s)");
            return null;
        }
        return in.textList(f.get(key), id + ": " + key, known, kind);
    }

    private Double threshold(String id, String name, Node value) {
        Double d = in.nonNegative(value, id + ": threshold " + name);
        double[] range = THRESHOLD_RANGES.get(name);
        if (d != null && range != null && (d < range[0] || d > range[1])) {
            return in.fail(value, id + ": threshold " + name + " must lie between " + fmt(range[0]) + " and "
                    + fmt(range[1]) + ", not " + NodeReader.scalar(value));
        }
        return d;
    }

    private List<String> list(String id, String name, Node value) {
        List<String> items = in.textList(value, id + ": list " + name, LIST_VOCABULARY.get(name), "item");
        if (items != null && SINGLE_ITEM_LISTS.contains(name) && items.size() != 1) {
            in.problem(value, id + ": list " + name + " must hold exactly one item");
        } else if (NodeReader.isEmptyList(value)) {
            in.problem(value, id + ": list " + name + " is empty");
        }
        return items;
    }

    /**
     * Reads a mapping of names the implementation expects ({@code thresholds}, {@code windows}, …):
     * an unknown name is a typo, a missing one would fail at run time. Returns the value node of each name.
     */
    private Map<String, Node> named(Map<String, Node> f, MappingNode parent, String id, String what, Set<String> expected,
                                    BiConsumer<String, Node> reader) {
        Node node = f.get(what);
        if (node == null) {
            in.missing(expected, Set.of(), parent, id + ": " + what);
            return Map.of();
        }
        MappingNode m = in.mapping(node, id + ": " + what);
        if (m == null) {
            return Map.of();
        }
        Map<String, Node> given = in.fields(m, null, id + ": " + what);
        Map<String, Node> known = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : given.entrySet()) {
            if (!expected.contains(e.getKey())) {
                in.problem(e.getValue(), id + ": " + (expected.isEmpty() ? what + " takes no '" + e.getKey() + "' (it has none)"
                        : NodeReader.unknown(what.replaceAll("s$", ""), e.getKey(), expected)));
            } else {
                known.put(e.getKey(), e.getValue());
                reader.accept(e.getKey(), e.getValue());
            }
        }
        in.missing(expected, given.keySet(), NodeReader.key(parent, what), id + ": " + what);
        return known;
    }

    /**
     * Thresholds named like a grade ({@code yellowRatio}, {@code orangeRatio}, {@code redRatio}): a more
     * severe grade must need a strictly higher figure, or the milder grade could never be raised.
     */
    private void checkGradeOrder(String id, Map<String, Node> nodes, Map<String, Double> thresholds, Map<String, Grade> grades) {
        List<String> graded = new ArrayList<>();
        for (String name : thresholds.keySet()) {
            if (grades.get(name) != null && thresholds.get(name) != null) {
                graded.add(name);
            }
        }
        for (String milder : graded) {
            for (String severer : graded) {
                if (grades.get(severer).above(grades.get(milder)) && thresholds.get(severer) <= thresholds.get(milder)) {
                    in.problem(nodes.get(severer), id + ": threshold " + severer + " (" + grades.get(severer).id() + ") is "
                            + fmt(thresholds.get(severer)) + ", it must be above " + milder + " (" + grades.get(milder).id()
                            + ") " + fmt(thresholds.get(milder)) + ": thresholds rise with the grade");
                }
            }
        }
    }

    static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
