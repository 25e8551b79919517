package gx.doudi.alert;

import gx.doudi.event.PersonIds;
import gx.doudi.event.Times;
import gx.doudi.household.HouseholdState;
import gx.doudi.household.OpenAlert;
import gx.doudi.indicator.Finding;
import gx.doudi.indicator.Grade;
import gx.doudi.indicator.IndicatorDefinition;
import gx.doudi.indicator.IndicatorSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps one open alert per household and indicator (contract §5): a new finding raises, a higher grade
 * escalates under the same alertId, a cleared condition resolves, and so do answers to every referral.
 * Plain Java over household state.
 */
public final class AlertTracker {
    /** An alert record to publish, and the referrals it sends. */
    public record Emission(Alert alert, List<Referral> referrals) {}

    /** What caused this round of evaluation. */
    public record Cause(long eventTime, String eventId, long emittedAt) {}

    private AlertTracker() {}

    /**
     * Compares the findings with the open alerts and records the changes in {@code state}.
     *
     * @param findings indicator id → finding, for every enabled indicator evaluated (null = condition clear)
     */
    public static List<Emission> update(HouseholdState state, IndicatorSet set, Map<String, Finding> findings, Cause cause) {
        List<Emission> out = new ArrayList<>();
        for (IndicatorDefinition d : set.definitions()) {
            if (!findings.containsKey(d.id())) {
                continue;
            }
            Finding f = findings.get(d.id());
            OpenAlert open = find(state, d.id());
            Grade settled = state.settled.get(d.id());
            if (f == null) {
                state.settled.remove(d.id());
            }
            if (f != null && open == null && settled != null && !f.grade().above(settled)) {
                continue;
            }
            if (f != null && open == null) {
                state.settled.remove(d.id());
                open = new OpenAlert();
                open.indicator = d.id();
                open.alertId = AlertIds.of(state.householdId, d.id(), cause.eventTime());
                open.grade = f.grade();
                open.raisedAt = cause.eventTime();
                open.types = new ArrayList<>(f.types());
                open.referTo = new ArrayList<>(f.referTo());
                state.openAlerts.add(open);
                out.add(emit(state, set, open, f, Alert.RAISED, cause, null));
            } else if (f != null && f.grade().above(open.grade)) {
                open.grade = f.grade();
                addMissing(open.types, f.types());
                addMissing(open.referTo, f.referTo());
                out.add(emit(state, set, open, f, Alert.ESCALATED, cause, null));
            } else if (f == null && open != null) {
                state.openAlerts.remove(open);
                out.add(emit(state, set, open, null, Alert.RESOLVED, cause, "condition cleared"));
            }
        }
        return out;
    }

    /**
     * Resolves an alert whose referrals have all been answered. The need stays settled at its grade:
     * the same condition raises nothing new until it clears or grows worse.
     */
    public static Emission resolveAnswered(HouseholdState state, IndicatorSet set, String alertId, Cause cause) {
        for (OpenAlert open : state.openAlerts) {
            if (open.alertId.equals(alertId)) {
                state.openAlerts.remove(open);
                state.settled.put(open.indicator, open.grade);
                return emit(state, set, open, null, Alert.RESOLVED, cause, "every referral answered");
            }
        }
        return null;
    }

    private static Emission emit(HouseholdState state, IndicatorSet set, OpenAlert open, Finding f, String status,
                                 Cause cause, String resolution) {
        List<String> subjects = f == null ? List.of() : f.subjects();
        Map<String, Double> evidence = f == null ? Map.of() : f.evidence();
        String action = f == null ? set.definition(open.indicator).action() : f.action();
        String region = f != null && f.region() != null ? f.region() : state.region;
        Alert alert = new Alert(open.alertId, PersonIds.maskHouseholdKey(state.householdId), region,
                open.indicator, set.version(), open.grade, List.copyOf(open.types), action, List.copyOf(open.referTo),
                status, evidence, subjects.stream().map(PersonIds::mask).toList(), Times.iso(cause.eventTime()),
                Times.isoMillis(cause.emittedAt()),
                cause.eventId() == null ? List.of() : List.of(cause.eventId()),
                f == null ? resolution : f.reason());
        List<Referral> referrals = new ArrayList<>();
        if (f != null) {
            String dueBy = Times.iso(cause.eventTime() + set.dueBy(open.grade).toMillis());
            for (String department : open.referTo) {
                referrals.add(new Referral(Referral.idOf(open.alertId, department), open.alertId, department,
                        state.householdId, region, open.indicator, open.grade, List.copyOf(open.types), action,
                        List.copyOf(subjects), evidence, Times.iso(cause.eventTime()), dueBy, status));
            }
        }
        return new Emission(alert, referrals);
    }

    public static OpenAlert find(HouseholdState state, String indicator) {
        for (OpenAlert a : state.openAlerts) {
            if (a.indicator.equals(indicator)) {
                return a;
            }
        }
        return null;
    }

    private static void addMissing(List<String> to, List<String> more) {
        for (String s : more) {
            if (!to.contains(s)) {
                to.add(s);
            }
        }
    }
}
