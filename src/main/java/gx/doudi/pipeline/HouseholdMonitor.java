package gx.doudi.pipeline;

import gx.doudi.alert.Alert;
import gx.doudi.alert.Referral;
import gx.doudi.event.Event;
import gx.doudi.event.Households;
import gx.doudi.event.Rejected;
import gx.doudi.event.Times;
import gx.doudi.event.Topics;
import gx.doudi.household.HouseholdEvents;
import gx.doudi.household.HouseholdState;
import gx.doudi.household.HouseholdStateSerializer;
import gx.doudi.indicator.IndicatorRelease;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.indicator.IndicatorSetException;
import gx.doudi.indicator.IndicatorStatus;
import gx.doudi.referral.Casework;
import gx.doudi.referral.Chain;
import gx.doudi.referral.ChainHistory;
import gx.doudi.referral.ChainHistorySerializer;
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
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.operators.KeyContext;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keyed by household, the engine's one household stage: puts the household's events in event-time
 * order, rejects re-sent ones, hands each to the household's {@link Casework} and emits what it decided:
 * alerts, referrals (side output), the chain (side output), rejections.
 *
 * <p>An event the watermark has not passed waits in {@link EventTimeBuffer} under a timer at its
 * time; one the watermark has passed is applied at once. One more timer per household stands for
 * the earliest moment something changes with no new event: a window ends, 180 days pass, a
 * referral's dueBy passes. A round (an event applied, or the events of one moment released) reads
 * the household's state once and leaves it to {@link HouseholdCache}, which holds the households worked
 * on last and writes one to RocksDB when it leaves the heap or a checkpoint comes; the chain is read
 * only when the round touches it. Writing a household under its own key needs the operator's key
 * context: the stage runs in {@link HouseholdMonitorOperator}.
 *
 * <p>The indicator set arrives on the broadcast input (contract §9): a newer, valid release replaces
 * the running set in broadcast state, which checkpoints with the job; an invalid one is refused whole.
 * Either way the first subtask acknowledges it on the status side output and in the log.
 */
