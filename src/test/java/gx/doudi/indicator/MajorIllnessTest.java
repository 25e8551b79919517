package gx.doudi.indicator;

import static gx.doudi.household.HouseholdFixture.DAY;
import static gx.doudi.household.HouseholdFixture.NOW;
import static gx.doudi.household.HouseholdFixture.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.household.HouseholdFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * major-illness: a member diagnosed major (orange) or critical (red) in a low-income household or one with pc
 * monthly income &lt; multiplier × dibao std; diagnoses count for the 365-day "diagnosis" window.
 */
class MajorIllnessTest extends IndicatorTestBase {
    MajorIllnessTest() {
        super("major-illness");
    }

    private static HouseholdFixture marginalHousehold() {
        return HouseholdFixture.rural(3).income(30_000).category("marginal");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"major, ORANGE", "critical, RED", "chronic, "})
    void gradeBySeverity(String severity, Grade expected) {
        assertThat(gradeOf(marginalHousehold().illness(1, severity, daysAgo(10)))).isEqualTo(expected);
    }

    @Test
    void alertRefersThePatientToMedicalSecurityAndHealth() {
        HouseholdFixture h = marginalHousehold().illness(1, "major", daysAgo(10));

        Finding f = evaluate(h);

        assertAsks(f, "refer", List.of("medical"), List.of("medical-security", "health"));
        assertThat(f.subjects()).containsExactly(h.member(1));
        assertThat(f.evidence()).containsEntry("patients", 1.0);
    }

    @Test
    void theGravestDiagnosisGivesTheGrade() {
        HouseholdFixture h = marginalHousehold().illness(1, "major", daysAgo(10)).illness(2, "critical", daysAgo(20));

        Finding f = evaluate(h);

        assertThat(f.grade()).isEqualTo(Grade.RED);
        assertThat(f.subjects()).containsExactlyInAnyOrder(h.member(1), h.member(2));
    }

    // not low-income: the marginal line (2 × 600 rural) decides; 1,200 × 3 × 12 = 43,200 a year
    @ParameterizedTest(name = "household in no category, {0} a year: {1}")
    @CsvSource({"43199.64, ORANGE", "43200, ", "43200.36, "})
    void aHouseholdInNoCategoryBelowTheMarginalLine(double annualIncome, Grade expected) {
        HouseholdFixture h = HouseholdFixture.rural(3).income(annualIncome).illness(0, "major", daysAgo(10));

        assertThat(gradeOf(h)).isEqualTo(expected);
    }

    @Test
    void aLowIncomeHouseholdIsAlertedWhateverItsIncome() {
        HouseholdFixture h = HouseholdFixture.rural(3).income(200_000).povertyReturn().illness(0, "major", daysAgo(10));

        assertThat(gradeOf(h)).isEqualTo(Grade.ORANGE);
    }

    @Test
    void aHouseholdInNoCategoryWithNoAssessedIncomeIsNotAlerted() {
        assertThat(gradeOf(HouseholdFixture.rural(3).illness(0, "critical", daysAgo(10)))).isNull();
    }

    @Test
    void aDiagnosisExactly365DaysOldHasLeftTheWindow() {
        assertThat(gradeOf(marginalHousehold().illness(1, "critical", daysAgo(365)))).isNull();
        assertThat(gradeOf(marginalHousehold().illness(1, "critical", daysAgo(364)))).isEqualTo(Grade.RED);
    }

    @Test
    void nextChangeIsWhenTheFirstDiagnosisLeavesTheWindow() {
        HouseholdFixture h = marginalHousehold().illness(1, "critical", daysAgo(10)).illness(2, "major", daysAgo(300));

        assertThat(nextChange(h)).isEqualTo(NOW + 65 * DAY);
    }
}
