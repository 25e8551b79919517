package gx.doudi.backtest;

import gx.doudi.indicator.CityStandard;
import gx.doudi.indicator.Grade;
import gx.doudi.indicator.IndicatorDefinition;
import gx.doudi.indicator.IndicatorSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What differs between two indicator sets, one readable line a difference
 * ({@code medical-burden: thresholds.yellowRatio 0.3 → 0.5}), so that a report says what was compared.
 */
public final class SetDifferences {
    private SetDifferences() {}

    public static List<String> between(IndicatorSet baseline, IndicatorSet candidate) {
        List<String> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        baseline.definitions().forEach(d -> ids.add(d.id()));
        candidate.definitions().forEach(d -> ids.add(d.id()));
        for (String id : ids) {
            IndicatorDefinition b = baseline.definition(id);
            IndicatorDefinition c = candidate.definition(id);
            if (b == null || c == null) {
                out.add(id + ": " + (b == null ? "only in the candidate" : "only in the baseline"));
                continue;
            }
            field(out, id, "enabled", b.enabled(), c.enabled());
            field(out, id, "action", b.action(), c.action());
            field(out, id, "types", b.types(), c.types());
            field(out, id, "referTo", b.referTo(), c.referTo());
            named(out, id, "thresholds", b.thresholds(), c.thresholds());
            named(out, id, "windows", b.windows(), c.windows());
            named(out, id, "grades", b.grades(), c.grades());
            named(out, id, "lists", b.lists(), c.lists());
        }
        standards(out, baseline, candidate);
        named(out, "referral", "dueBy", baseline.dueByAll(), candidate.dueByAll());
        return out;
    }

    private static void standards(List<String> out, IndicatorSet baseline, IndicatorSet candidate) {
        Set<String> cities = new TreeSet<>(baseline.standards().byCity().keySet());
        cities.addAll(candidate.standards().byCity().keySet());
        for (String city : cities) {
            List<CityStandard> b = baseline.standards().byCity().getOrDefault(city, List.of());
            List<CityStandard> c = candidate.standards().byCity().getOrDefault(city, List.of());
            if (!figures(b).equals(figures(c))) {
                String name = (c.isEmpty() ? b : c).get(0).name();
                out.add("standards " + city + " " + name + ": " + describe(b) + " → " + describe(c));
            }
        }
    }

    /** A city's standards without their source text, which may be reworded without changing any figure. */
    private static List<List<Object>> figures(List<CityStandard> standards) {
        return standards.stream().map(s -> List.<Object>of(s.effective(), s.dibaoUrban(), s.dibaoRural(),
                s.disposableUrban(), s.disposableRural(), s.marginalMultiplier())).toList();
    }

    private static String describe(List<CityStandard> standards) {
        if (standards.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        for (CityStandard s : standards) {
            parts.add("from " + s.effective() + " dibao " + number(s.dibaoUrban()) + "/" + number(s.dibaoRural())
                    + ", disposable " + number(s.disposableUrban()) + "/" + number(s.disposableRural())
                    + ", ×" + number(s.marginalMultiplier()));
        }
        return String.join("; ", parts);
    }

    private static <K, V> void named(List<String> out, String id, String what, Map<K, V> b, Map<K, V> c) {
        Set<K> keys = new LinkedHashSet<>(b.keySet());
        keys.addAll(c.keySet());
        for (K key : keys) {
            field(out, id, what + "." + shown(key), b.get(key), c.get(key));
        }
    }

    private static void field(List<String> out, String id, String what, Object b, Object c) {
        if (!Objects.equals(b, c)) {
            out.add(id + ": " + what + " " + shown(b) + " → " + shown(c));
        }
    }

    private static String shown(Object value) {
        if (value instanceof Double d) {
            return number(d);
        } else if (value instanceof Grade g) {
            return g.id();
        } else if (value instanceof Duration d) {
            return d.toSeconds() % 86_400 == 0 ? "P" + d.toDays() + "D" : d.toString(); // as the files write it
        }
        return value == null ? "none" : String.valueOf(value);
    }

    static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
