package gx.doudi.indicator;

import static gx.doudi.event.EventTypes.EMPLOYMENT_ASSISTANCE_GRANTED;
import static gx.doudi.household.HouseholdFixture.CHILD;
import static gx.doudi.household.HouseholdFixture.DAY;
import static gx.doudi.household.HouseholdFixture.MAIN_EARNER;
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
 * unemployment: a member registered unemployed and not insured, in a low-income household: yellow; the main
 * earner: orange; still unemployed after 180 days with no employment assistance granted: one grade up.
 */
class UnemploymentTest extends IndicatorTestBase {
    UnemploymentTest() {
        super("unemployment");
    }

    private static HouseholdFixture dibaoHousehold() {
        return HouseholdFixture.rural(3).income(15_000).category("dibao");
    }

    @Test
    void anUninsuredMemberOfALowIncomeHousehold() {
        HouseholdFixture h = dibaoHousehold().unemployed(CHILD, false, daysAgo(10));

        Finding f = evaluate(h);

        assertThat(f.grade()).isEqualTo(Grade.YELLOW);
        assertAsks(f, "refer", List.of("employment"), List.of("human-resources"));
        assertThat(f.subjects()).containsExactly(h.member(CHILD));
        assertThat(f.evidence()).containsOnly(entry("unemployedMembers", 1.0), entry("longestSpellDays", 10.0));
    }

    @Test
    void theMainEarnerIsOrange() {
        assertThat(gradeOf(dibaoHousehold().unemployed(MAIN_EARNER, false, daysAgo(10)))).isEqualTo(Grade.ORANGE);
    }

    @Test
    void anInsuredMemberIsNotAlerted() {
        assertThat(gradeOf(dibaoHousehold().unemployed(MAIN_EARNER, true, daysAgo(200)))).isNull();
    }

    @Test
    void aHouseholdInNoLowIncomeCategoryIsNotAlerted() {
        assertThat(gradeOf(HouseholdFixture.rural(3).income(15_000).unemployed(MAIN_EARNER, false, daysAgo(10)))).isNull();
    }

    @Test
    void theSpellEndsWithEmployment() {
        HouseholdFixture h = dibaoHousehold().unemployed(CHILD, false, daysAgo(200)).employed(CHILD, daysAgo(1));

        assertThat(evaluate(h)).isNull();
    }

    // 180 days unemployed with no employment assistance: one grade up
    @ParameterizedTest(name = "{0} ms short of 180 days, member {1}: {2}")
    @CsvSource({"1, 1, YELLOW", "0, 1, ORANGE", "-86400000, 1, ORANGE", "1, 0, ORANGE", "0, 0, RED"})
    void stillUnemployedAfter180DaysIsOneGradeUp(long shortBy, int member, Grade expected) {
        HouseholdFixture h = dibaoHousehold().unemployed(member, false, daysAgo(180) + shortBy);

        assertThat(gradeOf(h)).isEqualTo(expected);
    }

    @Test
    void employmentAssistanceSinceRegistrationKeepsTheGrade() {
        HouseholdFixture h = dibaoHousehold().unemployed(CHILD, false, daysAgo(200))
                .grantedTo(CHILD, EMPLOYMENT_ASSISTANCE_GRANTED, "training", daysAgo(150));

        assertThat(gradeOf(h)).isEqualTo(Grade.YELLOW);
    }

    @Test
    void employmentAssistanceBeforeRegistrationDoesNotCount() {
        HouseholdFixture h = dibaoHousehold().grantedTo(CHILD, EMPLOYMENT_ASSISTANCE_GRANTED, "training", daysAgo(250))
                .unemployed(CHILD, false, daysAgo(200));

        assertThat(gradeOf(h)).isEqualTo(Grade.ORANGE);
    }

    @Test
    void employmentAssistanceToAnotherMemberDoesNotCount() {
        HouseholdFixture h = dibaoHousehold().unemployed(CHILD, false, daysAgo(200))
                .grantedTo(2, EMPLOYMENT_ASSISTANCE_GRANTED, "job-referral", daysAgo(150));

        assertThat(gradeOf(h)).isEqualTo(Grade.ORANGE);
    }

    @Test
    void theGravestSpellGivesTheGrade() {
        HouseholdFixture h = dibaoHousehold().unemployed(CHILD, false, daysAgo(200)).unemployed(MAIN_EARNER, false, daysAgo(5));

        Finding f = evaluate(h);

        assertThat(f.grade()).isEqualTo(Grade.ORANGE);
        assertThat(f.subjects()).containsExactlyInAnyOrder(h.member(CHILD), h.member(MAIN_EARNER));
        assertThat(f.evidence()).containsEntry("longestSpellDays", 200.0);
    }

    @Test
    void nextChangeIsWhenAnUninsuredSpellReaches180Days() {
        HouseholdFixture h = dibaoHousehold().unemployed(CHILD, false, daysAgo(100)).unemployed(2, true, daysAgo(150));

        assertThat(nextChange(h)).isEqualTo(NOW + 80 * DAY);
        assertThat(nextChange(dibaoHousehold().unemployed(CHILD, false, daysAgo(181)))).isEqualTo(Long.MAX_VALUE);
    }
}
