package gx.doudi.backtest;

import gx.doudi.backtest.Comparison.ChangedHousehold;
import gx.doudi.event.Regions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code changed-households.csv}: one line per household, indicator, grade and change. UTF-8 with a
 * byte-order mark, so that Excel and WPS show the Chinese city names as text rather than mojibake.
 */
public final class ChangedHouseholdsCsv {
    static final String HEADER = "householdId,region,city,indicator,grade,change,alerts,baselineGrades,candidateGrades,evidence";

    private ChangedHouseholdsCsv() {}

    public static void write(Path file, List<ChangedHousehold> changes) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write(HEADER);
            w.write("\r\n"); // RFC 4180
            for (ChangedHousehold h : changes) {
                w.write(String.join(",", cell(h.householdId()), cell(h.region()),
                        cell(Regions.CITIES.getOrDefault(h.city(), h.city())), cell(h.indicator()), h.grade().id(),
                        h.change(), String.valueOf(h.alerts()), cell(ConsoleTable.grades(h.baselineGrades())),
                        cell(ConsoleTable.grades(h.candidateGrades())), cell(ConsoleTable.evidence(h.evidence()))));
                w.write("\r\n");
            }
        }
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
