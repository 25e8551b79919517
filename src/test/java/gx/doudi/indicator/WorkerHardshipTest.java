package gx.doudi.indicator;

import static gx.doudi.household.HouseholdFixture.DAY;
import static gx.doudi.household.HouseholdFixture.NOW;
import static gx.doudi.household.HouseholdFixture.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import gx.doudi.household.HouseholdFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** worker-hardship: a trade-union hardship registration in a household in no low-income category. */
class WorkerHardshipTest extends IndicatorTestBase {
    WorkerHardshipTest() {
        super("worker-hardship");
    }

    private static HouseholdFixture household() {
        return HouseholdFixture.urban(3).income(60_000);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"hardship, YELLOW", "deep-hardship, ORANGE"})
    void gradeByLevel(String level, Grade expected) {
        assertThat(gradeOf(household().hardship(level, daysAgo(10)))).isEqualTo(expected);
    }

    @Test
    void alertAsksCivilAffairsToIdentify() {
        Finding f = evaluate(household().hardship("hardship", daysAgo(10)));

        assertAsks(f, "identify", List.of("basic-living"), List.of("civil-affairs"));
        assertThat(f.evidence()).containsOnly(entry("pcMonthlyIncome", 1_666.67));
    }

    @ParameterizedTest(name = "household in {0}: no alert")
    @CsvSource({"dibao", "destitute", "marginal", "rigid-expense"})
    void aLowIncomeHouseholdIsNotAlerted(String category) {
        assertThat(gradeOf(household().category(category).hardship("deep-hardship", daysAgo(10)))).isNull();
    }

    @Test
    void aHouseholdInPovertyReturnMonitoringIsNotAlerted() {
        assertThat(gradeOf(household().povertyReturn().hardship("deep-hardship", daysAgo(10)))).isNull();
    }

    @Test
    void categoryOtherIsNotLowIncome() {
        assertThat(gradeOf(household().category("other").hardship("hardship", daysAgo(10)))).isEqualTo(Grade.YELLOW);
    }

    @Test
    void aRegistrationExactly365DaysOldHasLeftTheWindow() {
        assertThat(evaluate(household().hardship("deep-hardship", daysAgo(365)))).isNull();
        assertThat(gradeOf(household().hardship("deep-hardship", daysAgo(364)))).isEqualTo(Grade.ORANGE);
    }

    @Test
    void theLatestRegistrationGivesTheLevel() {
        assertThat(gradeOf(household().hardship("deep-hardship", daysAgo(100)).hardship("hardship", daysAgo(5))))
                .isEqualTo(Grade.YELLOW);
    }

    @Test
    void nextChangeIsWhenTheRegistrationLeavesTheWindow() {
        assertThat(nextChange(household().hardship("hardship", daysAgo(300)))).isEqualTo(NOW + 65 * DAY);
        assertThat(nextChange(household())).isEqualTo(Long.MAX_VALUE);
    }
}
