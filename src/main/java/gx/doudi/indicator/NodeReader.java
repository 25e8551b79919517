package gx.doudi.indicator;

import gx.doudi.indicator.IndicatorSetException.Problem;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads typed values out of YAML nodes for {@link IndicatorSetLoader}. Each method records a problem at
 * the node's file and line and returns null when the value is wrong, so that one pass finds every error.
 */
final class NodeReader {
    private final List<Problem> problems = new ArrayList<>();
    private String file;

    void startFile(String name) {
        file = name;
    }

    String file() {
        return file;
    }

    List<Problem> problems() {
        return problems;
    }

    void problem(Node node, String message) {
        problems.add(new Problem(file, line(node), message));
    }

    /** A problem of the whole set, not of one place in a file. */
    void problem(String where, int line, String message) {
        problems.add(new Problem(where, line, message));
    }

    static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** "medical.yaml:9", to point from one problem to another place. */
    String where(Node node) {
        return file + ":" + line(node);
    }

    static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    MappingNode mapping(Node node, String what) {
        if (node instanceof MappingNode m) {
            return m;
        }
        problem(node, what + " must be a mapping (key: value)");
        return null;
    }

    List<Node> list(Node node, String what) {
        if (node instanceof SequenceNode s) {
            return s.getValue();
        }
        problem(node, what + " must be a list");
        return null;
    }

    /**
     * The keys of a mapping with their values. A key given twice is a problem (YAML would silently keep the
     * last one); so is a key outside {@code allowed}, unless {@code allowed} is null.
     */
    Map<String, Node> fields(MappingNode m, Collection<String> allowed, String what) {
        Map<String, Node> map = new LinkedHashMap<>();
        Map<String, Node> keyNodes = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode());
            if (key == null) {
                problem(t.getKeyNode(), what + ": keys must be plain names");
            } else if (keyNodes.containsKey(key)) {
                problem(t.getKeyNode(), what + ": '" + key + "' is given twice (first at line " + line(keyNodes.get(key)) + ")");
            } else if (allowed != null && !allowed.contains(key)) {
                problem(t.getKeyNode(), what + ": " + unknown("field", key, allowed));
            } else {
                keyNodes.put(key, t.getKeyNode());
                map.put(key, t.getValueNode());
            }
        }
        return map;
    }

    /** The key node of {@code key} in {@code m}: where a problem with its whole value is reported. */
    static Node key(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) {
            if (key.equals(scalar(t.getKeyNode()))) {
                return t.getKeyNode();
            }
        }
        return m;
    }

    static boolean isEmptyList(Node node) {
        return node instanceof SequenceNode s && s.getValue().isEmpty();
    }

    /** "unknown department 'helth' (did you mean 'health'? one of: …)". */
    static String unknown(String kind, String value, Collection<String> known) {
        String suggestion = known.stream()
                .min(Comparator.comparingInt(k -> editDistance(k, value)))
                .filter(k -> editDistance(k, value) <= Math.max(2, value.length() / 4)
                        || k.startsWith(value) || value.startsWith(k))
                .map(k -> "did you mean '" + k + "'? ")
                .orElse("");
        return "unknown " + kind + " '" + value + "' (" + suggestion + "one of: " + String.join(", ", new TreeSet<>(known)) + ")";
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.length()];
    }

    /** A required text field; {@code meaning} says what it is for, in the message when it is missing. */
    String requiredText(Map<String, Node> f, Node parent, String what, String key, String meaning) {
        Node n = f.get(key);
        if (n == null) {
            problem(parent, what + ": missing '" + key + "' (" + meaning + ")");
            return null;
        }
        String s = scalar(n);
        if (s == null || s.isBlank()) {
            problem(n, what + ": '" + key + "' must be text (" + meaning + ")");
            return null;
        }
        return s;
    }

    /** A list of texts, each one of {@code known} unless that is null; an item given twice is a problem. */
    List<String> textList(Node node, String what, Collection<String> known, String kind) {
        List<Node> items = list(node, what);
        if (items == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Node item : items) {
            String v = scalar(item);
            if (v == null || v.isBlank()) {
                problem(item, what + ": items must be text");
            } else if (known != null && !known.contains(v)) {
                problem(item, what + ": " + unknown(kind, v, known));
            } else if (out.contains(v)) {
                problem(item, what + ": '" + v + "' is listed twice");
            } else {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    Double number(Node node, String what) {
        String s = scalar(node);
        try {
            Double d = s == null ? null : Double.valueOf(s);
            return d == null || d.isNaN() || d.isInfinite() ? fail(node, what + " must be a number" + shown(s)) : d;
        } catch (NumberFormatException e) {
            return fail(node, what + " must be a number" + shown(s));
        }
    }

    Double nonNegative(Node node, String what) {
        Double d = number(node, what);
        return d != null && d < 0 ? fail(node, what + " must not be negative, not " + scalar(node)) : d;
    }

    Double positive(Node node, String what) {
        Double d = number(node, what);
        return d != null && d <= 0 ? fail(node, what + " must be above 0, not " + scalar(node)) : d;
    }

    Integer positiveWhole(Node node, String what) {
        Double d = number(node, what);
        if (d != null && (d != Math.floor(d) || d < 1 || d > Integer.MAX_VALUE)) {
            return fail(node, what + " must be a whole number from 1 up, not " + scalar(node));
        }
        return d == null ? null : d.intValue();
    }

    Boolean bool(Node node, String what) {
        String s = scalar(node);
        if (!"true".equals(s) && !"false".equals(s)) {
            return fail(node, what + " must be true or false" + shown(s));
        }
        return Boolean.valueOf(s);
    }

    Duration positiveDuration(Node node, String what) {
        String s = scalar(node);
        try {
            Duration d = Duration.parse(s == null ? "" : s);
            return d.isNegative() || d.isZero() ? fail(node, what + " must be a positive duration, not " + s) : d;
        } catch (DateTimeParseException e) {
            return fail(node, what + " must be an ISO-8601 duration such as P30D or PT12H" + shown(s));
        }
    }

    LocalDate date(Node node, String what) {
        String s = scalar(node);
        try {
            return LocalDate.parse(s == null ? "" : s);
        } catch (DateTimeParseException e) {
            return fail(node, what + " must be a date like 2025-01-01" + shown(s));
        }
    }

    Grade grade(Node node, String what) {
        String s = scalar(node);
        try {
            return Grade.of(s);
        } catch (IllegalArgumentException e) {
            return fail(node, what + " must be red, orange or yellow" + shown(s));
        }
    }

    /** Reports the names of {@code expected} that {@code given} lacks, at {@code at}. */
    void missing(Set<String> expected, Set<String> given, Node at, String what) {
        for (String key : new TreeSet<>(expected)) {
            if (!given.contains(key)) {
                problem(at, what + " '" + key + "' is missing");
            }
        }
    }

    <T> T fail(Node node, String message) {
        problem(node, message);
        return null;
    }

    private static String shown(String s) {
        return s == null ? "" : ", not '" + s + "'";
    }
}
