package gx.doudi.pipeline;

import static gx.doudi.pipeline.TestEvents.accident;
import static gx.doudi.pipeline.TestEvents.keyed;
import static gx.doudi.pipeline.TestEvents.person;
import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.event.Event;
import gx.doudi.event.Households;
import gx.doudi.event.Rejected;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ordering, duplicates and lateness per household, with bounded state. */
class EventSequencerHarnessTest {
    static final String PERSON = person("45010219900101001");
    static final String HOUSEHOLD = Households.ofPerson(PERSON);
    static final long DAY = Duration.ofDays(1).toMillis();

    KeyedOneInputStreamOperatorTestHarness<String, Event, Event> harness;

    @BeforeEach
    void open() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(new EventSequencer(7 * DAY),
                e -> e.householdKey, Types.STRING);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    Event accidentAt(String id, String iso) {
        return keyed(accident(id, PERSON, iso, 1), HOUSEHOLD);
    }

    List<String> rejections() {
        return harness.getSideOutput(Tags.REJECTED) == null ? List.of()
                : harness.getSideOutput(Tags.REJECTED).stream().map(StreamRecord::getValue).map(r -> r.reason).toList();
    }

    @Test
    void eventsLeaveInEventTimeOrderOnceTheWatermarkPassesThem() throws Exception {
        Event later = accidentAt("em-2", "2025-03-02T10:00:00+08:00");
        Event earlier = accidentAt("em-1", "2025-03-01T10:00:00+08:00");
        harness.processElement(later, later.occurredAt);
        harness.processElement(earlier, earlier.occurredAt);
        assertThat(harness.extractOutputValues()).isEmpty();

        harness.processWatermark(later.occurredAt);
        assertThat(harness.extractOutputValues()).extracting(e -> e.eventId).containsExactly("em-1", "em-2");
    }

    @Test
    void aResentEventIsRejectedAsADuplicateAndChangesNothing() throws Exception {
        Event first = accidentAt("em-1", "2025-03-01T10:00:00+08:00");
        Event again = accidentAt("em-1", "2025-03-01T10:00:00+08:00");
        harness.processElement(first, first.occurredAt);
        harness.processElement(again, again.occurredAt);
        harness.processWatermark(first.occurredAt + DAY);

        assertThat(harness.extractOutputValues()).hasSize(1);
        assertThat(rejections()).containsExactly("duplicate: emergency/em-1 was already received");
    }

    @Test
    void anEventTheWatermarkHasPassedIsAppliedAtOnce() throws Exception {
        harness.processWatermark(gx.doudi.pipeline.TestEvents.at("2025-03-20T00:00:00+08:00"));
        Event late = accidentAt("em-1", "2025-03-15T10:00:00+08:00");
        harness.processElement(late, late.occurredAt);

        assertThat(harness.extractOutputValues()).extracting(e -> e.eventId).containsExactly("em-1");
        assertThat(rejections()).isEmpty();
    }

    @Test
    void whatIsRememberedForDuplicatesIsForgottenOnceAResendWouldBeTooLate() throws Exception {
        Event e = accidentAt("em-1", "2025-03-01T10:00:00+08:00");
        harness.processElement(e, e.occurredAt);
        harness.processWatermark(e.occurredAt);
        assertThat(harness.numKeyedStateEntries()).isEqualTo(1); // the dedup entry
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        harness.processWatermark(e.occurredAt + 7 * DAY);
        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);

        // from here on a re-send is rejected as too-late upstream (RouteEventsTest), so nothing is kept
        harness.processWatermark(e.occurredAt + 7 * DAY + 1);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }
}
