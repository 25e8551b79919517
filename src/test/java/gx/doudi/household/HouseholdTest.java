package gx.doudi.household;

import static gx.doudi.event.EventTypes.EMPLOYMENT_ASSISTANCE_GRANTED;
import static gx.doudi.event.EventTypes.HOUSING_ASSISTANCE_GRANTED;
import static gx.doudi.household.HouseholdFixture.DAY;
import static gx.doudi.household.HouseholdFixture.NANNING;
import static gx.doudi.household.HouseholdFixture.NOW;
import static gx.doudi.household.HouseholdFixture.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The terms of INDICATORS.md as the household answers them. */
class HouseholdTest {
    private static final long YEAR = 365 * DAY;

    @ParameterizedTest(name = "at now {0} ms: {1}")
    @CsvSource({"1, false", "0, true", "-1, true", "-31535999999, true", "-31536000000, false", "-31536000001, false"})
    void theWindowIsOpenAtItsStartAndClosedAtNow(long offset, boolean inside) {
        assertThat(Household.inWindow(NOW + offset, NOW, YEAR)).isEqualTo(inside);
    }

    @Test
    void pcMonthlyIncomeIsAnnualIncomeOverMembersOverTwelve() {
        assertThat(HouseholdFixture.rural(3).household().pcMonthlyIncome()).isNull();
        assertThat(HouseholdFixture.rural(3).income(36_000).household().pcMonthlyIncome()).isEqualTo(1_000.0);
    }

    @Test
    void aHouseholdWithNoListedMemberIsAHouseholdOfOne() {
        Household stranger = HouseholdFixture.unlisted(NANNING).income(12_000).household();

        assertThat(stranger.memberCount()).isEqualTo(1);
        assertThat(stranger.pcMonthlyIncome()).isEqualTo(1_000.0);
    }

    @Test
    void anUnknownResidenceIsJudgedRural() {
        assertThat(HouseholdFixture.unlisted(NANNING).household().residence()).isEqualTo("rural");
        assertThat(HouseholdFixture.urban(2).household().isRural()).isFalse();
    }

    @Test
    void onlyTheListedMainEarnerIsTheMainEarner() {
        HouseholdFixture h = HouseholdFixture.rural(3);

        assertThat(h.household().isMainEarner(h.member(0))).isTrue();
        assertThat(h.household().isMainEarner(h.member(1))).isFalse();
        assertThat(h.household().isMainEarner("450102198001010000")).isFalse();
    }

    @Test
    void aGrantCountsFromTheMomentGivenOn() {
        Household h = HouseholdFixture.rural(3).granted(HOUSING_ASSISTANCE_GRANTED, "renovation", daysAgo(10)).household();

        assertThat(h.grantedSince(HOUSING_ASSISTANCE_GRANTED, null, null, daysAgo(10))).isTrue();
        assertThat(h.grantedSince(HOUSING_ASSISTANCE_GRANTED, null, null, daysAgo(10) + 1)).isFalse();
        assertThat(h.grantedSince(HOUSING_ASSISTANCE_GRANTED, "renovation", null, daysAgo(20))).isTrue();
        assertThat(h.grantedSince(HOUSING_ASSISTANCE_GRANTED, "rebuild", null, daysAgo(20))).isFalse();
        assertThat(h.grantedSince(EMPLOYMENT_ASSISTANCE_GRANTED, null, null, daysAgo(20))).isFalse();
    }

    @Test
    void aPersonsGrantIsTheirsAHouseholdGrantIsEveryones() {
        HouseholdFixture f = HouseholdFixture.rural(3).grantedTo(1, EMPLOYMENT_ASSISTANCE_GRANTED, "training", daysAgo(10))
                .granted(HOUSING_ASSISTANCE_GRANTED, "rebuild", daysAgo(10));
        Household h = f.household();

        assertThat(h.grantedSince(EMPLOYMENT_ASSISTANCE_GRANTED, null, f.member(1), daysAgo(20))).isTrue();
        assertThat(h.grantedSince(EMPLOYMENT_ASSISTANCE_GRANTED, null, f.member(2), daysAgo(20))).isFalse();
        assertThat(h.grantedSince(HOUSING_ASSISTANCE_GRANTED, null, f.member(2), daysAgo(20))).isTrue();
    }
}