public class HouseholdMonitor extends KeyedBroadcastProcessFunction<String, Event, IndicatorRelease, Alert>
        implements CheckpointedFunction {
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
    private final long allowedLatenessMillis;
    private final WaitingBound waitingBound;
    private final int householdsOnHeap;
    private transient ValueState<HouseholdState> household;
    /** The households worked on last, with their chains once read: a round of one of them neither reads nor writes RocksDB. */
    private transient HouseholdCache cache;
    /** The operator's: a household leaving the cache is written under its own key. */
    private transient KeyContext keys;
    private transient ValueState<ChainHistory> chain;
    private transient EventTimeBuffer pending;
    /** Events applied: with the rejections, every record read is accounted for. */
    private transient LongCounter processed;

    public HouseholdMonitor(IndicatorSet initial, long clockLimit, long allowedLatenessMillis, WaitingBound waitingBound,
                            int householdsOnHeap) {
        this.initial = initial;
        this.clockLimit = clockLimit;
        this.allowedLatenessMillis = allowedLatenessMillis;
        this.waitingBound = waitingBound;
        this.householdsOnHeap = householdsOnHeap;
    }

    /** Before {@link #open}: the operator's key context, to write households under their own keys. */
    void writeUnderOwnKeys(KeyContext operator) {
        this.keys = operator;
    }

    @Override
    public void open(OpenContext openContext) {
        if (keys == null) {
            throw new IllegalStateException("the household stage writes households under their own keys: run it in "
                    + HouseholdMonitorOperator.class.getSimpleName());
        }
        household = getRuntimeContext().getState(householdState());
        chain = getRuntimeContext().getState(chainState());
        processed = getRuntimeContext().getLongCounter(PROCESSED);
        cache = new HouseholdCache(householdsOnHeap, this::write);
    }

    /**
     * Writes the household's values given under its key, switching to it and back to the key being
     * processed (if any) unless it is that key: with no capacity, every round writes its own household.
     */
    private void write(String key, HouseholdState state, ChainHistory history) throws Exception {
        Object current = keys.getCurrentKey();
        if (key.equals(current)) {
            update(state, history);
            return;
        }
        keys.setCurrentKey(key);
        try {
            update(state, history);
        } finally {
            if (current != null) {
                keys.setCurrentKey(current);
            }
        }
    }

    /** Writes the values given (a null one did not change) under the current key. */
    private void update(HouseholdState state, ChainHistory history) throws Exception {
        if (state != null) {
            household.update(state);
        }
        if (history != null) {
            chain.update(history);
        }
    }

    @Override
    public void close() {
        if (cache != null && cache.rounds() > 0) {
            LOG.info("{} of {} rounds found their household on the heap; {} households written to RocksDB for {} rounds"
                            + " ({} held, at most {})",
                    cache.hits(), cache.lookups(), cache.writes(), cache.rounds(), cache.size(), householdsOnHeap);
        }
        // a finished task's function may stay referenced (a MiniCluster runs job after job): let its households go
        cache = null;
    }

    /** The household's state: one value, in its own compact format. */
    public static ValueStateDescriptor<HouseholdState> householdState() {
        return new ValueStateDescriptor<>("household", HouseholdStateSerializer.INSTANCE);
    }

    /** The household's chain: one value, in its own compact format. */
    public static ValueStateDescriptor<ChainHistory> chainState() {
        return new ValueStateDescriptor<>("chain", ChainHistorySerializer.INSTANCE);
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        pending = new EventTimeBuffer(e -> e.householdKey, waitingBound);
        pending.initialize(context, getRuntimeContext(), "pending-by-household");
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        // before the keyed state's snapshot: it then holds every household as its last round left it
        writeHeldHouseholds();
        pending.snapshot();
    }

    /** Writes the households changed on the heap since their last write, as a checkpoint does. */
    void writeHeldHouseholds() throws Exception {
        cache.flush();
    }

    @Override
    public void processElement(Event e, ReadOnlyContext ctx, Collector<Alert> out) throws Exception {
        long watermark = ctx.timerService().currentWatermark();
        if (!EventTimeBuffer.isLate(e.occurredAt, watermark)) {
            pending.add(e, ctx.timerService());
            return;
        }
        use(ctx.getBroadcastState(RELEASES));
        Round round = new Round(ctx, out);
        round.apply(e);
        round.close(watermark);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        use(ctx.getBroadcastState(RELEASES));
        List<Event> released = pending.release(ctx.getCurrentKey(), timestamp);
        Round round = new Round(ctx, out);
        if (released.isEmpty() && !round.exists()) {
            return;
        }
        for (Event e : released) {
            round.apply(e);
        }
        if (round.due() == timestamp && timestamp <= clockLimit) {
            round.judgeAt(timestamp);
        }
        round.close(timestamp);
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

    /**
     * Whether a check at {@code time} gets a timer. Past the clock limit (a replay's last event) a timer
     * would only wake the household when the input ends, to judge nothing and write its state back: the
     * check stays in the state, where a later event of the household still finds it.
     */
    private boolean wakes(long time) {
        return time != Long.MAX_VALUE && time <= clockLimit;
    }

    /** After this, a re-send of an event at {@code eventTime} is too late whatever it says. */
    private long forgetAt(long eventTime) {
        return eventTime + allowedLatenessMillis + 1;
    }

    /** One household's state, read once (or found on the heap), worked on by one or more {@link Casework}s, left to the cache. */
    private final class Round {
        private final ReadOnlyContext ctx;
        private final Collector<Alert> out;
        private final String key;
        private final boolean existed;
        private final HouseholdState state;
        /** The next check as stored; {@code state.nextCheck} is what the round's casework decided since. */
        private final long storedDue;
        private ChainHistory history;
        private boolean chainChanged;

        Round(ReadOnlyContext ctx, Collector<Alert> out) throws Exception {
            this.ctx = ctx;
            this.out = out;
            key = ctx.getCurrentKey();
            HouseholdState stored = cache.get(key);
            if (stored == null) {
                stored = household.value();
            }
            existed = stored != null;
            state = existed ? stored : new HouseholdState();
            storedDue = state.nextCheck;
        }

        long due() {
            return state.nextCheck;
        }

        boolean exists() {
            return existed;
        }

        private ChainHistory history() {
            if (history == null) {
                try {
                    ChainHistory stored = cache.chain(key);
                    if (stored == null) {
                        stored = chain.value();
                    }
                    history = stored == null ? new ChainHistory() : stored;
                } catch (Exception e) {
                    throw new IllegalStateException("reading the chain of " + state.householdId, e);
                }
            }
            return history;
        }

        private Casework casework() {
            return new Casework(indicators, state, this::history, System.currentTimeMillis());
        }

        /** Rejects a re-send; else judges what fell due before the event, then applies it. */
        void apply(Event e) {
            String dedupKey = e.dedupKey();
            if (state.received.containsKey(dedupKey)) {
                ctx.output(Tags.REJECTED, Rejected.of(e, "duplicate: " + dedupKey + " was already received"));
                return;
            }
            state.received.put(dedupKey, e.occurredAt);
            while (state.nextCheck < e.occurredAt) {
                // what changed before this event is judged before it, as the timer would have
                take(casework().onClock(state.nextCheck));
            }
            Casework work = casework().onEvent(e);
            if (work.rejection() != null) {
                ctx.output(Tags.REJECTED, Rejected.of(e, work.rejection()));
            } else {
                processed.add(1);
            }
            take(work);
        }

        void judgeAt(long time) {
            take(casework().onClock(time));
        }

        /** Emits what the casework decided and takes its next check. */
        private void take(Casework work) {
            work.alerts().forEach(out::collect);
            for (Referral r : work.referrals()) {
                ctx.output(Tags.REFERRALS, r);
            }
            Chain document = work.chainIfChanged();
            if (document != null) {
                ctx.output(Tags.CHAINS, new HouseholdChain(key, document));
                chainChanged = true;
            }
            long next = work.nextCheck();
            if (Households.isHouseholdOfOne(state.householdId)) {
                // a household of one is forgotten once its last fact leaves the retention
                next = Math.min(next, HouseholdEvents.nextExpiry(state, indicators.retentionMillis()));
            }
            // the next casework of the round judges every indicator if this check falls due by then
            state.nextCheck = next;
        }

        /**
         * Forgets the re-sends that can no longer arrive, moves the check's timer and leaves the state to the cache;
         * a household of one with nothing left is forgotten.
         */
        void close(long horizon) throws Exception {
            state.received.values().removeIf(time -> forgetAt(time) <= horizon);
            long due = state.nextCheck;
            if (storedDue != due) {
                if (wakes(storedDue) && !pending.holds(key, storedDue)) {
                    ctx.timerService().deleteEventTimeTimer(storedDue);
                }
                if (wakes(due)) {
                    ctx.timerService().registerEventTimeTimer(due);
                }
            }
            if (due == Long.MAX_VALUE && HouseholdEvents.isEmpty(state)) {
                if (state.received.isEmpty()) {
                    household.clear();
                    cache.cleared(key);
                    chain.clear();
                    return;
                }
                // kept only to recognise re-sends: wake when the first of them can no longer arrive
                long wake = Long.MAX_VALUE;
                for (long time : state.received.values()) {
                    wake = Math.min(wake, forgetAt(time));
                }
                if (wakes(wake)) {
                    ctx.timerService().registerEventTimeTimer(wake);
                }
            }
            cache.put(key, state, history, chainChanged);
        }
    }
}
