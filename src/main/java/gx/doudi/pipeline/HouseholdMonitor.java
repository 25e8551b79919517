package gx.doudi.pipeline;

import gx.doudi.alert.Alert;
import gx.doudi.alert.AlertTracker;
import gx.doudi.alert.Referral;
import gx.doudi.event.Event;
import gx.doudi.event.Households;
import gx.doudi.household.Household;
import gx.doudi.household.HouseholdEvents;
import gx.doudi.household.HouseholdState;
import gx.doudi.indicator.IndicatorEvaluator;
import gx.doudi.indicator.IndicatorSet;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by household, fed in event-time order: applies each event to the household's state, evaluates
 * the indicators and emits alert changes and their referrals. A timer re-evaluates when a window ends
 * or a duration is reached with no new event (180 days unemployed, an expense leaving the 12 months).
 */
public class HouseholdMonitor extends KeyedProcessFunction<String, Event, Alert> {
    private final IndicatorSet indicators;
    /** No re-evaluation after this time: the clock of a replay stops at its last event. */
    private final long clockLimit;
    private transient ValueState<HouseholdState> household;
    private transient ValueState<Long> nextCheck;

    public HouseholdMonitor(IndicatorSet indicators, long clockLimit) {
        this.indicators = indicators;
        this.clockLimit = clockLimit;
    }

    @Override
    public void open(OpenContext openContext) {
        household = getRuntimeContext().getState(
                new ValueStateDescriptor<>("household", TypeInformation.of(HouseholdState.class)));
        nextCheck = getRuntimeContext().getState(new ValueStateDescriptor<>("next-check", Types.LONG));
    }

    @Override
    public void processElement(Event e, Context ctx, Collector<Alert> out) throws Exception {
        HouseholdState state = household.value();
        if (state == null) {
            state = new HouseholdState();
        }
        Long due = nextCheck.value();
        while (due != null && due < e.occurredAt) {
            // a window that ended before this event is judged before it, as a timer would have
            HouseholdEvents.prune(state, due - indicators.retentionMillis());
            due = evaluate(state, due, null, ctx, out);
        }
        HouseholdEvents.apply(state, e, indicators.retentionMillis());
        evaluate(state, Math.max(e.occurredAt, state.lastEventAt), e.eventId, ctx, out);
        store(state);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        Long due = nextCheck.value();
        HouseholdState state = household.value();
        if (due == null || due != timestamp || state == null || timestamp > clockLimit) {
            return;
        }
        HouseholdEvents.prune(state, timestamp - indicators.retentionMillis());
        evaluate(state, timestamp, null, ctx, out);
        store(state);
    }

    /** Evaluates at {@code now}, emits what changed, schedules the next check and returns its time. */
    private Long evaluate(HouseholdState state, long now, String eventId, Context ctx, Collector<Alert> out)
            throws Exception {
        IndicatorEvaluator.Result result = IndicatorEvaluator.evaluate(new Household(state), indicators, now);
        List<AlertTracker.Emission> emissions = AlertTracker.update(state, indicators, result.findings(),
                new AlertTracker.Cause(now, eventId, System.currentTimeMillis()));
        for (AlertTracker.Emission emission : emissions) {
            out.collect(emission.alert());
            for (Referral referral : emission.referrals()) {
                ctx.output(Tags.REFERRALS, referral);
            }
        }
        long next = result.nextChange();
        if (Households.isHouseholdOfOne(state.householdId)) {
            // a household of one is forgotten once its last fact leaves the retention
            next = Math.min(next, HouseholdEvents.nextExpiry(state, indicators.retentionMillis()));
        }
        schedule(next, ctx);
        return nextCheck.value();
    }

    private void schedule(long next, Context ctx) throws Exception {
        Long current = nextCheck.value();
        if (current != null && current == next) {
            return;
        }
        if (current != null) {
            ctx.timerService().deleteEventTimeTimer(current);
        }
        if (next == Long.MAX_VALUE) {
            nextCheck.clear();
        } else {
            ctx.timerService().registerEventTimeTimer(next);
            nextCheck.update(next);
        }
    }

    /** A household of one that has nothing left to watch is forgotten. */
    private void store(HouseholdState state) throws Exception {
        if (HouseholdEvents.isEmpty(state) && nextCheck.value() == null) {
            household.clear();
        } else {
            household.update(state);
        }
    }
}
