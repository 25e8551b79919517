package gx.doudi.indicator;

import gx.doudi.event.EventTypes;
import gx.doudi.household.CategoryEntry;
import gx.doudi.household.Fact;
import gx.doudi.household.Household;
import gx.doudi.household.HouseholdState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * insurance-gap, §(八): a member of a basic low-income household with no insurance subsidy for the
 * current year, "grace" after the household entered its category or after 1 January, whichever is later.
 */
public final class InsuranceGap implements Indicator {
    public String id() { return "insurance-gap"; }
    public Set<String> thresholds() { return Set.of(); }
    public Set<String> windows() { return Set.of("grace"); }
    public Set<String> grades() { return Set.of("uninsured"); }
    public Set<Fact> reads() { return Set.of(Fact.PROFILE, Fact.GRANTS); }

    public Finding evaluate(Household h, IndicatorDefinition d, CityStandard s, long now) {
        if (!h.isBasicLowIncome() || now < due(h.state(), d, now)) {
            return null;
        }
        String year = String.valueOf(date(now).getYear());
        List<String> uninsured = new ArrayList<>();
        for (String person : h.everyone()) {
            if (!h.grantedSince(EventTypes.INSURANCE_SUBSIDY_GRANTED, year, person, Long.MIN_VALUE)) {
                uninsured.add(person);
            }
        }
        return uninsured.isEmpty() ? null : Finding.of(d, d.grade("uninsured"),
                Evidence.of("uninsuredMembers", uninsured.size(), "year", Integer.parseInt(year)), uninsured,
                "members of a basic low-income household have no insurance subsidy for " + year);
    }

    public long nextChange(Household h, IndicatorDefinition d, long now) {
        if (!h.isBasicLowIncome()) {
            return Long.MAX_VALUE;
        }
        long due = due(h.state(), d, now);
        if (due > now) {
            return due;
        }
        // a new year clears the condition until its grace ends: the check at 1 January resolves it
        return date(now).plusYears(1).withDayOfYear(1).atStartOfDay(Standards.ZONE).toInstant().toEpochMilli();
    }

    /** grace after the later of 1 January of this year and the household's entry into its category. */
    private static long due(HouseholdState state, IndicatorDefinition d, long now) {
        long start = date(now).withDayOfYear(1).atStartOfDay(Standards.ZONE).toInstant().toEpochMilli();
        long since = Long.MAX_VALUE;
        for (CategoryEntry c : state.categories) {
            if (Household.BASIC_LOW_INCOME.contains(c.category)) {
                since = Math.min(since, c.since);
            }
        }
        return Math.max(start, since == Long.MAX_VALUE ? start : since) + d.windowMillis("grace");
    }

    private static LocalDate date(long millis) {
        return Instant.ofEpochMilli(millis).atOffset(Standards.ZONE).toLocalDate();
    }
}
