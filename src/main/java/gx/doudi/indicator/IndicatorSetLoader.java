package gx.doudi.indicator;

import gx.doudi.event.Departments;
import gx.doudi.event.Regions;
import gx.doudi.indicator.IndicatorSetException.Problem;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads an indicator set from a directory of YAML files and checks its structure and meaning. Every
 * problem names its file and line; a set with any problem is refused whole.
 */
public final class IndicatorSetLoader {
    public static final List<String> TYPES = List.of("basic-living", "medical", "education", "housing",
            "employment", "disaster", "disability", "urgent", "poverty-return", "supervision", "other");
    public static final List<String> ACTIONS = List.of("identify", "refer", "verify", "urgent-assistance",
            "poverty-return-monitoring", "case-conference", "supervise");
    /** Guangxi's 14 prefecture-level cities (contract §2). */
    public static final Map<String, String> CITIES = Regions.CITIES;

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, IndicatorDefinition> definitions = new LinkedHashMap<>();
    private final List<CityStandard> standards = new ArrayList<>();
    private final Map<Grade, Duration> dueBy = new EnumMap<>(Grade.class);
    private Integer version;
    private String file;

    private IndicatorSetLoader() {}

    /** Loads and validates every *.yaml file of {@code dir}. */
    public static IndicatorSet load(Path dir) throws IndicatorSetException {
        IndicatorSetLoader loader = new IndicatorSetLoader();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new IndicatorSetException(List.of(new Problem(dir.toString(), 0, "cannot read directory: " + e.getMessage())));
        }
        if (files.isEmpty()) {
            throw new IndicatorSetException(List.of(new Problem(dir.toString(), 0, "no *.yaml files")));
        }
        for (Path f : files) {
            try (Reader reader = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                loader.readFile(f.toString(), reader);
            } catch (IOException e) {
                loader.problems.add(new Problem(f.toString(), 0, "cannot read: " + e.getMessage()));
            }
        }
        return loader.finish(dir.toString());
    }

    /** Loads a set from in-memory files (name → YAML text), as published to Kafka. */
    public static IndicatorSet load(Map<String, String> files) throws IndicatorSetException {
        IndicatorSetLoader loader = new IndicatorSetLoader();
        for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
            loader.readFile(f.getKey(), new java.io.StringReader(f.getValue()));
        }
        return loader.finish("(published set)");
    }

    private void readFile(String name, Reader reader) {
        file = name;
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(new Problem(file, line, "not valid YAML: " + e.getProblem()));
            return;
        }
        if (root == null) {
            return;
        }
        MappingNode top = mapping(root, "the file");
        if (top == null) {
            return;
        }
        for (NodeTuple t : top.getValue()) {
            String key = scalar(t.getKeyNode());
            Node value = t.getValueNode();
            switch (key) {
                case "version" -> version = integer(value, "version");
                case "indicators" -> each(value, "indicators", this::readIndicator);
                case "cities" -> each(value, "cities", this::readCity);
                case "referral" -> readReferral(value);
                default -> problem(t.getKeyNode(), "unknown key '" + key + "' (expected version, indicators, cities or referral)");
            }
        }
    }

    private void readIndicator(Node node) {
        MappingNode m = mapping(node, "an indicator");
        if (m == null) {
            return;
        }
        Map<String, Node> f = fields(m, Set.of("id", "name", "enabled", "action", "types", "referTo",
                "thresholds", "windows", "grades", "lists"), "indicator");
        String id = requiredText(f, m, "id");
        if (id == null) {
            return;
        }
        Indicator impl = Indicators.byId(id);
        if (impl == null) {
            problem(f.get("id"), "unknown indicator id '" + id + "' (known: " + String.join(", ", Indicators.all().keySet()) + ")");
            return;
        }
        if (definitions.containsKey(id)) {
            problem(f.get("id"), "indicator '" + id + "' is defined twice");
            return;
        }
        String nameZh = null;
        String nameEn = null;
        MappingNode names = f.containsKey("name") ? mapping(f.get("name"), "name") : null;
        if (names == null) {
            problem(m, id + ": missing 'name' with zh and en");
        } else {
            Map<String, Node> n = fields(names, Set.of("zh", "en"), "name");
            nameZh = requiredText(n, names, "zh");
            nameEn = requiredText(n, names, "en");
        }
        boolean enabled = !f.containsKey("enabled") || bool(f.get("enabled"), "enabled");
        String action = requiredText(f, m, "action");
        if (action != null && !ACTIONS.contains(action)) {
            problem(f.get("action"), id + ": unknown action '" + action + "' (one of " + String.join(", ", ACTIONS) + ")");
        }
        List<String> types = textList(f.get("types"), m, id + ": types", TYPES, "type");
        List<String> referTo = textList(f.get("referTo"), m, id + ": referTo", Departments.ALL, "department");
        Map<String, Double> thresholds = new LinkedHashMap<>();
        named(f.get("thresholds"), m, id, "thresholds", impl.thresholds(), (k, v) -> {
            Double d = number(v, id + ": threshold " + k);
            if (d != null && d < 0) {
                problem(v, id + ": threshold " + k + " must not be negative");
            }
            thresholds.put(k, d);
        });
        Map<String, Duration> windows = new LinkedHashMap<>();
        named(f.get("windows"), m, id, "windows", impl.windows(), (k, v) -> windows.put(k, positiveDuration(v, id + ": window " + k)));
        Map<String, Grade> grades = new LinkedHashMap<>();
        named(f.get("grades"), m, id, "grades", impl.grades(), (k, v) -> grades.put(k, grade(v, id + ": grade " + k)));
        Map<String, List<String>> lists = new LinkedHashMap<>();
        named(f.get("lists"), m, id, "lists", impl.lists(), (k, v) -> lists.put(k, textList(v, m, id + ": list " + k, null, null)));
        checkGradeOrder(id, f.get("thresholds"), thresholds, grades);
        definitions.put(id, new IndicatorDefinition(id, nameZh, nameEn, enabled, action, types, referTo,
                thresholds, windows, grades, lists, file, line(m)));
    }

    /** A grade given to a higher threshold must not be milder than the grade of a lower one. */
    private void checkGradeOrder(String id, Node at, Map<String, Double> thresholds, Map<String, Grade> grades) {
        List<Map.Entry<String, Double>> graded = new ArrayList<>();
        for (Map.Entry<String, Double> t : thresholds.entrySet()) {
            if (grades.containsKey(t.getKey()) && t.getValue() != null) {
                graded.add(t);
            }
        }
        graded.sort(Map.Entry.comparingByValue());
        for (int i = 1; i < graded.size(); i++) {
            Grade lower = grades.get(graded.get(i - 1).getKey());
            Grade higher = grades.get(graded.get(i).getKey());
            if (lower.above(higher) || graded.get(i).getValue().equals(graded.get(i - 1).getValue())) {
                problem(at, id + ": grade thresholds out of order: " + graded.get(i - 1).getKey() + " ("
                        + graded.get(i - 1).getValue() + ", " + lower.id() + ") vs " + graded.get(i).getKey() + " ("
                        + graded.get(i).getValue() + ", " + higher.id() + ")");
            }
        }
    }

    private void readCity(Node node) {
        MappingNode m = mapping(node, "a city");
        if (m == null) {
            return;
        }
        Map<String, Node> f = fields(m, Set.of("code", "name", "standards"), "city");
        String code = requiredText(f, m, "code");
        if (code == null) {
            return;
        }
        if (!CITIES.containsKey(code)) {
            problem(f.get("code"), "unknown city code '" + code + "' (one of Guangxi's 14 prefecture-level cities)");
            return;
        }
        String name = f.containsKey("name") ? scalar(f.get("name")) : CITIES.get(code);
        if (!f.containsKey("standards")) {
            problem(m, "city " + code + ": missing 'standards'");
            return;
        }
        each(f.get("standards"), "standards", s -> readStandard(code, name, s));
    }

    private void readStandard(String city, String name, Node node) {
        MappingNode m = mapping(node, "a standard");
        if (m == null) {
            return;
        }
        Map<String, Node> f = fields(m, Set.of("effective", "source", "dibao", "disposableIncome", "marginalMultiplier"), "standard");
        String source = requiredText(f, m, "source");
        String effectiveText = requiredText(f, m, "effective");
        LocalDate effective = null;
        if (effectiveText != null) {
            try {
                effective = LocalDate.parse(effectiveText);
            } catch (DateTimeParseException e) {
                problem(f.get("effective"), "city " + city + ": effective must be a date like 2024-01-01, not '" + effectiveText + "'");
            }
        }
        double[] dibao = urbanRural(f, m, city, "dibao");
        double[] disposable = urbanRural(f, m, city, "disposableIncome");
        Double multiplier = f.containsKey("marginalMultiplier") ? number(f.get("marginalMultiplier"), "marginalMultiplier") : null;
        if (multiplier == null) {
            problem(m, "city " + city + ": missing marginalMultiplier");
        } else if (multiplier <= 1) {
            problem(f.get("marginalMultiplier"), "city " + city + ": marginalMultiplier must be above 1, not " + multiplier);
        }
        if (source == null || effective == null || dibao == null || disposable == null || multiplier == null) {
            return;
        }
        for (CityStandard s : standards) {
            if (s.city().equals(city) && s.effective().equals(effective)) {
                problem(m, "city " + city + ": two standards take effect on " + effective);
            }
        }
        standards.add(new CityStandard(city, name, effective, source, dibao[0], dibao[1], disposable[0], disposable[1], multiplier));
    }

    private double[] urbanRural(Map<String, Node> f, MappingNode at, String city, String key) {
        if (!f.containsKey(key)) {
            problem(at, "city " + city + ": missing " + key + " {urban, rural}");
            return null;
        }
        MappingNode m = mapping(f.get(key), key);
        if (m == null) {
            return null;
        }
        Map<String, Node> ur = fields(m, Set.of("urban", "rural"), key);
        Double urban = ur.containsKey("urban") ? number(ur.get("urban"), key + ".urban") : null;
        Double rural = ur.containsKey("rural") ? number(ur.get("rural"), key + ".rural") : null;
        if (urban == null || rural == null || urban <= 0 || rural <= 0) {
            problem(m, "city " + city + ": " + key + " needs positive urban and rural figures");
            return null;
        }
        return new double[] {urban, rural};
    }

    private void readReferral(Node node) {
        MappingNode m = mapping(node, "referral");
        if (m == null) {
            return;
        }
        Map<String, Node> f = fields(m, Set.of("dueBy"), "referral");
        if (!f.containsKey("dueBy")) {
            problem(m, "referral: missing dueBy {red, orange, yellow}");
            return;
        }
        MappingNode due = mapping(f.get("dueBy"), "dueBy");
        if (due == null) {
            return;
        }
        for (NodeTuple t : due.getValue()) {
            String g = scalar(t.getKeyNode());
            Grade grade = grade(t.getKeyNode(), "dueBy");
            Duration d = positiveDuration(t.getValueNode(), "dueBy." + g);
            if (grade != null && d != null) {
                dueBy.put(grade, d);
            }
        }
    }

    private IndicatorSet finish(String where) throws IndicatorSetException {
        for (String city : CITIES.keySet()) {
            if (standards.stream().noneMatch(s -> s.city().equals(city))) {
                problems.add(new Problem(where, 0, "city " + city + " " + CITIES.get(city) + " has no standards"));
            }
        }
        for (Grade g : Grade.values()) {
            if (!dueBy.containsKey(g)) {
                problems.add(new Problem(where, 0, "referral.dueBy has no deadline for " + g.id()));
            }
        }
        if (definitions.isEmpty()) {
            problems.add(new Problem(where, 0, "no indicators defined"));
        }
        if (!problems.isEmpty()) {
            throw new IndicatorSetException(problems);
        }
        return new IndicatorSet(version == null ? 1 : version, definitions, new Standards(standards), dueBy);
    }

    // --- YAML node helpers: each reports a problem at the node's line and returns null on error ---

    private interface NodeVisitor {
        void visit(String key, Node value);
    }

    private void named(Node node, Node parent, String id, String what, Set<String> expected, NodeVisitor visitor) {
        Set<String> seen = new java.util.HashSet<>();
        if (node != null) {
            MappingNode m = mapping(node, id + ": " + what);
            if (m == null) {
                return;
            }
            for (NodeTuple t : m.getValue()) {
                String key = scalar(t.getKeyNode());
                if (!expected.contains(key)) {
                    problem(t.getKeyNode(), id + ": unknown " + what + " '" + key + "'"
                            + (expected.isEmpty() ? " (it takes none)" : " (expected " + String.join(", ", new java.util.TreeSet<>(expected)) + ")"));
                    continue;
                }
                seen.add(key);
                visitor.visit(key, t.getValueNode());
            }
        }
        for (String key : new java.util.TreeSet<>(expected)) {
            if (!seen.contains(key)) {
                problem(node == null ? parent : node, id + ": missing " + what + " '" + key + "'");
            }
        }
    }

    private Map<String, Node> fields(MappingNode m, Set<String> allowed, String what) {
        Map<String, Node> map = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode());
            if (!allowed.contains(key)) {
                problem(t.getKeyNode(), "unknown field '" + key + "' in " + what
                        + " (expected " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            } else {
                map.put(key, t.getValueNode());
            }
        }
        return map;
    }

    private void each(Node node, String what, java.util.function.Consumer<Node> reader) {
        if (!(node instanceof SequenceNode s)) {
            problem(node, what + " must be a list");
            return;
        }
        s.getValue().forEach(reader);
    }

    private MappingNode mapping(Node node, String what) {
        if (node instanceof MappingNode m) {
            return m;
        }
        problem(node, what + " must be a mapping (key: value)");
        return null;
    }

    private String requiredText(Map<String, Node> f, Node parent, String key) {
        Node n = f.get(key);
        if (n == null) {
            problem(parent, "missing '" + key + "'");
            return null;
        }
        String s = scalar(n);
        if (s == null || s.isBlank()) {
            problem(n, "'" + key + "' must be text");
            return null;
        }
        return s;
    }

    private List<String> textList(Node node, Node parent, String what, List<String> known, String kind) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            problem(parent, "missing " + what);
            return out;
        }
        if (!(node instanceof SequenceNode s)) {
            problem(node, what + " must be a list");
            return out;
        }
        for (Node item : s.getValue()) {
            String v = scalar(item);
            if (v == null) {
                problem(item, what + ": items must be text");
            } else if (known != null && !known.contains(v)) {
                problem(item, what + ": unknown " + kind + " '" + v + "' (one of " + String.join(", ", known) + ")");
            } else {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    private Double number(Node node, String what) {
        String s = scalar(node);
        try {
            return s == null ? fail(node, what + " must be a number") : Double.valueOf(s);
        } catch (NumberFormatException e) {
            return fail(node, what + " must be a number, not '" + s + "'");
        }
    }

    private Integer integer(Node node, String what) {
        Double d = number(node, what);
        if (d != null && (d != Math.floor(d) || d < 1)) {
            return fail(node, what + " must be a positive whole number");
        }
        return d == null ? null : d.intValue();
    }

    private boolean bool(Node node, String what) {
        String s = scalar(node);
        if (!"true".equals(s) && !"false".equals(s)) {
            problem(node, what + " must be true or false");
            return true;
        }
        return Boolean.parseBoolean(s);
    }

    private Duration positiveDuration(Node node, String what) {
        String s = scalar(node);
        try {
            Duration d = Duration.parse(s == null ? "" : s);
            return d.isNegative() || d.isZero() ? fail(node, what + " must be positive, not " + s) : d;
        } catch (DateTimeParseException e) {
            return fail(node, what + " must be an ISO-8601 duration such as P30D or PT12H, not '" + s + "'");
        }
    }

    private Grade grade(Node node, String what) {
        String s = scalar(node);
        try {
            return Grade.of(s);
        } catch (IllegalArgumentException e) {
            return fail(node, what + " must be red, orange or yellow, not '" + s + "'");
        }
    }

    private <T> T fail(Node node, String message) {
        problem(node, message);
        return null;
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    private static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private void problem(Node node, String message) {
        problems.add(new Problem(file, line(node), message));
    }
}
