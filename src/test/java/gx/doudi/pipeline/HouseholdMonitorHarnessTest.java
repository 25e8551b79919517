package gx.doudi.pipeline;

import static gx.doudi.pipeline.TestEvents.accident;
import static gx.doudi.pipeline.TestEvents.at;
import static gx.doudi.pipeline.TestEvents.keyed;
import static gx.doudi.pipeline.TestEvents.person;
import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.alert.Alert;
import gx.doudi.alert.Referral;
import gx.doudi.event.Event;
import gx.doudi.event.Households;
import gx.doudi.indicator.IndicatorSetLoader;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The household stage keeps state only while something is open or in a window, and clears its timers. */
class HouseholdMonitorHarnessTest {
    static final String PERSON = person("45010219900101001");
    static final String HOUSEHOLD = Households.ofPerson(PERSON);

    @AutoClose
    final MonitorHarness harness = MonitorHarness.shipped();

    List<Alert> suddenHardship() {
        return harness.alerts().stream().filter(a -> a.indicator().equals("sudden-hardship")).toList();
    }

    @Test
    void aHouseholdAndItsChainHeldOnTheHeapAtACheckpointAreInItAndGoOnAfterARestore() throws Exception {
        harness.processElement(keyed(accident("em-1", PERSON, "2025-03-01T10:00:00+08:00", 1), HOUSEHOLD));
        Alert raised = suddenHardship().get(0);
        // the round left the household on the heap only: the checkpoint must write it
        OperatorSubtaskState checkpoint = harness.snapshot();

        try (MonitorHarness restored = new MonitorHarness(IndicatorSetLoader.load(Path.of("warning-indicators")),
                Long.MAX_VALUE, WaitingBound.DEFAULT, checkpoint)) {
            assertThat(restored.household(HOUSEHOLD).openAlerts).hasSize(1);
            assertThat(restored.chain(HOUSEHOLD).entries).as("the alert and its referral").hasSize(2);
            restored.processWatermark(at("2025-03-31T10:00:00+08:00"));
            assertThat(restored.alerts()).filteredOn(a -> a.indicator().equals("sudden-hardship")).singleElement()
                    .satisfies(a -> {
                        assertThat(a.status()).isEqualTo(Alert.RESOLVED);
                        assertThat(a.alertId()).isEqualTo(raised.alertId());
                    });
        }
    }

    @Test
    void suddenHardshipResolvesWhenItsWindowEndsAndTheHouseholdOfOneIsForgottenOnceItsLastFactExpires() throws Exception {
        Event accident = keyed(accident("em-1", PERSON, "2025-03-01T10:00:00+08:00", 1), HOUSEHOLD);
        harness.processElement(accident);

        assertThat(suddenHardship()).singleElement().satisfies(a -> {
            assertThat(a.indicator()).isEqualTo("sudden-hardship");
            assertThat(a.status()).isEqualTo(Alert.RAISED);
        });
        List<Referral> referrals = harness.sideOutput(Tags.REFERRALS);
        assertThat(referrals).singleElement().satisfies(r -> assertThat(r.subjects()).containsExactly(PERSON));
        assertThat(harness.numKeyedStateEntries()).isEqualTo(2); // the household and its chain
        assertThat(harness.numEventTimeTimers()).isEqualTo(1); // the referral's deadline, then the window's end

        harness.processWatermark(at("2025-03-31T10:00:00+08:00") - 1);
        assertThat(suddenHardship()).hasSize(1);

        harness.processWatermark(at("2025-03-31T10:00:00+08:00"));
        assertThat(suddenHardship()).last().satisfies(a -> {
            assertThat(a.status()).isEqualTo(Alert.RESOLVED);
            assertThat(a.alertId()).isEqualTo(suddenHardship().get(0).alertId());
        });
        // the accident still counts for poverty-return risk for a year, so the household is kept ...
        assertThat(harness.numKeyedStateEntries()).isEqualTo(2);
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        // ... until the accident leaves the 400-day retention: then nothing is left, no state, no timer
        harness.processWatermark(at("2026-04-05T10:00:00+08:00"));
        assertThat(suddenHardship()).hasSize(2);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void aReplayKeepsNoTimerPastItsLastEventYetALaterEventStillFindsTheCheck() throws Exception {
        long last = at("2025-03-01T10:00:00+08:00");
        try (MonitorHarness replay = MonitorHarness.shipped(last)) {
            replay.processElement(keyed(accident("em-1", PERSON, "2025-03-01T10:00:00+08:00", 1), HOUSEHOLD));

            assertThat(replay.alerts()).extracting(Alert::indicator).contains("sudden-hardship");
            // the referral's deadline and the window's end come after the clock stops: no timer waits for them
            assertThat(replay.numEventTimeTimers()).isZero();
            long check = replay.household(HOUSEHOLD).nextCheck;
            assertThat(check).isGreaterThan(last).isLessThan(Long.MAX_VALUE);

            int before = replay.alerts().size();
            replay.processWatermark(Long.MAX_VALUE);
            assertThat(replay.alerts()).as("the end of input judges nothing past the clock").hasSize(before);

            // an event past the clock (replay --until) is still judged after the check it finds in the state
            replay.processElement(keyed(accident("em-2", PERSON, "2025-05-01T10:00:00+08:00", 1), HOUSEHOLD));
            assertThat(replay.alerts()).filteredOn(a -> a.indicator().equals("sudden-hardship"))
                    .extracting(Alert::status).containsExactly(Alert.RAISED, Alert.RESOLVED, Alert.RAISED);
        }
    }

    @Test
    void anEventAfterAWindowEndedIsJudgedAfterTheWindowIsClosedAsATimerWouldHave() throws Exception {
        Event first = keyed(accident("em-1", PERSON, "2025-03-01T10:00:00+08:00", 1), HOUSEHOLD);
        Event second = keyed(accident("em-2", PERSON, "2025-05-01T10:00:00+08:00", 1), HOUSEHOLD);
        harness.processElement(first);
        harness.processElement(second);

        List<Alert> alerts = suddenHardship();
        assertThat(alerts).extracting(Alert::status).containsExactly(Alert.RAISED, Alert.RESOLVED, Alert.RAISED);
        assertThat(alerts.get(1).eventTime()).isEqualTo("2025-03-31T10:00:00+08:00");
        assertThat(alerts.get(2).alertId()).isNotEqualTo(alerts.get(0).alertId());
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);
    }
}
