package gx.doudi.indicator;

import static gx.doudi.event.EventTypes.DISASTER_RELIEF_GRANTED;
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

/**
 * disaster-damage: house collapsed: red; severe: orange; loss ≥ annual income: orange; any damage to a low-income
 * household: at least orange. Urgent assistance when collapsed; housing too when severe or collapsed. The latest
 * report counts for 90 days, until disaster relief is granted.
 */
class DisasterDamageTest extends IndicatorTestBase {
    DisasterDamageTest() {
        super("disaster-damage");
    }

    /** Urban household of 3 in no low-income category, 50,000 a year. */
    private static HouseholdFixture household() {
        return HouseholdFixture.urban(3).income(50_000);
    }

    @Test
    void aCollapsedHouseCallsForUrgentAssistanceAndHousing() {
        Finding f = evaluate(household().disaster("collapsed", 8_000, daysAgo(2)));

        assertThat(f.grade()).isEqualTo(Grade.RED);
        assertAsks(f, "urgent-assistance", List.of("disaster", "housing"), List.of("emergency", "housing"));
        assertThat(f.evidence()).containsOnly(entry("loss", 8_000.0), entry("annualIncome", 50_000.0),
                entry("injured", 0.0), entry("died", 0.0));
    }

    @Test
    void severeDamageIsOrangeAndAddsHousing() {
        Finding f = evaluate(household().disaster("severe", 8_000, daysAgo(2)));

        assertThat(f.grade()).isEqualTo(Grade.ORANGE);
        assertAsks(f, "refer", List.of("disaster", "housing"), List.of("emergency", "housing"));
    }

    @ParameterizedTest(name = "minor damage, loss {0} on an income of 50,000: {1}")
    @CsvSource({"49999.99, ", "50000, ORANGE", "50000.01, ORANGE"})
    void aLossOfAYearsIncomeIsOrange(double loss, Grade expected) {
        assertThat(gradeOf(household().disaster("minor", loss, daysAgo(2)))).isEqualTo(expected);
    }

    @Test
    void aLossOverIncomeWithoutSevereDamageIsForEmergencyAlone() {
        Finding f = evaluate(household().disaster("minor", 60_000, daysAgo(2)));

        assertAsks(f, "refer", List.of("disaster"), List.of("emergency"));
    }

    @Test
    void aLossIsNotJudgedAgainstAnIncomeNobodyAssessed() {
        assertThat(gradeOf(HouseholdFixture.urban(3).disaster("minor", 60_000, daysAgo(2)))).isNull();
    }

    @ParameterizedTest(name = "dibao household, house damage {0}, loss {1}: {2}")
    @CsvSource({"minor, 100, ORANGE", "none, 500, ORANGE", "none, 0, ", "collapsed, 0, RED"})
    void anyDamageToALowIncomeHouseholdIsAtLeastOrange(String damage, double loss, Grade expected) {
        HouseholdFixture h = HouseholdFixture.rural(3).income(15_000).category("dibao").disaster(damage, loss, daysAgo(2));

        assertThat(gradeOf(h)).isEqualTo(expected);
    }

    @Test
    void minorDamageToAHouseholdInNoCategoryIsNotAlerted() {
        assertThat(gradeOf(household().disaster("minor", 3_000, daysAgo(2)))).isNull();
    }

    @Test
    void disasterReliefGrantedSinceTheReportClearsIt() {
        HouseholdFixture h = household().disaster("collapsed", 8_000, daysAgo(5))
                .granted(DISASTER_RELIEF_GRANTED, null, daysAgo(3));

        assertThat(evaluate(h)).isNull();
    }

    @Test
    void disasterReliefGrantedBeforeTheReportDoesNotClearIt() {
        HouseholdFixture h = household().granted(DISASTER_RELIEF_GRANTED, null, daysAgo(30))
                .disaster("collapsed", 8_000, daysAgo(5));

        assertThat(gradeOf(h)).isEqualTo(Grade.RED);
    }

    @Test
    void aReportExactly90DaysOldHasLeftTheWindow() {
        assertThat(evaluate(household().disaster("collapsed", 8_000, daysAgo(90)))).isNull();
        assertThat(gradeOf(household().disaster("collapsed", 8_000, daysAgo(89)))).isEqualTo(Grade.RED);
    }

    @Test
    void nextChangeIsWhenTheReportLeavesTheWindow() {
        assertThat(nextChange(household().disaster("severe", 8_000, daysAgo(10)))).isEqualTo(NOW + 80 * DAY);
        assertThat(nextChange(household())).isEqualTo(Long.MAX_VALUE);
    }
}
