package gx.doudi.pipeline;

import static gx.doudi.pipeline.TestEvents.accident;
import static gx.doudi.pipeline.TestEvents.at;
import static gx.doudi.pipeline.TestEvents.keyed;
import static gx.doudi.pipeline.TestEvents.person;
import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.alert.Alert;
import gx.doudi.event.Event;
import gx.doudi.event.Households;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.indicator.IndicatorSetLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A backlog's faster partitions: past the bound on the heap, events far ahead of the watermark wait in
 * keyed state, and the household stage decides exactly what it decides with every event on the heap.
 */
class WaitingBoundHarnessTest {
    static final WaitingBound SMALL = new WaitingBound(3, Duration.ofDays(1));
    static final String START = "2025-03-01T10:00:00+08:00";
    static IndicatorSet indicators;

    @BeforeAll
    static void load() throws Exception {
        indicators = IndicatorSetLoader.load(Path.of("warning-indicators"));
    }

    static String personOf(int i) {
        return person("4501021990010" + (1000 + i));
    }

    static String household(int i) {
        return Households.ofPerson(personOf(i));
    }

    /** Twenty households, two accidents each: the first near the watermark, the second weeks ahead. */
    static List<Event> backlog() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String p = personOf(i);
            events.add(keyed(accident("near-" + i, p, TestEvents.iso(at(START) + i * 60_000L), 1), household(i)));
            events.add(keyed(accident("ahead-" + i, p, TestEvents.iso(at(START) + Duration.ofDays(20 + i).toMillis()), 2),
                    household(i)));
        }
        return events;
    }

    /** What a monitoring centre sees of the alerts: everything but the wall-clock emittedAt. */
    static List<String> seen(List<Alert> alerts) {
        return alerts.stream().map(a -> a.alertId() + " " + a.householdId() + " " + a.indicator() + " " + a.grade()
                + " " + a.status() + " " + a.causedBy() + " " + a.eventTime() + " " + a.evidence()).toList();
    }

    /** The watermark just before the backlog's first event, then the backlog, all at once. */
    static void receiveBacklog(MonitorHarness harness) throws Exception {
        harness.processWatermark(at(START) - 1);
        for (Event e : backlog()) {
            harness.receive(e);
        }
    }

    /** The watermark walks through the two months the events span, a day at a time. */
    static void advance(MonitorHarness harness, long from, int days) throws Exception {
        for (int d = 0; d <= days; d++) {
            harness.processWatermark(from + Duration.ofDays(d).toMillis());
        }
    }

    List<String> allOnTheHeap() throws Exception {
        try (MonitorHarness harness = new MonitorHarness(indicators, Long.MAX_VALUE, WaitingBound.DEFAULT, null)) {
            receiveBacklog(harness);
            advance(harness, at(START), 60);
            return seen(harness.alerts());
        }
    }

    @Test
    void eventsPastTheBoundWaitInStateAndChangeNothing() throws Exception {
        List<String> reference = allOnTheHeap();
        assertThat(reference).hasSizeGreaterThanOrEqualTo(20);

        try (MonitorHarness harness = new MonitorHarness(indicators, Long.MAX_VALUE, SMALL, null)) {
            receiveBacklog(harness);
            // near-0, ahead-0 and near-1 fill the heap; near events, within a day of the watermark, stay there too
            assertThat(harness.waitingInState(household(0))).isEmpty();
            assertThat(harness.waitingInState(household(1))).extracting(e -> e.eventId).containsExactly("ahead-1");
            long inState = 0;
            for (int i = 0; i < 20; i++) {
                inState += harness.waitingInState(household(i)).size();
            }
            assertThat(inState).isEqualTo(19);

            advance(harness, at(START), 60);
            assertThat(seen(harness.alerts())).isEqualTo(reference);
            for (int i = 0; i < 20; i++) {
                assertThat(harness.waitingInState(household(i))).isEmpty();
            }
        }
    }

    @Test
    void eventsWaitingInStateAndOnTheHeapSurviveARestore() throws Exception {
        List<String> reference = allOnTheHeap();
        List<String> seen = new ArrayList<>();
        OperatorSubtaskState checkpoint;
        try (MonitorHarness before = new MonitorHarness(indicators, Long.MAX_VALUE, SMALL, null)) {
            receiveBacklog(before);
            advance(before, at(START), 25);
            seen.addAll(seen(before.alerts()));
            checkpoint = before.snapshot();
        }
        try (MonitorHarness after = new MonitorHarness(indicators, Long.MAX_VALUE, SMALL, checkpoint)) {
            assertThat(after.waitingInState(household(19))).extracting(e -> e.eventId).containsExactly("ahead-19");
            advance(after, at(START) + Duration.ofDays(25).toMillis(), 35);
            seen.addAll(seen(after.alerts()));
        }
        assertThat(seen).isEqualTo(reference);
    }
}
