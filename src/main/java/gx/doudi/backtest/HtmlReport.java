package gx.doudi.backtest;

import gx.doudi.backtest.Backtest.Result;
import gx.doudi.backtest.Backtest.Side;
import gx.doudi.backtest.BarChart.Bar;
import gx.doudi.backtest.Comparison.ChangedHousehold;
import gx.doudi.backtest.Comparison.CityRow;
import gx.doudi.backtest.Comparison.Row;
import gx.doudi.backtest.Comparison.Tally;
import gx.doudi.event.Regions;
import gx.doudi.event.Times;
import gx.doudi.indicator.Grade;
import gx.doudi.indicator.IndicatorDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** {@code report.html}: one self-contained page (inline CSS and SVG) that opens offline. */
public final class HtmlReport {
    /** How many changed households the page lists; the CSV has them all. */
    static final int LISTED = 1000;
    private static final Map<Grade, String> GRADE_COLOURS = Map.of(
            Grade.RED, "#d62728", Grade.ORANGE, "#ff8c1a", Grade.YELLOW, "#f2c318");

    private HtmlReport() {}

    public static String render(Result r) {
        Comparison c = r.comparison();
        return template()
                .replace("{{title}}", escape(r.candidate().dir() + " vs " + r.baseline().dir()))
                .replace("{{meta}}", escape(String.format("events %s: %,d records; the replays' clock stopped at %s",
                        r.events(), r.baseline().replay().records(), clock(r.baseline()))))
                .replace("{{sets}}", sets(r))
                .replace("{{differences}}", differences(r.differences()))
                .replace("{{cards}}", cards(c.total()))
                .replace("{{indicatorChart}}", c.rows().isEmpty() ? "<p>Neither set raised an alert.</p>"
                        : BarChart.svg("alerts by indicator and grade", c.rows().stream()
                                .map(row -> new Bar(indicatorLabel(r, row.indicator()) + " · " + row.grade().id(),
                                        GRADE_COLOURS.get(row.grade()), row.tally())).toList()))
                .replace("{{cityChart}}", BarChart.svg("alerts by city", c.cities().stream()
                        .map(city -> new Bar(city.name() + " " + city.city(), null, city.tally())).toList()))
                .replace("{{table}}", table(r, c))
                .replace("{{households}}", households(c.changes()));
    }

    private static String sets(Result r) {
        StringBuilder s = new StringBuilder("<table><tr><th></th><th>indicator set</th><th>version</th>"
                + "<th>alerts</th><th>alert records</th><th>replay</th></tr>\n");
        for (Side side : List.of(r.baseline(), r.candidate())) {
            s.append(String.format("<tr><td>%s</td><td>%s</td><td class=\"n\">%d</td><td class=\"n\">%,d</td>"
                            + "<td class=\"n\">%,d</td><td class=\"n\">%.1f s</td></tr>%n", side.role(), escape(side.dir().toString()),
                    side.set().version(), side.episodes().size(), side.replay().alerts(), side.replay().seconds()));
        }
        return s.append("</table>\n").toString();
    }

    private static String differences(List<String> differences) {
        if (differences.isEmpty()) {
            return "<p>The two sets are the same: no alert should change.</p>\n";
        }
        StringBuilder s = new StringBuilder("<ul class=\"diff\">\n");
        differences.forEach(d -> s.append("<li>").append(escape(d)).append("</li>\n"));
        return s.append("</ul>\n").toString();
    }

    private static String cards(Tally t) {
        return "<div class=\"cards\">" + card("baseline alerts 基准预警", String.format("%,d", t.baseline()), "")
                + card("candidate alerts 候选预警", String.format("%,d", t.candidate()), "")
                + card("gained 新增", String.format("+%,d", t.gained()), "gained")
                + card("lost 减少", String.format("−%,d", t.lost()), "lost")
                + card("households changed 涉及家庭", String.format("%,d", t.households()), "") + "</div>\n";
    }

