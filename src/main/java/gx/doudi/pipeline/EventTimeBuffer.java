package gx.doudi.pipeline;

import gx.doudi.event.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.KeyGroupRangeAssignment;
import org.apache.flink.streaming.api.TimerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds a key's events until the watermark passes their time, then hands them out in {@link EventOrder}.
 * This is what makes the result independent of arrival order, driver and parallelism.
 *
 * <p>The waiting events live on the heap, not in RocksDB: they wait only as long as the watermark lags
 * their time (seconds in a stream, one watermark step in a replay), and keeping or releasing one then
 * costs no state access. The event-time timer at an event's time, which is keyed state, brings the key
 * back. A checkpoint writes the waiting events to union operator state; on restore, at any
 * parallelism, each subtask takes back those of the keys it now owns, whose timers it also has.
 *
 * <p>Catching up a backlog, the events of the partitions ahead of the slowest can wait for hours of
 * processing, millions of them. Past {@link WaitingBound#onHeap()} events on the heap, one further
 * ahead of the watermark than {@link WaitingBound#ahead()} waits in keyed list state (RocksDB) instead,
 * under the same timer. Until the watermark passes the latest of those, a release also looks there.
 */
final class EventTimeBuffer {
    private static final Logger LOG = LoggerFactory.getLogger(EventTimeBuffer.class);

    private final Function<Event, String> keyOf;
    private final int onHeapLimit;
    private final long aheadMillis;
    private final Map<String, List<Event>> waiting = new HashMap<>();
    private int onHeap;
    /** The current key's events that wait in keyed state. */
    private ListState<Event> overflow;
    /** The latest time of an event put in {@link #overflow}: later releases need not look there. */
    private long overflowUntil = Long.MIN_VALUE;
    private long overflowed;
    private ListState<Event> checkpointed;
    private ListState<Long> checkpointedOverflowUntil;

    EventTimeBuffer(Function<Event, String> keyOf, WaitingBound bound) {
        this.keyOf = keyOf;
        this.onHeapLimit = bound.onHeap();
        this.aheadMillis = bound.ahead().toMillis();
    }

    /** Restores what waited at the last checkpoint for the keys this subtask owns. */
    void initialize(FunctionInitializationContext context, RuntimeContext runtime, String name) throws Exception {
        checkpointed = context.getOperatorStateStore().getUnionListState(
                new ListStateDescriptor<>(name, TypeInformation.of(Event.class)));
        checkpointedOverflowUntil = context.getOperatorStateStore().getUnionListState(
                new ListStateDescriptor<>(name + "-in-state-until", Types.LONG));
        overflow = context.getKeyedStateStore().getListState(
                new ListStateDescriptor<>(name + "-in-state", TypeInformation.of(Event.class)));
        runtime.getMetricGroup().gauge("eventsWaitingOnHeap", () -> onHeap);
        runtime.getMetricGroup().gauge("eventsSentToState", () -> overflowed);
        if (!context.isRestored()) {
            return;
        }
        for (Long until : checkpointedOverflowUntil.get()) {
            // any subtask's: after rescaling, its keys may be anywhere
            overflowUntil = Math.max(overflowUntil, until);
        }
        int maxParallelism = runtime.getTaskInfo().getMaxNumberOfParallelSubtasks();
        int parallelism = runtime.getTaskInfo().getNumberOfParallelSubtasks();
        int index = runtime.getTaskInfo().getIndexOfThisSubtask();
        for (Event e : checkpointed.get()) {
            String key = keyOf.apply(e);
            if (KeyGroupRangeAssignment.assignKeyToParallelOperator(key, maxParallelism, parallelism) == index) {
                waiting.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                onHeap++;
            }
        }
    }

    /** Writes every event waiting on the heap to the checkpoint; those in keyed state are in it already. */
    void snapshot() throws Exception {
        List<Event> all = new ArrayList<>(onHeap);
        waiting.values().forEach(all::addAll);
        checkpointed.update(all);
        checkpointedOverflowUntil.update(List.of(overflowUntil));
    }

    /**
     * Keeps the event and asks for a timer at its time; both are keyed by the current key, which must
     * be the event's.
     */
    void add(Event e, TimerService timers) throws Exception {
        timers.registerEventTimeTimer(e.occurredAt);
        if (onHeap >= onHeapLimit && e.occurredAt > timers.currentWatermark() + aheadMillis) {
            if (overflowed == 0) {
                LOG.info("{} events wait for the watermark on the heap: events more than {} ms ahead of it wait in state",
                        onHeap, aheadMillis);
            }
            overflow.add(e);
            overflowUntil = Math.max(overflowUntil, e.occurredAt);
            overflowed++;
            return;
        }
        waiting.computeIfAbsent(keyOf.apply(e), k -> new ArrayList<>(2)).add(e);
        onHeap++;
    }

    /** The key's events held for {@code time} or earlier, in order, removed from the buffer. */
    List<Event> release(String key, long time) throws Exception {
        List<Event> due = releaseFromHeap(key, time);
        List<Event> fromState = new ArrayList<>();
        List<Event> kept = new ArrayList<>();
        for (Event e : inState(time)) {
            (e.occurredAt <= time ? fromState : kept).add(e);
        }
        if (fromState.isEmpty()) {
            return due;
        }
        if (kept.isEmpty()) {
            overflow.clear();
        } else {
            overflow.update(kept);
        }
        fromState.addAll(due);
        fromState.sort(EventOrder.ORDER);
        return fromState;
    }

    private List<Event> releaseFromHeap(String key, long time) {
        List<Event> events = waiting.get(key);
        if (events == null) {
            return List.of();
        }
        if (events.size() == 1) {
            // the usual case: the key's one waiting event, due now
            if (events.get(0).occurredAt > time) {
                return List.of();
            }
            waiting.remove(key);
            onHeap--;
            return events;
        }
        List<Event> due = new ArrayList<>();
        events.removeIf(e -> e.occurredAt <= time && due.add(e));
        if (events.isEmpty()) {
            waiting.remove(key);
        }
        onHeap -= due.size();
        due.sort(EventOrder.ORDER);
        return due;
    }

    /** Whether events of the current key, {@code key}, wait for {@code time}: its timer is theirs too. */
    boolean holds(String key, long time) throws Exception {
        List<Event> events = waiting.get(key);
        if (events != null && events.stream().anyMatch(e -> e.occurredAt == time)) {
            return true;
        }
        for (Event e : inState(time)) {
            if (e.occurredAt == time) {
                return true;
            }
        }
        return false;
    }

    /**
     * The current key's events that wait in keyed state, if any can be due at {@code time}: none is once
     * the watermark has passed the latest put there, and then the state is not read.
     */
    private Iterable<Event> inState(long time) throws Exception {
        if (time > overflowUntil) {
            return List.of();
        }
        Iterable<Event> stored = overflow.get();
        return stored == null ? List.of() : stored;
    }

    /** An event the watermark has passed is late: it is applied at once rather than held. */
    static boolean isLate(long eventTime, long watermark) {
        return eventTime <= watermark;
    }
}
