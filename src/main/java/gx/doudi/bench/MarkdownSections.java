package gx.doudi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Adds rows to the table of one section of a markdown file (BENCHMARKS.md), wherever the section stands. */
final class MarkdownSections {
    private MarkdownSections() {}

    /**
     * Inserts {@code rows} after the last table line of the section under {@code heading}. A file without
     * that section gets {@code newSection} (the heading, its text and the table's header) at its end,
     * then the rows; with {@code newSection} null, the rows alone go at the end.
     */
    static void appendRows(Path file, String heading, String newSection, List<String> rows) throws IOException {
        List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                : new ArrayList<>();
        Files.write(file, withRows(lines, heading, newSection, rows), StandardCharsets.UTF_8);
    }

    static List<String> withRows(List<String> lines, String heading, String newSection, List<String> rows) {
        List<String> out = new ArrayList<>(lines);
        int start = out.indexOf(heading);
        if (start < 0) {
            if (newSection != null) {
                if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
                    out.add("");
                }
                out.addAll(newSection.lines().toList());
            }
            out.addAll(rows);
            return out;
        }
        int end = start + 1;
        while (end < out.size() && !out.get(end).startsWith("## ")) {
            end++;
        }
        int at = end;
        for (int i = end - 1; i > start; i--) {
            if (out.get(i).startsWith("|")) {
                at = i + 1;
                break;
            }
        }
        out.addAll(at, rows);
        return out;
    }
}