    private static String card(String label, String value, String style) {
        return "<div class=\"card\"><div class=\"v " + style + "\">" + value + "</div><div class=\"k\">" + label + "</div></div>";
    }

    private static String table(Result r, Comparison c) {
        StringBuilder s = new StringBuilder("<table><tr><th>indicator</th><th>grade</th><th>baseline</th><th>candidate</th>"
                + "<th>gained</th><th>lost</th><th>households</th></tr>\n");
        for (Row row : c.rows()) {
            s.append(tableRow(escape(indicatorLabel(r, row.indicator())), gradeCell(row.grade()), row.tally()));
        }
        s.append(tableRow("<b>total</b>", "", c.total()));
        s.append("</table>\n<h2>按城市 · By city</h2>\n<table><tr><th>city</th><th></th><th>baseline</th><th>candidate</th>"
                + "<th>gained</th><th>lost</th><th>households</th></tr>\n");
        for (CityRow city : c.cities()) {
            s.append(tableRow(escape(city.name()), city.city(), city.tally()));
        }
        return s.append("</table>\n").toString();
    }

    private static String tableRow(String first, String second, Tally t) {
        return String.format("<tr><td>%s</td><td>%s</td><td class=\"n\">%,d</td><td class=\"n\">%,d</td>"
                        + "<td class=\"n gained\">%s</td><td class=\"n lost\">%s</td><td class=\"n\">%,d</td></tr>%n",
                first, second, t.baseline(), t.candidate(), t.gained() == 0 ? "" : String.format("+%,d", t.gained()),
                t.lost() == 0 ? "" : String.format("−%,d", t.lost()), t.households());
    }

    private static String households(List<ChangedHousehold> changes) {
        if (changes.isEmpty()) {
            return "<p>No household's alerts changed.</p>\n";
        }
        StringBuilder s = new StringBuilder("<table class=\"households\"><tr><th>change</th><th>indicator</th><th>grade</th><th>household</th>"
                + "<th>region</th><th>baseline grades</th><th>candidate grades</th><th>evidence</th></tr>\n");
        for (ChangedHousehold h : changes.subList(0, Math.min(LISTED, changes.size()))) {
            s.append(String.format("<tr><td class=\"%s\">%s%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td>"
                            + "<td>%s</td><td>%s</td><td>%s</td></tr>%n", h.change(), h.change(),
                    h.alerts() > 1 ? " ×" + h.alerts() : "", escape(h.indicator()), gradeCell(h.grade()),
                    escape(h.householdId()), escape(h.region() + " " + Regions.nameOf(h.region())),
                    ConsoleTable.grades(h.baselineGrades()), ConsoleTable.grades(h.candidateGrades()),
                    escape(ConsoleTable.evidence(h.evidence()))));
        }
        s.append("</table>\n");
        if (changes.size() > LISTED) {
            s.append(String.format("<p class=\"note\">The first %,d of %,d changes; %s lists them all.</p>%n", LISTED,
                    changes.size(), Backtest.CHANGED_HOUSEHOLDS));
        }
        return s.toString();
    }

    private static String gradeCell(Grade g) {
        return "<span class=\"chip\" style=\"background:" + GRADE_COLOURS.get(g) + "\"></span>" + g.id();
    }

    /** "医疗负担过重 medical-burden", from the candidate's names (else the baseline's). */
    private static String indicatorLabel(Result r, String id) {
        IndicatorDefinition d = r.candidate().set().definition(id);
        d = d != null ? d : r.baseline().set().definition(id);
        return d == null || d.nameZh() == null ? id : d.nameZh() + " " + id;
    }

    private static String clock(Side side) {
        return side.replay().clock() == Long.MAX_VALUE ? "-" : Times.iso(side.replay().clock());
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String template() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("/backtest/report.html")) {
            if (in == null) {
                throw new IllegalStateException("backtest/report.html is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
