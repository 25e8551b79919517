package gx.doudi.pipeline;

import static gx.doudi.pipeline.TestEvents.accident;
import static gx.doudi.pipeline.TestEvents.at;
import static gx.doudi.pipeline.TestEvents.keyed;
import static gx.doudi.pipeline.TestEvents.person;
import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.alert.Alert;
import gx.doudi.event.Event;
import gx.doudi.event.Households;
import gx.doudi.event.Rejected;
import gx.doudi.household.HouseholdState;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The household stage applies a household's events in event-time order, once each, with bounded memory. */
class EventOrderHarnessTest {
    static final String PERSON = person("45010219900101001");
    static final String HOUSEHOLD = Households.ofPerson(PERSON);
    static final long DAY = Duration.ofDays(1).toMillis();

    @AutoClose
    final MonitorHarness harness = MonitorHarness.shipped();

    Event accidentAt(String id, String iso) {
        return keyed(accident(id, PERSON, iso, 1), HOUSEHOLD);
    }

    List<String> rejections() {
        return harness.sideOutput(Tags.REJECTED).stream().map(r -> r.reason).toList();
    }

    List<Alert> suddenHardship() {
        return harness.alerts().stream().filter(a -> a.indicator().equals("sudden-hardship")).toList();
    }

    HouseholdState state() throws Exception {
        return harness.household(HOUSEHOLD);
    }

    @Test
    void eventsWaitForTheWatermarkAndAreAppliedInEventTimeOrder() throws Exception {
        harness.receive(accidentAt("em-2", "2025-03-02T10:00:00+08:00"));
        harness.receive(accidentAt("em-1", "2025-03-01T10:00:00+08:00"));
        assertThat(harness.alerts()).isEmpty();

        harness.processWatermark(at("2025-03-02T10:00:00+08:00"));
        assertThat(suddenHardship()).first().satisfies(a -> {
            assertThat(a.status()).isEqualTo(Alert.RAISED);
            assertThat(a.causedBy()).containsExactly("em-1");
        });
    }

    @Test
    void aResentEventIsRejectedAsADuplicateAndChangesNothing() throws Exception {
        Event first = accidentAt("em-1", "2025-03-01T10:00:00+08:00");
        harness.receive(first);
        harness.receive(accidentAt("em-1", "2025-03-01T10:00:00+08:00"));
        harness.processWatermark(first.occurredAt + DAY);
        List<Alert> once = suddenHardship();

        // a re-send after the original was applied is refused too
        harness.processElement(accidentAt("em-1", "2025-03-01T10:00:00+08:00"));

        assertThat(once).hasSize(1);
        assertThat(suddenHardship()).isEqualTo(once);
        assertThat(rejections()).containsExactly("duplicate: emergency/em-1 was already received",
                "duplicate: emergency/em-1 was already received");
        assertThat(harness.sideOutput(Tags.REJECTED)).extracting(Rejected::key).doesNotContainNull();
    }

    @Test
    void anEventTheWatermarkHasPassedIsAppliedAtOnce() throws Exception {
        harness.processWatermark(at("2025-03-20T00:00:00+08:00"));
        harness.receive(accidentAt("em-1", "2025-03-15T10:00:00+08:00"));

        assertThat(suddenHardship()).singleElement().satisfies(a -> assertThat(a.causedBy()).containsExactly("em-1"));
        assertThat(rejections()).isEmpty();
    }

    @Test
    void whatIsRememberedForDuplicatesIsForgottenOnceAResendWouldBeTooLate() throws Exception {
        Event e = accidentAt("em-1", "2025-03-01T10:00:00+08:00");
        harness.processElement(e);
        assertThat(state().received).containsOnlyKeys("emergency/em-1");

        harness.processWatermark(e.occurredAt + MonitorHarness.ALLOWED_LATENESS);
        harness.receive(accidentAt("em-2", TestEvents.iso(e.occurredAt + MonitorHarness.ALLOWED_LATENESS)));
        assertThat(state().received).containsOnlyKeys("emergency/em-1", "emergency/em-2");

        // from here on a re-send of em-1 is rejected as too-late upstream (RouteEventsTest): it is forgotten
        harness.processWatermark(e.occurredAt + MonitorHarness.ALLOWED_LATENESS + 1);
        harness.receive(accidentAt("em-3", TestEvents.iso(e.occurredAt + MonitorHarness.ALLOWED_LATENESS + 1)));
        assertThat(state().received).containsOnlyKeys("emergency/em-2", "emergency/em-3");
    }
}
