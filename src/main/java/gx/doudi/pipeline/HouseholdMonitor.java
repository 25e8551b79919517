package gx.doudi.pipeline;

import gx.doudi.alert.Alert;
import gx.doudi.alert.Referral;
import gx.doudi.event.Event;
import gx.doudi.event.Households;
import gx.doudi.event.Rejected;
import gx.doudi.household.HouseholdEvents;
import gx.doudi.household.HouseholdState;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.referral.Casework;
import gx.doudi.referral.Chain;
import gx.doudi.referral.ChainHistory;
import gx.doudi.alert.Times;
import gx.doudi.event.Topics;
import gx.doudi.indicator.IndicatorRelease;
import gx.doudi.indicator.IndicatorSetException;
import gx.doudi.indicator.IndicatorStatus;
import java.util.List;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keyed by household, fed in event-time order: hands each event to the household's {@link Casework}
 * and emits what it decided: alerts, referrals (side output), the chain (side output), rejections.
 * One event-time timer per household stands for the earliest moment something changes with no new
 * event: a window ends, 180 days pass, a referral's dueBy passes.
 *
 * <p>The indicator set arrives on the broadcast input (contract §9): a newer, valid release replaces
 * the running set in broadcast state, which checkpoints with the job; an invalid one is refused whole.
 * Either way the first subtask acknowledges it on the status side output and in the log.
 */
public class HouseholdMonitor extends KeyedBroadcastProcessFunction<String, Event, IndicatorRelease, Alert> {
    public static final MapStateDescriptor<String, IndicatorRelease> RELEASES = new MapStateDescriptor<>(
            "indicator-release", Types.STRING, TypeInformation.of(IndicatorRelease.class));
    private static final Logger LOG = LoggerFactory.getLogger(HouseholdMonitor.class);
    /** The accumulator of events applied to a household. */
    public static final String PROCESSED = "events-processed";

    /** The set the job started with; a published release in broadcast state takes its place. */
    private final IndicatorSet initial;
    private transient IndicatorSet indicators;
    /** No judging after this time: the clock of a replay stops at its last event. */
    private final long clockLimit;
    private transient ValueState<HouseholdState> household;
    private transient ValueState<ChainHistory> chain;
    private transient ValueState<Long> nextCheck;
    /** Events applied: with the rejections, every record read is accounted for. */
    private transient LongCounter processed;

    public HouseholdMonitor(IndicatorSet initial, long clockLimit) {
        this.initial = initial;
        this.clockLimit = clockLimit;
    }

    @Override
    public void open(OpenContext openContext) {
        household = getRuntimeContext().getState(
                new ValueStateDescriptor<>("household", TypeInformation.of(HouseholdState.class)));
        chain = getRuntimeContext().getState(new ValueStateDescriptor<>("chain", TypeInformation.of(ChainHistory.class)));
        nextCheck = getRuntimeContext().getState(new ValueStateDescriptor<>("next-check", Types.LONG));
        processed = getRuntimeContext().getLongCounter(PROCESSED);
    }

    @Override
    public void processElement(Event e, ReadOnlyContext ctx, Collector<Alert> out) throws Exception {
        use(ctx.getBroadcastState(RELEASES));
        HouseholdState state = household.value();
        if (state == null) {
            state = new HouseholdState();
        }
        ChainHistory history = chain.value() == null ? new ChainHistory() : chain.value();
        Long due = nextCheck.value();
        while (due != null && due < e.occurredAt) {
            // what changed before this event is judged before it, as the timer would have
            due = finish(new Casework(indicators, state, history, System.currentTimeMillis()).onClock(due), state, history, ctx, out);
        }
        Casework work = new Casework(indicators, state, history, System.currentTimeMillis()).onEvent(e);
        if (work.rejection() != null) {
            ctx.output(Tags.REJECTED, Rejected.of(e, work.rejection()));
        } else {
            processed.add(1);
        }
        finish(work, state, history, ctx, out);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        use(ctx.getBroadcastState(RELEASES));
        Long due = nextCheck.value();
        HouseholdState state = household.value();
        if (due == null || due != timestamp || state == null || timestamp > clockLimit) {
            return;
        }
        ChainHistory history = chain.value() == null ? new ChainHistory() : chain.value();
        finish(new Casework(indicators, state, history, System.currentTimeMillis()).onClock(timestamp), state, history, ctx, out);
    }

    /** Emits what the round decided, stores the state, moves the timer; returns the next check. */
    @Override
    public void processBroadcastElement(IndicatorRelease release, Context ctx, Collector<Alert> out) throws Exception {
        BroadcastState<String, IndicatorRelease> releases = ctx.getBroadcastState(RELEASES);
        use(releases);
        IndicatorStatus status;
        if (release.version <= indicators.version()) {
            status = new IndicatorStatus(release.version, IndicatorStatus.REFUSED, indicators.version(), 0,
                    List.of("version " + release.version + " is not newer than the running version " + indicators.version()),
                    Times.isoMillis(System.currentTimeMillis()));
        } else {
            try {
                IndicatorSet next = release.load();
                releases.put(Topics.CURRENT, release);
                indicators = next;
                status = new IndicatorStatus(release.version, IndicatorStatus.ACTIVE, next.version(),
                        next.definitions().size(), List.of(), Times.isoMillis(System.currentTimeMillis()));
            } catch (IndicatorSetException refused) {
                status = new IndicatorStatus(release.version, IndicatorStatus.REFUSED, indicators.version(), 0,
                        refused.problems().stream().map(Object::toString).toList(), Times.isoMillis(System.currentTimeMillis()));
            }
        }
        if (getRuntimeContext().getTaskInfo().getIndexOfThisSubtask() == 0) {
            ctx.output(Tags.INDICATOR_STATUS, status);
            if (IndicatorStatus.ACTIVE.equals(status.status())) {
                LOG.info("indicator set v{} is active ({} indicators)", status.version(), status.indicators());
            } else {
                LOG.warn("indicator set v{} refused, v{} stays: {}", status.version(), status.runningVersion(), status.problems());
            }
        }
    }

    /** The running set: a published release once one arrived (and after a restore), else the initial set. */
    private void use(ReadOnlyBroadcastState<String, IndicatorRelease> releases) throws Exception {
        IndicatorRelease current = releases.get(Topics.CURRENT);
        if (current == null) {
            indicators = indicators == null ? initial : indicators;
        } else if (indicators == null || indicators.version() != current.version) {
            indicators = current.load();
        }
    }

    private Long finish(Casework work, HouseholdState state, ChainHistory history, ReadOnlyContext ctx, Collector<Alert> out)
            throws Exception {
        work.alerts().forEach(out::collect);
        for (Referral r : work.referrals()) {
            ctx.output(Tags.REFERRALS, r);
        }
        Chain document = work.chainIfChanged();
        if (document != null) {
            ctx.output(Tags.CHAINS, document);
        }
        long next = work.nextCheck();
        if (Households.isHouseholdOfOne(state.householdId)) {
            // a household of one is forgotten once its last fact leaves the retention
            next = Math.min(next, HouseholdEvents.nextExpiry(state, indicators.retentionMillis()));
        }
        schedule(next, ctx);
        if (HouseholdEvents.isEmpty(state) && nextCheck.value() == null) {
            household.clear();
            chain.clear();
        } else {
            household.update(state);
            if (document != null) {
                chain.update(history);
            }
        }
        return nextCheck.value();
    }

    private void schedule(long next, ReadOnlyContext ctx) throws Exception {
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
}
