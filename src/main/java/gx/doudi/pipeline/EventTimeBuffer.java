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
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.KeyGroupRangeAssignment;
import org.apache.flink.streaming.api.TimerService;

/**
 * Holds a key's events until the watermark passes their time, then hands them out in {@link EventOrder}.
 * This is what makes the result independent of arrival order, driver and parallelism.
 *
 * <p>The waiting events live on the heap, not in RocksDB: they wait only as long as the watermark lags
 * their time (seconds in a stream, one watermark step in a replay), and keeping or releasing one then
 * costs no state access. The event-time timer at an event's time, which is keyed state, brings the key
 * back. A checkpoint writes the waiting events to union operator state; on restore, at any
 * parallelism, each subtask takes back those of the keys it now owns, whose timers it also has.
 */
final class EventTimeBuffer {
    private final Function<Event, String> keyOf;
    private final Map<String, List<Event>> waiting = new HashMap<>();
    private ListState<Event> checkpointed;

    EventTimeBuffer(Function<Event, String> keyOf) {
        this.keyOf = keyOf;
    }

    /** Restores what waited at the last checkpoint for the keys this subtask owns. */
    void initialize(FunctionInitializationContext context, RuntimeContext runtime, String name) throws Exception {
        checkpointed = context.getOperatorStateStore().getUnionListState(
                new ListStateDescriptor<>(name, TypeInformation.of(Event.class)));
        if (!context.isRestored()) {
            return;
        }
        int maxParallelism = runtime.getTaskInfo().getMaxNumberOfParallelSubtasks();
        int parallelism = runtime.getTaskInfo().getNumberOfParallelSubtasks();
        int index = runtime.getTaskInfo().getIndexOfThisSubtask();
        for (Event e : checkpointed.get()) {
            String key = keyOf.apply(e);
            if (KeyGroupRangeAssignment.assignKeyToParallelOperator(key, maxParallelism, parallelism) == index) {
                waiting.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
        }
    }

    /** Writes every waiting event to the checkpoint. */
    void snapshot() throws Exception {
        List<Event> all = new ArrayList<>();
        waiting.values().forEach(all::addAll);
        checkpointed.update(all);
    }

    /** Keeps the event and asks for a timer at its time (the timer is keyed by the current key). */
    void add(Event e, TimerService timers) {
        waiting.computeIfAbsent(keyOf.apply(e), k -> new ArrayList<>(2)).add(e);
        timers.registerEventTimeTimer(e.occurredAt);
    }

    /** The key's events held for {@code time} or earlier, in order, removed from the buffer. */
    List<Event> release(String key, long time) {
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
            return events;
        }
        List<Event> due = new ArrayList<>();
        events.removeIf(e -> e.occurredAt <= time && due.add(e));
        if (events.isEmpty()) {
            waiting.remove(key);
        }
        due.sort(EventOrder.ORDER);
        return due;
    }

    /** Whether events of the key wait for {@code time}: its timer is theirs too. */
    boolean holds(String key, long time) {
        List<Event> events = waiting.get(key);
        return events != null && events.stream().anyMatch(e -> e.occurredAt == time);
    }

    /** An event the watermark has passed is late: it is applied at once rather than held. */
    static boolean isLate(long eventTime, long watermark) {
        return eventTime <= watermark;
    }
}
