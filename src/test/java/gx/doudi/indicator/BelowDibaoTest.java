package gx.doudi.indicator;

import static gx.doudi.household.HouseholdFixture.LIUZHOU;
import static gx.doudi.household.HouseholdFixture.NANNING;
import static gx.doudi.household.HouseholdFixture.at;
import static gx.doudi.household.HouseholdFixture.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import gx.doudi.household.HouseholdFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** below-dibao: pc monthly income &lt; the city's dibao standard (residence), household not dibao or destitute. */
class BelowDibaoTest extends IndicatorTestBase {
    BelowDibaoTest() {
        super("below-dibao");
    }

    // 南宁 2025: rural 600 yuan/month, so a household of 3 is at the standard with 600 × 3 × 12 = 21,600 a year.
    @ParameterizedTest(name = "rural household of 3 in 南宁, {0} a year: {1}")
    @CsvSource({"21599.64, RED", "21600, ", "21600.36, "})
    void ruralStandardIsTheLine(double annualIncome, Grade expected) {
        assertThat(gradeOf(HouseholdFixture.rural(3).income(annualIncome))).isEqualTo(expected);
    }

    // urban 950: 950 × 3 × 12 = 34,200
    @ParameterizedTest(name = "urban household of 3 in 南宁, {0} a year: {1}")
    @CsvSource({"34199.64, RED", "34200, ", "34200.36, "})
    void urbanStandardIsTheLine(double annualIncome, Grade expected) {
        assertThat(gradeOf(HouseholdFixture.urban(3).income(annualIncome))).isEqualTo(expected);
    }

    @Test
    void alertAsksCivilAffairsToIdentifyWithTheFiguresBehindIt() {
        HouseholdFixture h = HouseholdFixture.rural(3).income(21_599.64);

        Finding f = evaluate(h);

        assertThat(f.grade()).isEqualTo(Grade.RED);
        assertAsks(f, "identify", List.of("basic-living"), List.of("civil-affairs"));
        assertThat(f.evidence()).containsOnly(entry("pcMonthlyIncome", 599.99), entry("dibaoStandard", 600.0),
                entry("annualIncome", 21_599.64), entry("members", 3.0));
        assertThat(f.subjects()).containsExactlyElementsOf(h.members());
    }

    @Test
    void eachCityHasItsOwnStandard() {
        // 柳州 rural 590: 590 × 3 × 12 = 21,240
        assertThat(gradeOf(HouseholdFixture.registered("rural", LIUZHOU, 3).income(21_239.64))).isEqualTo(Grade.RED);
        assertThat(gradeOf(HouseholdFixture.registered("rural", LIUZHOU, 3).income(21_240))).isNull();
        // 21,400 a year is 594.44 a month: below 南宁's 600, not below 柳州's 590
        assertThat(gradeOf(HouseholdFixture.registered("rural", NANNING, 3).income(21_400))).isEqualTo(Grade.RED);
        assertThat(gradeOf(HouseholdFixture.registered("rural", LIUZHOU, 3).income(21_400))).isNull();
    }

    @Test
    void anEventIsJudgedByTheStandardInForceOnItsDate() {
        // 南宁 rural was 560 until 2024-12-31 and 600 from 2025-01-01 (China Standard Time); 580 a month is between
        HouseholdFixture h = HouseholdFixture.rural(1).income(580 * 12);

        assertThat(evaluate(h, at("2024-12-31T23:59:59+08:00"))).isNull();
        assertThat(evaluate(h, at("2025-01-01T00:00:00+08:00")).evidence()).containsEntry("dibaoStandard", 600.0);
    }

    @Test
    void householdSizeDividesTheIncome() {
        // 21,000 a year: 583.33 a month each for 3, 875 each for 2
        assertThat(gradeOf(HouseholdFixture.rural(3).income(21_000))).isEqualTo(Grade.RED);
        assertThat(gradeOf(HouseholdFixture.rural(2).income(21_000))).isNull();
    }

    @Test
    void aDeadMemberNoLongerCounts() {
        HouseholdFixture h = HouseholdFixture.rural(3).income(21_000).died(2, daysAgo(1));

        assertThat(gradeOf(h)).isNull();
    }

    @ParameterizedTest(name = "household in {0}: no alert")
    @CsvSource({"dibao", "destitute"})
    void householdAlreadyInDibaoOrDestituteIsNotAlerted(String category) {
        assertThat(gradeOf(HouseholdFixture.rural(3).income(10_000).category(category))).isNull();
    }

    @Test
    void aMemberInDibaoCountsForTheHousehold() {
        assertThat(gradeOf(HouseholdFixture.rural(3).income(10_000).memberCategory(1, "dibao"))).isNull();
    }

    @Test
    void marginalHouseholdBelowTheStandardIsAlerted() {
        assertThat(gradeOf(HouseholdFixture.rural(3).income(10_000).category("marginal"))).isEqualTo(Grade.RED);
    }

    @Test
    void noAssessedIncomeNoAlert() {
        assertThat(evaluate(HouseholdFixture.rural(3))).isNull();
    }

    @Test
    void aPersonNoHouseholdListsIsAHouseholdOfOneJudgedByTheRuralStandard() {
        assertThat(gradeOf(HouseholdFixture.unlisted(NANNING).income(7_199.88))).isEqualTo(Grade.RED);
        assertThat(gradeOf(HouseholdFixture.unlisted(NANNING).income(7_200))).isNull();
    }
}
