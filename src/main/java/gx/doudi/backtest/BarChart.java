package gx.doudi.backtest;

import gx.doudi.backtest.Comparison.Tally;
import java.util.List;
import java.util.Locale;

/**
 * An inline SVG chart of tallies, one row each: on the left the alerts under the baseline (grey) and the
 * candidate (blue), on the right the alerts lost (to the left of the axis) and gained (to its right).
 * Plain SVG in the page: the report opens offline, with nothing to load.
 */
final class BarChart {
    /** One row: its label, a colour chip before it (a grade's colour, or null) and its counts. */
    record Bar(String label, String chip, Tally tally) {}

    static final String BASELINE = "#a9b4c2";
    static final String CANDIDATE = "#1f4e79";
    static final String LOST = "#8e44ad";
    static final String GAINED = "#2e8b57";

    private static final int WIDTH = 1100;
    private static final int ALERTS_X = 270;
    private static final int ALERTS_WIDTH = 400;
    private static final int CHANGE_AXIS = 910;
    private static final int CHANGE_HALF = 140;
    private static final int TOP = 40;
    private static final int ROW = 30;

    private BarChart() {}

    static String svg(String description, List<Bar> bars) {
        int height = TOP + bars.size() * ROW + 8;
        double maxAlerts = Math.max(1, bars.stream().mapToInt(b -> Math.max(b.tally().baseline(), b.tally().candidate())).max().orElse(1));
        double maxChange = Math.max(1, bars.stream().mapToInt(b -> Math.max(b.tally().gained(), b.tally().lost())).max().orElse(1));
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 %d %d\" "
                + "width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, height, WIDTH, height));
        s.append("<title>").append(HtmlReport.escape(description)).append("</title>\n");
        legend(s, ALERTS_X, "alerts 预警数", "baseline 基准", BASELINE, "candidate 候选", CANDIDATE);
        legend(s, CHANGE_AXIS - CHANGE_HALF, "change 变化", "lost 减少", LOST, "gained 新增", GAINED);
        for (int i = 0; i < bars.size(); i++) {
            row(s, TOP + i * ROW, i, bars.get(i), maxAlerts, maxChange);
        }
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/>%n",
                CHANGE_AXIS, TOP - 4, CHANGE_AXIS, height - 4));
        return s.append("</svg>\n").toString();
    }

    private static void row(StringBuilder s, int y, int index, Bar bar, double maxAlerts, double maxChange) {
        Tally t = bar.tally();
        if (index % 2 == 0) {
            s.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f4f6f9\"/>%n", y, WIDTH, ROW));
        }
        int labelX = 6;
        if (bar.chip() != null) {
            s.append(String.format(Locale.ROOT, "<rect x=\"6\" y=\"%d\" width=\"12\" height=\"12\" rx=\"2\" fill=\"%s\"/>%n", y + 9, bar.chip()));
            labelX = 24;
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", labelX, y + 19, HtmlReport.escape(bar.label())));
        bar(s, ALERTS_X, y + 5, width(t.baseline(), maxAlerts, ALERTS_WIDTH), 9, BASELINE, String.format("%,d", t.baseline()), false);
        bar(s, ALERTS_X, y + 16, width(t.candidate(), maxAlerts, ALERTS_WIDTH), 9, CANDIDATE, String.format("%,d", t.candidate()), false);
        if (t.lost() > 0) {
            double w = width(t.lost(), maxChange, CHANGE_HALF);
            bar(s, CHANGE_AXIS - w, y + 8, w, 13, LOST, String.format("−%,d", t.lost()), true);
        }
        if (t.gained() > 0) {
            bar(s, CHANGE_AXIS, y + 8, width(t.gained(), maxChange, CHANGE_HALF), 13, GAINED, String.format("+%,d", t.gained()), false);
        }
    }

    /** A bar with its value beside it: after its end, or before its start when it grows to the left. */
    private static void bar(StringBuilder s, double x, int y, double w, int h, String colour, String value, boolean leftward) {
        s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n", x, y, w, h, colour));
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"%s\" fill=\"#333\">%s</text>%n",
                leftward ? x - 4 : x + w + 4, y + h - 1, leftward ? "end" : "start", value));
    }

    /** Bars never vanish for a count above zero: at least a sliver shows it is there. */
    private static double width(int count, double max, int full) {
        return count == 0 ? 0 : Math.max(1.5, full * count / max);
    }

    private static void legend(StringBuilder s, int x, String title, String first, String firstColour, String second, String secondColour) {
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"16\" font-weight=\"bold\">%s</text>%n", x, title));
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"24\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                + "<text x=\"%d\" y=\"33\" font-size=\"11\">%s</text>%n", x, firstColour, x + 14, first));
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"24\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                + "<text x=\"%d\" y=\"33\" font-size=\"11\">%s</text>%n", x + 110, secondColour, x + 124, second));
    }
}
