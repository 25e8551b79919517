package gx.doudi.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.indicator.IndicatorSet;
import gx.doudi.indicator.IndicatorSetLoader;
import gx.doudi.indicator.ShippedSet;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's first section: what the engineer changed between the two sets. */
class SetDifferencesTest {
    @Test
    void theSameSetHasNoDifference() throws Exception {
        IndicatorSet shipped = IndicatorSetLoader.load(ShippedSet.DIR);

        assertThat(SetDifferences.between(shipped, IndicatorSetLoader.load(ShippedSet.DIR))).isEmpty();
    }

    @Test
    void namesEachChangedThresholdWindowGradeAndStandard(@TempDir Path dir) throws Exception {
        Path candidate = ShippedSet.copyTo(dir);
        ShippedSet.edit(candidate, "medical.yaml", "yellowRatio: 0.3,", "yellowRatio: 0.5,");
        ShippedSet.edit(candidate, "medical.yaml", "windows: {expenses: P365D}", "windows: {expenses: P180D}");
        ShippedSet.edit(candidate, "employment.yaml", "grades: {uninsured: yellow", "grades: {uninsured: orange");
        ShippedSet.edit(candidate, "standards.yaml", "dibao: {urban: 850, rural: 510}\n        disposableIncome: {urban: 38000, rural: 16000}",
                "dibao: {urban: 870, rural: 510}\n        disposableIncome: {urban: 38000, rural: 16000}");
        ShippedSet.edit(candidate, "set.yaml", "red: P3D", "red: P2D");

        assertThat(SetDifferences.between(IndicatorSetLoader.load(ShippedSet.DIR), IndicatorSetLoader.load(candidate)))
                .containsExactly(
                        "unemployment: grades.uninsured yellow → orange",
                        "medical-burden: thresholds.yellowRatio 0.3 → 0.5",
                        "medical-burden: windows.expenses P365D → P180D",
                        "standards 451000 百色市: from 2023-01-01 dibao 850/510, disposable 38000/16000, ×2"
                                + " → from 2023-01-01 dibao 870/510, disposable 38000/16000, ×2",
                        "referral: dueBy.red P3D → P2D");
    }
}
