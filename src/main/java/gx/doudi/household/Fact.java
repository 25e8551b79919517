package gx.doudi.household;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of what the engine knows of a household that an indicator's result depends on. An event
 * changes some of them ({@link HouseholdEvents#changes}); an indicator names those it reads, and a round
 * judges only the indicators that read something the round changed.
 */
public enum Fact {
    /** Members, residence, region, income and categories: what nearly every indicator reads. */
    PROFILE,
    /** The city's standard in force, which changes with the region and on the standards' effective dates. */
    STANDARD,
    UNEMPLOYMENT,
    ILLNESS,
    MEDICAL,
    STUDENTS,
    HOUSING,
    DISASTER,
    INCIDENTS,
    INCOME_DECLINE,
    HARDSHIP,
    DISABILITY,
    GRANTS,
    /** Open referrals: answers change them, and so does the round's own judging (overdue, withdrawn). */
    REFERRALS,
    /** Open alerts: the round's own judging changes them. */
    ALERTS;

    /** Everything: what an indicator that names nothing reads. */
    public static final Set<Fact> ALL = Collections.unmodifiableSet(EnumSet.allOf(Fact.class));

    /** What a round's own judging may change, whatever its event: always judged again. */
    public static final Set<Fact> JUDGING = Collections.unmodifiableSet(EnumSet.of(REFERRALS, ALERTS));

    /** The facts as bits, one per ordinal: what every round compares with what each indicator reads. */
    public static long mask(Set<Fact> facts) {
        long mask = 0;
        for (Fact f : facts) {
            mask |= 1L << f.ordinal();
        }
        return mask;
    }
}
