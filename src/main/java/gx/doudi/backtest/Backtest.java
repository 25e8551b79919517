package gx.doudi.backtest;

import gx.doudi.indicator.IndicatorSet;
import gx.doudi.indicator.IndicatorSetLoader;
import gx.doudi.pipeline.JobConfig;
import gx.doudi.pipeline.Replay;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code backtest}: replays the same events under a baseline and a candidate indicator set, with the
 * topology of {@code replay}, one after the other, and compares their alerts. Writes into the output
 * directory {@code baseline/} and {@code candidate/} (each replay's files), {@code report.html},
 * {@code changed-households.csv} and {@code summary.txt} (the console table).
 */
public final class Backtest {
    public static final String REPORT = "report.html";
    public static final String CHANGED_HOUSEHOLDS = "changed-households.csv";
    public static final String SUMMARY = "summary.txt";
    /** How many households of each group of changes the console and summary.txt list; the CSV lists them all. */
    public static final int LISTED = 5;

    /** One of the two sets, and what its replay produced. */
    public record Side(String role, Path dir, IndicatorSet set, Replay.Summary replay, List<AlertEpisode> episodes) {}

    public record Result(Path events, Side baseline, Side candidate, List<String> differences, Comparison comparison,
                         Path outDir) {
        public String table() {
            return ConsoleTable.render(comparison, LISTED);
        }
    }

    private Backtest() {}

    /**
     * Validates both sets before replaying anything (an invalid one is refused with the same messages as
     * {@code validate}), runs the two replays, writes the reports.
     */
    public static Result run(Path events, Path baselineDir, Path candidateDir, Path outDir, JobConfig config, Long until,
                             PrintStream progress) throws Exception {
        IndicatorSet baseline = IndicatorSetLoader.load(baselineDir);
        IndicatorSet candidate = IndicatorSetLoader.load(candidateDir);
        List<String> differences = SetDifferences.between(baseline, candidate);
        if (differences.isEmpty()) {
            progress.println("backtest: the two sets are the same; expect no change");
        }
        Files.createDirectories(outDir);
        Side b = replay(1, "baseline", events, baselineDir, baseline, outDir, config, until, progress);
        Side c = replay(2, "candidate", events, candidateDir, candidate, outDir, config, until, progress);
        Result result = new Result(events, b, c, differences, Comparison.of(b.episodes(), c.episodes()), outDir);
        Files.writeString(outDir.resolve(REPORT), HtmlReport.render(result), StandardCharsets.UTF_8);
        ChangedHouseholdsCsv.write(outDir.resolve(CHANGED_HOUSEHOLDS), result.comparison().changes());
        Files.writeString(outDir.resolve(SUMMARY), result.table(), StandardCharsets.UTF_8);
        return result;
    }

    private static Side replay(int step, String role, Path events, Path dir, IndicatorSet set, Path outDir,
                               JobConfig config, Long until, PrintStream progress) throws Exception {
        String prefix = "backtest " + step + "/2 " + role;
        progress.printf("%s: replaying %s with the indicator set %s (v%d)%n", prefix, events, dir, set.version());
        Path runDir = outDir.resolve(role);
        Replay.Summary summary;
        try (PrintStream replayProgress = PrefixedLines.stream(progress, prefix + ": ")) {
            summary = Replay.run(events, runDir, set, config, until, replayProgress);
        }
        List<AlertEpisode> episodes = AlertEpisodes.read(runDir.resolve(Replay.ALERTS));
        progress.printf("%s: %,d alerts (%,d alert records) in %.1f s%n", prefix, episodes.size(), summary.alerts(),
                summary.seconds());
        return new Side(role, dir, set, summary, episodes);
    }
}
