package gx.doudi.referral;

import gx.doudi.alert.Referral;
import gx.doudi.event.Event;
import gx.doudi.event.Times;
import gx.doudi.household.HouseholdState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The referrals of one household: opened by alerts, answered by departments (contract §4, §6). */
public final class Referrals {
    public static final String OPEN = "open";
    public static final String IN_PROGRESS = "in-progress";

    /** How an answer was taken: the referral it answers, or why it was refused. */
    public record Answer(OpenReferral referral, boolean closes, boolean late, String rejection) {}

    private Referrals() {}

    /** Records a sent referral; an escalation updates the grade and dueBy of the one already open. */
    public static void opened(HouseholdState s, Referral r, String indicator) {
        OpenReferral open = find(s, r.referralId());
        if (open == null) {
            open = new OpenReferral();
            open.referralId = r.referralId();
            open.alertId = r.alertId();
            open.indicator = indicator;
            open.department = r.department();
            open.referredAt = Times.parse(r.referredAt());
            open.status = OPEN;
            s.referrals.add(open);
        }
        open.grade = r.grade();
        open.dueBy = Times.parse(r.dueBy());
    }

    /** Takes an assistance.result: granted, rejected and not-eligible close; in-progress keeps it open. */
    public static Answer answer(HouseholdState s, Supplier<ChainHistory> chain, Event e) {
        String referralId = e.payload.referralId;
        OpenReferral open = find(s, referralId);
        if (open == null) {
            return new Answer(null, false, false, chain.get().mentions(referralId)
                    ? "referral " + referralId + " is already closed"
                    : "unknown referral: " + referralId + " (no open referral of household " + s.householdId + ")");
        }
        if (!open.department.equals(e.source)) {
            return new Answer(null, false, false, "referral " + referralId + " was sent to " + open.department
                    + ", not to " + e.source);
        }
        boolean closes = !IN_PROGRESS.equals(e.payload.outcome);
        if (closes) {
            s.referrals.remove(open);
        } else {
            open.status = IN_PROGRESS;
        }
        return new Answer(open, closes, e.occurredAt > open.dueBy, null);
    }

    /** Removes the open referrals of an alert that resolved: the need they were about is gone. */
    public static List<OpenReferral> withdraw(HouseholdState s, String alertId) {
        List<OpenReferral> gone = new ArrayList<>();
        for (OpenReferral r : s.referrals) {
            if (r.alertId.equals(alertId)) {
                gone.add(r);
            }
        }
        s.referrals.removeAll(gone);
        return gone;
    }

    public static boolean anyOpen(HouseholdState s, String alertId) {
        for (OpenReferral r : s.referrals) {
            if (r.alertId.equals(alertId)) {
                return true;
            }
        }
        return false;
    }

    static OpenReferral find(HouseholdState s, String referralId) {
        for (OpenReferral r : s.referrals) {
            if (r.referralId.equals(referralId)) {
                return r;
            }
        }
        return null;
    }
}
