package gx.doudi.indicator;

import static gx.doudi.household.HouseholdFixture.DAY;
import static gx.doudi.household.HouseholdFixture.NOW;
import static gx.doudi.pipeline.TestEvents.at;
import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.household.HouseholdFixture;
import org.junit.jupiter.api.Test;

class InsuranceGapTest extends IndicatorTestBase {
    static final long NEW_YEAR = at("2026-01-01T00:00:00+08:00");

    InsuranceGapTest() {
        super("insurance-gap");
    }

    /** In dibao for 60 days at {@link HouseholdFixture#NOW}: the grace has just ended. */
    private static HouseholdFixture dibao() {
        return HouseholdFixture.rural(3).income(15_000).category("dibao");
    }

    @Test
    void membersWithoutThisYearsSubsidyOnceTheGraceHasEnded() {
        Finding f = evaluate(dibao());

        assertThat(f.grade()).isEqualTo(Grade.YELLOW);
        assertThat(f.subjects()).hasSize(3);
        assertThat(evaluate(dibao(), NOW - 1)).as("a moment before the grace ends").isNull();
    }

    @Test
    void aNewYearClearsTheConditionAndTheCheckComesThen() {
        HouseholdFixture h = dibao();

        assertThat(nextChange(h)).as("the next change after the grace ended").isEqualTo(NEW_YEAR);
        assertThat(evaluate(h, NEW_YEAR - 1)).isNotNull();
        assertThat(evaluate(h, NEW_YEAR)).as("a new year's grace").isNull();
        assertThat(Indicators.byId("insurance-gap").nextChange(h.household(), definition(), NEW_YEAR))
                .as("the next change in the new year: its grace ends").isEqualTo(NEW_YEAR + 60 * DAY);
    }
}
