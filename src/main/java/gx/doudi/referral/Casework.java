package gx.doudi.referral;

import gx.doudi.alert.Alert;
import gx.doudi.alert.AlertTracker.Cause;
import gx.doudi.alert.AlertTracker.Emission;
import gx.doudi.alert.AlertTracker;
import gx.doudi.alert.Referral;
import gx.doudi.event.Event;
import gx.doudi.event.EventTypes;
import gx.doudi.event.Households;
import gx.doudi.event.PersonIds;
import gx.doudi.event.Times;
import gx.doudi.household.CategoryEntry;
import gx.doudi.household.Fact;
import gx.doudi.household.Household;
import gx.doudi.household.HouseholdEvents;
import gx.doudi.household.HouseholdState;
import gx.doudi.indicator.CityStandard;
import gx.doudi.indicator.IndicatorEvaluator;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.indicator.Indicators;
import gx.doudi.indicator.ReferralOverdue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One household's round of work for an event or a moment: apply it, judge the indicators, raise,
 * escalate and resolve alerts, send and withdraw referrals, take answers, and keep the chain
 * (§(五) "一户一条救助链"). Plain Java; the Flink function around it only loads, stores and emits.
 */
public final class Casework {
    private final IndicatorSet set;
    private final HouseholdState state;
    /** The household's chain, read from state only when this round needs it: most rounds do not. */
    private final Supplier<ChainHistory> chainSource;
    private ChainHistory chain;
    private final long emittedAt;
    private final List<Alert> alerts = new ArrayList<>();
    private final List<Referral> referrals = new ArrayList<>();
    private String rejection;
    private boolean chainChanged;
    /** The next check: the household's own until this round judges it (a refused answer does not). */
    private long nextCheck;
    /** Judge every indicator on every round: the reference that judging only what changed must agree with. */
    private boolean everyIndicator;
    private int evaluated;

    public Casework(IndicatorSet set, HouseholdState state, Supplier<ChainHistory> chain, long emittedAt) {
        this.set = set;
        this.state = state;
        this.chainSource = chain;
        this.emittedAt = emittedAt;
        this.nextCheck = state.nextCheck;
    }

    private ChainHistory chain() {
        if (chain == null) {
            chain = chainSource.get();
        }
        return chain;
    }

    /** Judges every indicator on every round, as the engine did before it judged only what changed. */
    Casework judgingEveryIndicator() {
        everyIndicator = true;
        return this;
    }

    /**
     * Applies a department event, then judges the household at the event's time: the indicators that read
     * what the event changed, or every indicator when something else may have changed since the last
     * round (another indicator set, a check falling due now).
     */
    public Casework onEvent(Event e) {
        long now = Math.max(e.occurredAt, state.lastEventAt);
        long judgedUpTo = state.lastEventAt;
        String region = state.region;
        if (EventTypes.ASSISTANCE_RESULT.equals(e.type)) {
            if (state.householdId == null) {
                state.householdId = e.householdKey;
            }
            Referrals.Answer answer = Referrals.answer(state, this::chain, e);
            if (answer.rejection() != null) {
                rejection = answer.rejection();
                return this;
            }
            record(answerEntry(e, answer));
            if (answer.closes() && !Referrals.anyOpen(state, answer.referral().alertId)) {
                Emission resolved = AlertTracker.resolveAnswered(state, set, answer.referral().alertId,
                        new Cause(e.occurredAt, e.eventId, emittedAt));
                if (resolved != null) {
                    take(List.of(resolved), e.occurredAt);
                }
            }
            state.lastEventAt = Math.max(state.lastEventAt, e.occurredAt);
        } else {
            HouseholdEvents.apply(state, e, set.retentionMillis());
            if (EventTypes.isGrant(e.type)) {
                record(grantEntry(e));
            }
            // the chain shows the profile: it changes with civil affairs' events, if the household has one
            chainChanged |= EventTypes.sourceOf(e.type).equals("civil-affairs") && state.chained && !chain().entries.isEmpty();
        }
        judge(now, e.eventId, changedBy(e.type, region, judgedUpTo, now));
        return this;
    }

    /** Judges the household at a moment with no event, every indicator: a window ended, a deadline passed. */
    public Casework onClock(long now) {
        HouseholdEvents.prune(state, now - set.retentionMillis());
        judge(now, null, Fact.ALL);
        return this;
    }

    /**
     * What may have changed for the indicators since the household was last judged, at or after
     * {@code judgedUpTo}: what the event changed, with the region and the standard in force, and what
     * judging itself changes (referrals, alerts), which always counts; everything
     * when the household was judged by another indicator set, or when a check is due now (its timer is
     * {@code state.nextCheck}), or when this is the reference.
     */
    private Set<Fact> changedBy(String type, String regionBefore, long judgedUpTo, long now) {
        if (everyIndicator || state.judgedWith != set.version() || state.nextCheck <= now) {
            return Fact.ALL;
        }
        Set<Fact> changed = EnumSet.copyOf(HouseholdEvents.changes(type));
        changed.addAll(Fact.JUDGING);
        if (!Objects.equals(regionBefore, state.region)) {
            changed.add(Fact.PROFILE);
            changed.add(Fact.STANDARD);
        } else if (state.region != null && standard(judgedUpTo) != standard(now)) {
            changed.add(Fact.STANDARD);
        }
        return changed;
    }

    private CityStandard standard(long at) {
        return set.standards().inForce(Households.cityOf(state.region), at);
    }

