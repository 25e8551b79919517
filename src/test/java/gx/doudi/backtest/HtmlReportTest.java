package gx.doudi.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.event.Regions;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.indicator.IndicatorSetLoader;
import gx.doudi.indicator.ShippedSet;
import gx.doudi.pipeline.Replay;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** report.html is one file that opens offline and shows both charts. */
class HtmlReportTest {
    @Test
    void aSelfContainedPageWithTheIndicatorAndCityCharts() throws Exception {
        IndicatorSet set = IndicatorSetLoader.load(ShippedSet.DIR);
        List<AlertEpisode> baseline = AlertEpisodes.of(List.of(
                ComparisonTest.alert("a-1", "450102-1", "450102", "medical-burden", "yellow", "raised", 0.4)));
        Replay.Summary replay = new Replay.Summary(3, 3, 1, 1, 1, 0, 0, 1.0);
        Backtest.Result result = new Backtest.Result(Path.of("events.jsonl"),
                new Backtest.Side("baseline", Path.of("warning-indicators"), set, replay, baseline),
                new Backtest.Side("candidate", Path.of("candidate"), set, replay, List.of()),
                List.of("medical-burden: thresholds.yellowRatio 0.3 → 0.5"), Comparison.of(baseline, List.of()), Path.of("out"));

        String html = HtmlReport.render(result);

        assertThat(html).doesNotContain("{{").doesNotContain("<script").doesNotContain("src=").doesNotContain("href=")
                .doesNotContainPattern(Pattern.compile("https?://(?!www\\.w3\\.org/2000/svg)"));
        assertThat(Pattern.compile("<svg ").matcher(html).results().count()).isEqualTo(2);
        assertThat(html).contains("医疗负担过重 medical-burden · yellow", "medical-burden: thresholds.yellowRatio 0.3 → 0.5",
                "450102-1");
        Regions.CITIES.values().forEach(city -> assertThat(html).contains(city));
    }
}
