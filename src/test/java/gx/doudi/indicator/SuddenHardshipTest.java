package gx.doudi.indicator;

import static gx.doudi.event.EventTypes.TEMPORARY_ASSISTANCE_GRANTED;
import static gx.doudi.household.HouseholdFixture.CHILD;
import static gx.doudi.household.HouseholdFixture.DAY;
import static gx.doudi.household.HouseholdFixture.MAIN_EARNER;
import static gx.doudi.household.HouseholdFixture.NANNING;
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
 * sudden-hardship: §(十三) an accident with a death or injury, the main earner's death, or a house collapse, within
 * 30 days and with no temporary assistance granted since; also for persons no household lists.
 */
class SuddenHardshipTest extends IndicatorTestBase {
    SuddenHardshipTest() {
        super("sudden-hardship");
    }

    /** A well-off urban household in no category: sudden hardship knows no income test. */
    private static HouseholdFixture household() {
        return HouseholdFixture.urban(3).income(300_000);
    }

    @ParameterizedTest(name = "accident with {0} injured and {1} dead: {2}")
    @CsvSource({"0, 0, ", "1, 0, RED", "0, 1, RED", "3, 2, RED"})
    void anAccidentWithADeathOrAnInjury(int injured, int died, Grade expected) {
        assertThat(gradeOf(household().accident(CHILD, injured, died, daysAgo(2)))).isEqualTo(expected);
    }

    @Test
    void alertCallsForUrgentAssistanceFromCivilAffairsForThePersonConcerned() {
        HouseholdFixture h = household().accident(CHILD, 1, 0, daysAgo(2));

        Finding f = evaluate(h);

        assertThat(f.grade()).isEqualTo(Grade.RED);
        assertAsks(f, "urgent-assistance", List.of("urgent"), List.of("civil-affairs"));
        assertThat(f.subjects()).containsExactly(h.member(CHILD));
        assertThat(f.evidence()).containsOnly(entry("incidents", 1.0));
        assertThat(f.reason()).contains("accident");
    }

    @Test
    void theMainEarnersDeath() {
        assertThat(evaluate(household().died(MAIN_EARNER, daysAgo(2))).reason()).contains("earner-died");
        assertThat(evaluate(household().died(CHILD, daysAgo(2)))).isNull();
    }

    @ParameterizedTest(name = "house damage {0}: {1}")
    @CsvSource({"severe, ", "collapsed, RED"})
    void aHouseCollapse(String damage, Grade expected) {
        assertThat(gradeOf(household().disaster(damage, 20_000, daysAgo(2)))).isEqualTo(expected);
    }

    @Test
    void aPersonNoHouseholdListsIsAlertedToo() {
        HouseholdFixture stranger = HouseholdFixture.unlisted(NANNING).accident(0, 1, 0, daysAgo(1));

        Finding f = evaluate(stranger);

        assertThat(f.grade()).isEqualTo(Grade.RED);
        assertThat(f.subjects()).containsExactly(stranger.member(0));
    }

    @Test
    void anIncidentExactly30DaysOldHasLeftTheWindow() {
        assertThat(evaluate(household().accident(CHILD, 1, 0, daysAgo(30)))).isNull();
        assertThat(gradeOf(household().accident(CHILD, 1, 0, daysAgo(29)))).isEqualTo(Grade.RED);
    }

    @Test
    void temporaryAssistanceGrantedSinceTheIncidentClearsIt() {
        HouseholdFixture h = household().accident(CHILD, 1, 0, daysAgo(5)).granted(TEMPORARY_ASSISTANCE_GRANTED, null, daysAgo(4));

        assertThat(evaluate(h)).isNull();
    }

    @Test
    void temporaryAssistanceGrantedBeforeTheIncidentDoesNotClearIt() {
        HouseholdFixture h = household().granted(TEMPORARY_ASSISTANCE_GRANTED, null, daysAgo(10)).accident(CHILD, 1, 0, daysAgo(5))
                .disaster("severe", 100, daysAgo(1));

        assertThat(gradeOf(h)).isEqualTo(Grade.RED);
    }

    @Test
    void aNewIncidentAfterTheAssistanceIsAlertedAgain() {
        HouseholdFixture h = household().accident(CHILD, 1, 0, daysAgo(10)).granted(TEMPORARY_ASSISTANCE_GRANTED, null, daysAgo(8))
                .died(MAIN_EARNER, daysAgo(1));

        Finding f = evaluate(h);

        assertThat(f.reason()).isEqualTo("sudden hardship: earner-died");
        assertThat(f.subjects()).containsExactly(h.member(MAIN_EARNER));
    }

    @Test
    void nextChangeIsWhenTheFirstIncidentLeavesTheWindow() {
        HouseholdFixture h = household().accident(CHILD, 1, 0, daysAgo(20)).died(MAIN_EARNER, daysAgo(2));

        assertThat(nextChange(h)).isEqualTo(NOW + 10 * DAY);
    }
}
