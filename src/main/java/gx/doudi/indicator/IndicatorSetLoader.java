package gx.doudi.indicator;

import gx.doudi.event.Regions;
import gx.doudi.indicator.IndicatorSetException.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/**
 * Reads an indicator set from a directory of YAML files and checks its structure and meaning. Every
 * problem names its file and line (line 0: a problem of the whole set, named by its directory); a set
 * with any problem is refused whole. The job loads sets through here, so it refuses an invalid set
 * with the same messages as {@code validate}.
 */
public final class IndicatorSetLoader {
    public static final List<String> TYPES = IndicatorReader.TYPES;
    public static final List<String> ACTIONS = IndicatorReader.ACTIONS;
    /** Guangxi's 14 prefecture-level cities (contract §2). */
    public static final Map<String, String> CITIES = Regions.CITIES;

    private static final Set<String> TOP_KEYS = Set.of("version", "indicators", "cities", "referral");

    private final NodeReader in = new NodeReader();
    private final IndicatorReader indicators = new IndicatorReader(in);
    private final StandardsReader standards = new StandardsReader(in);
    private final Map<String, IndicatorDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, String> definedAt = new LinkedHashMap<>();
    private final Map<Grade, Duration> dueBy = new EnumMap<>(Grade.class);
    /** Where {@code version} and {@code referral} were given: each belongs in one file of the set. */
    private final Map<String, String> singleKeysAt = new LinkedHashMap<>();
    private Integer version;

    private IndicatorSetLoader() {}

    /** Loads and validates every *.yaml (or *.yml) file of {@code dir}. */
    public static IndicatorSet load(Path dir) throws IndicatorSetException {
        IndicatorSetLoader loader = new IndicatorSetLoader();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new IndicatorSetException(List.of(new Problem(dir.toString(), 0, "cannot read the directory: " + e)));
        }
        if (files.isEmpty()) {
            throw new IndicatorSetException(List.of(new Problem(dir.toString(), 0, "no *.yaml files: not an indicator set")));
        }
        for (Path f : files) {
            try (Reader reader = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                loader.readFile(f.toString(), reader);
            } catch (IOException e) {
                loader.in.problem(f.toString(), 0, "cannot read the file: " + e);
            }
        }
        return loader.finish(dir.toString());
    }

    /** Loads a set from in-memory files (name → YAML text), as published to Kafka. */
    public static IndicatorSet load(Map<String, String> files) throws IndicatorSetException {
        IndicatorSetLoader loader = new IndicatorSetLoader();
        for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
            loader.readFile(f.getKey(), new StringReader(f.getValue()));
        }
        return loader.finish("(published set)");
    }

    private void readFile(String name, Reader reader) {
        in.startFile(name);
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            in.problem(name, line, "not valid YAML: " + e.getProblem());
            return;
        }
        if (root == null) {
            return;
        }
        MappingNode top = in.mapping(root, "the file");
        if (top == null) {
            return;
        }
        for (Map.Entry<String, Node> e : in.fields(top, TOP_KEYS, "the file").entrySet()) {
            Node key = NodeReader.key(top, e.getKey());
            switch (e.getKey()) {
                case "version" -> once(key, () -> version = in.positiveWhole(e.getValue(), "version"));
                case "indicators" -> readIndicators(e.getValue());
                case "cities" -> standards.readCities(key, e.getValue());
                case "referral" -> once(key, () -> readReferral(e.getValue()));
                default -> throw new IllegalStateException(e.getKey());
            }
        }
    }

    /** {@code version} and {@code referral} say one thing for the whole set: a second one would contradict it. */
    private void once(Node key, Runnable reader) {
        String name = NodeReader.scalar(key);
        if (singleKeysAt.containsKey(name)) {
            in.problem(key, "'" + name + "' is given twice in the set (first at " + singleKeysAt.get(name) + ")");
            return;
        }
        singleKeysAt.put(name, in.where(key));
        reader.run();
    }

    private void readIndicators(Node value) {
        List<Node> list = in.list(value, "indicators");
        if (list == null) {
            return;
        }
        for (Node node : list) {
            IndicatorDefinition d = indicators.read(node);
            if (d == null) {
                continue;
            }
            if (definedAt.containsKey(d.id())) {
                in.problem(node, "indicator '" + d.id() + "' is defined twice (first at " + definedAt.get(d.id()) + ")");
            } else {
                definedAt.put(d.id(), in.where(node));
                definitions.put(d.id(), d);
            }
        }
    }

    private void readReferral(Node node) {
        MappingNode m = in.mapping(node, "referral");
        if (m == null) {
            return;
        }
        Map<String, Node> f = in.fields(m, Set.of("dueBy"), "referral");
        if (!f.containsKey("dueBy")) {
            in.problem(m, "referral: missing 'dueBy' {red, orange, yellow} (how long a department has to answer)");
            return;
        }
        MappingNode due = in.mapping(f.get("dueBy"), "referral.dueBy");
        if (due == null) {
            return;
        }
        Map<String, Node> byGrade = in.fields(due, List.of("red", "orange", "yellow"), "referral.dueBy");
        byGrade.forEach((g, v) -> {
            Duration d = in.positiveDuration(v, "referral.dueBy." + g);
            if (d != null) {
                dueBy.put(Grade.of(g), d);
            }
        });
        for (Grade g : Grade.values()) {
            if (!byGrade.containsKey(g.id())) {
                in.problem(NodeReader.key(m, "dueBy"), "referral.dueBy has no deadline for " + g.id());
            }
        }
    }

    private IndicatorSet finish(String where) throws IndicatorSetException {
        standards.checkEveryCity(where);
        if (!singleKeysAt.containsKey("referral")) {
            in.problem(where, 0, "no 'referral' in the set: give referral.dueBy {red, orange, yellow}");
        }
        if (definitions.isEmpty() && in.problems().isEmpty()) {
            in.problem(where, 0, "no indicators defined: give at least one under 'indicators:'");
        }
        if (!in.problems().isEmpty()) {
            throw new IndicatorSetException(in.problems());
        }
        return new IndicatorSet(version == null ? 1 : version, definitions, new Standards(standards.standards()), dueBy);
    }
}
