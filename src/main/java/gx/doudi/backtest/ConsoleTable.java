package gx.doudi.backtest;

import gx.doudi.backtest.Comparison.ChangedHousehold;
import gx.doudi.backtest.Comparison.Row;
import gx.doudi.backtest.Comparison.Tally;
import gx.doudi.event.Regions;
import gx.doudi.indicator.Grade;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The comparison as a plain-text table for the console (ids only: Chinese names would break the columns). */
public final class ConsoleTable {
    private static final String ROW = "%-22s %-7s %9s %9s %7s %7s %10s%n";

    private ConsoleTable() {}

    /** The indicator × grade table, then each group of changes with up to {@code perGroup} of its households. */
    public static String render(Comparison c, int perGroup) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(ROW, "indicator", "grade", "baseline", "candidate", "gained", "lost", "households"));
        for (Row r : c.rows()) {
            s.append(row(r.indicator(), r.grade().id(), r.tally()));
        }
        s.append(row("total", "", c.total()));
        s.append('\n');
        if (c.changes().isEmpty()) {
            s.append("No household's alerts changed.\n");
            return s.toString();
        }
        s.append(String.format("%,d household%s changed:%n", c.total().households(), c.total().households() == 1 ? "" : "s"));
        Map<String, List<ChangedHousehold>> groups = c.changes().stream().collect(Collectors.groupingBy(
                h -> h.indicator() + " " + h.grade().id() + " " + h.change(), LinkedHashMap::new, Collectors.toList()));
        groups.forEach((group, changes) -> {
            int alerts = changes.stream().mapToInt(ChangedHousehold::alerts).sum();
            s.append(String.format("%s: %,d alert%s, %,d household%s%n", group, alerts, alerts == 1 ? "" : "s",
                    changes.size(), changes.size() == 1 ? "" : "s"));
            for (ChangedHousehold h : changes.subList(0, Math.min(perGroup, changes.size()))) {
                s.append(String.format("  %-16s baseline %s, candidate %s; %s; %s%n", h.householdId(),
                        grades(h.baselineGrades()), grades(h.candidateGrades()), Regions.nameOf(h.region()),
                        evidence(h.evidence())));
            }
            if (changes.size() > perGroup) {
                s.append(String.format("  … and %,d more%n", changes.size() - perGroup));
            }
        });
        return s.toString();
    }

    private static String row(String indicator, String grade, Tally t) {
        return String.format(ROW, indicator, grade, count(t.baseline()), count(t.candidate()), signed('+', t.gained()),
                signed('-', t.lost()), count(t.households()));
    }

    private static String count(int n) {
        return String.format("%,d", n);
    }

    private static String signed(char sign, int n) {
        return n == 0 ? "0" : sign + String.format("%,d", n);
    }

    /** "ratio=0.41 outOfPocket12m=4100": the figures behind an alert, in the order the indicator gave them. */
    static String evidence(Map<String, Double> evidence) {
        return evidence.entrySet().stream()
                .map(e -> e.getKey() + "=" + SetDifferences.number(e.getValue()))
                .collect(Collectors.joining(" "));
    }

    /** "orange yellow", or "-" when a set raised no alert. */
    static String grades(List<Grade> grades) {
        return grades.isEmpty() ? "-" : grades.stream().map(Grade::id).collect(Collectors.joining(" "));
    }
}
