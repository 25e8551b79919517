package gx.doudi.indicator;

import gx.doudi.event.EventTypes;
import gx.doudi.household.Fact;
import gx.doudi.household.Household;
import gx.doudi.household.Student;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * education-gap, §(五)2 policy gap: a student of a basic low-income household enrolled at least
 * "noAid" ago with no student aid granted since the enrolment: "noAid"; a student of a low-income
 * household who dropped out within the "droppedOut" window: "droppedOut".
 */
public final class EducationGap implements Indicator {
    public String id() { return "education-gap"; }
    public Set<String> thresholds() { return Set.of(); }
    public Set<String> windows() { return Set.of("noAid", "droppedOut"); }
    public Set<String> grades() { return Set.of("noAid", "droppedOut"); }
    public Set<Fact> reads() { return Set.of(Fact.PROFILE, Fact.STUDENTS, Fact.GRANTS); }

    public Finding evaluate(Household h, IndicatorDefinition d, CityStandard s, long now) {
        Grade grade = null;
        List<String> subjects = new ArrayList<>();
        for (Student st : h.state().students) {
            Grade g = null;
            if (st.leftAt == 0 && h.isBasicLowIncome() && now - st.enrolledAt >= d.windowMillis("noAid")
                    && !h.grantedSince(EventTypes.STUDENT_AID_GRANTED, null, st.personId, st.enrolledAt)) {
                g = d.grade("noAid");
            }
            if ("dropped-out".equals(st.leftReason) && h.isLowIncome()
                    && Household.inWindow(st.leftAt, now, d.windowMillis("droppedOut"))) {
                g = Grade.max(g, d.grade("droppedOut"));
            }
            if (g != null) {
                grade = Grade.max(grade, g);
                subjects.add(st.personId);
            }
        }
        return grade == null ? null : Finding.of(d, grade, Evidence.of("students", subjects.size()), subjects,
                "a student of a low-income household has no student aid, or dropped out");
    }

    public long nextChange(Household h, IndicatorDefinition d, long now) {
        long next = Long.MAX_VALUE;
        for (Student st : h.state().students) {
            long due = st.enrolledAt + d.windowMillis("noAid");
            long gone = st.leftAt + d.windowMillis("droppedOut");
            next = Math.min(next, st.leftAt == 0 && due > now ? due : Long.MAX_VALUE);
            next = Math.min(next, st.leftAt != 0 && gone > now ? gone : Long.MAX_VALUE);
        }
        return next;
    }
}
