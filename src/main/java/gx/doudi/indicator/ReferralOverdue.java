package gx.doudi.indicator;

import gx.doudi.household.Fact;
import gx.doudi.household.Household;
import gx.doudi.referral.OpenReferral;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * referral-overdue, §(十九) digital supervision: a referral with no closing answer by its dueBy. The
 * grade is the overdue referral's; it resolves when every overdue referral is answered. Referrals made
 * by this indicator itself are not supervised again.
 */
public final class ReferralOverdue implements Indicator {
    public String id() { return "referral-overdue"; }
    public Set<String> thresholds() { return Set.of(); }
    public Set<String> windows() { return Set.of(); }
    public Set<String> grades() { return Set.of(); }
    public Set<Fact> reads() { return Set.of(Fact.REFERRALS); }

    public Finding evaluate(Household h, IndicatorDefinition d, CityStandard s, long now) {
        Grade grade = null;
        List<String> departments = new ArrayList<>();
        int overdue = 0;
        long longest = 0;
        for (OpenReferral r : h.state().referrals) {
            if (r.overdue && !id().equals(r.indicator)) {
                grade = Grade.max(grade, r.grade);
                overdue++;
                longest = Math.max(longest, now - r.dueBy);
                if (!departments.contains(r.department)) {
                    departments.add(r.department);
                }
            }
        }
        return grade == null ? null : Finding.of(d, grade,
                Evidence.of("overdueReferrals", overdue, "longestOverdueDays", Math.floor(longest / 86_400_000.0)),
                h.everyone(), "referrals to " + String.join(", ", departments) + " are past their due date unanswered");
    }

    public long nextChange(Household h, IndicatorDefinition d, long now) {
        long next = Long.MAX_VALUE;
        for (OpenReferral r : h.state().referrals) {
            if (!r.overdue && !id().equals(r.indicator) && r.dueBy >= now) {
                next = Math.min(next, r.dueBy + 1);
            }
        }
        return next;
    }

    /** Marks the referrals whose dueBy passed before {@code now}; returns those newly overdue. */
    public static List<OpenReferral> markOverdue(Household h, long now) {
        List<OpenReferral> newly = new ArrayList<>();
        for (OpenReferral r : h.state().referrals) {
            if (!r.overdue && r.dueBy < now && !"referral-overdue".equals(r.indicator)) {
                r.overdue = true;
                newly.add(r);
            }
        }
        return newly;
    }
}