    private void judge(long now, String eventId, Set<Fact> changed) {
        Household h = new Household(state);
        for (OpenReferral r : ReferralOverdue.markOverdue(h, now)) {
            record(entry(r.dueBy + 1, ChainEntry.OVERDUE, r.alertId, r.referralId, r.indicator, r.grade.id(), r.department));
        }
        Cause cause = new Cause(now, eventId, emittedAt);
        long changedMask = Fact.mask(changed);
        IndicatorEvaluator.Result first = IndicatorEvaluator.evaluate(h, set, now,
                e -> !e.indicator().id().equals(Indicators.COMPOUND_RISK) && e.readsAnyOf(changedMask));
        take(AlertTracker.update(state, set, first.findings(), cause), now);
        IndicatorEvaluator.Result compound = IndicatorEvaluator.evaluate(h, set, now,
                e -> e.indicator().id().equals(Indicators.COMPOUND_RISK) && e.readsAnyOf(changedMask));
        take(AlertTracker.update(state, set, compound.findings(), cause), now);
        evaluated += first.findings().size() + compound.findings().size();
        state.judgedWith = set.version();
        // after the alerts changed: the referrals they opened have deadlines of their own
        nextCheck = IndicatorEvaluator.nextChange(h, set, now);
    }


    private void take(List<Emission> emissions, long now) {
        for (Emission emission : emissions) {
            Alert a = emission.alert();
            alerts.add(a);
            ChainEntry e = entry(now, ChainEntry.ALERT, a.alertId(), null, a.indicator(), a.grade().id(), null);
            e.status = a.status();
            e.types = a.types();
            e.action = a.action();
            record(e);
            for (Referral r : emission.referrals()) {
                Referrals.opened(state, r, a.indicator());
                referrals.add(r);
                ChainEntry sent = entry(now, ChainEntry.REFERRAL, a.alertId(), r.referralId(), a.indicator(),
                        r.grade().id(), r.department());
                sent.dueBy = r.dueBy();
                sent.status = r.status();
                record(sent);
            }
            if (Alert.RESOLVED.equals(a.status())) {
                for (OpenReferral gone : Referrals.withdraw(state, a.alertId())) {
                    referrals.add(withdrawal(gone, now));
                    record(entry(now, ChainEntry.WITHDRAWN, gone.alertId, gone.referralId, gone.indicator,
                            gone.grade.id(), gone.department));
                }
            }
        }
    }

    private Referral withdrawal(OpenReferral r, long now) {
        return new Referral(r.referralId, r.alertId, r.department, state.householdId, state.region, r.indicator,
                r.grade, List.of(), null, List.of(), Map.of(), Times.iso(r.referredAt), Times.iso(r.dueBy), "withdrawn");
    }

    private ChainEntry answerEntry(Event e, Referrals.Answer answer) {
        ChainEntry c = entry(e.occurredAt, ChainEntry.ANSWER, answer.referral().alertId, answer.referral().referralId,
                answer.referral().indicator, answer.referral().grade.id(), e.source);
        c.outcome = e.payload.outcome;
        c.late = answer.late();
        c.eventId = e.eventId;
        c.amount = e.payload.amount;
        c.kind = e.payload.assistance;
        c.note = e.payload.note;
        return c;
    }

    private ChainEntry grantEntry(Event e) {
        ChainEntry c = entry(e.occurredAt, ChainEntry.GRANT, null, null, null, null, e.source);
        c.type = e.type;
        c.kind = e.payload.kind != null ? e.payload.kind : e.payload.year != null ? String.valueOf(e.payload.year) : null;
        c.amount = e.payload.amount;
        c.eventId = e.eventId;
        return c;
    }

    private static ChainEntry entry(long time, String kind, String alertId, String referralId, String indicator,
                                    String grade, String department) {
        ChainEntry c = new ChainEntry();
        c.time = time;
        c.at = Times.iso(time);
        c.entry = kind;
        c.alertId = alertId;
        c.referralId = referralId;
        c.indicator = indicator;
        c.grade = grade;
        c.department = department;
        return c;
    }

    private void record(ChainEntry e) {
        chain().add(e, set.retentionMillis());
        chainChanged = true;
        state.chained = true;
    }

    public List<Alert> alerts() {
        return alerts;
    }

    public List<Referral> referrals() {
        return referrals;
    }

    /** Why the event was refused (an answer to an unknown referral, from the wrong department), or null. */
    public String rejection() {
        return rejection;
    }

    public long nextCheck() {
        return nextCheck;
    }

    /** How many indicators this round judged. */
    int evaluated() {
        return evaluated;
    }

    /** The chain document, when something in it changed; null otherwise. */
    public Chain chainIfChanged() {
        if (!chainChanged) {
            return null;
        }
        List<String> categories = new ArrayList<>();
        for (CategoryEntry c : state.categories) {
            if (!categories.contains(c.category)) {
                categories.add(c.category);
            }
        }
        List<Chain.Open> open = new ArrayList<>();
        for (OpenReferral r : state.referrals) {
            open.add(new Chain.Open(r.referralId, r.alertId, r.department, r.indicator, r.grade.id(), Times.iso(r.dueBy),
                    r.status, r.overdue));
        }
        List<ChainEntry> entries = new ArrayList<>(chain().entries);
        entries.sort(java.util.Comparator.comparingLong(c -> c.time));
        return new Chain(PersonIds.maskHouseholdKey(state.householdId), state.region, state.residence,
                new Household(state).memberCount(), categories, state.annualIncome, Times.iso(state.lastEventAt), open,
                entries);
    }
}
