package gx.doudi.referral;

import static gx.doudi.pipeline.TestEvents.at;
import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.alert.Alert;
import gx.doudi.household.HouseholdState;
import gx.doudi.pipeline.MonitorHarness;
import gx.doudi.pipeline.Tags;
import gx.doudi.pipeline.TestEvents;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A referral's deadline is an event-time timer: it fires once, an answer clears it, nothing is left after. */
class ReferralDeadlineHarnessTest {
    static final String HOUSEHOLD = "450102-00000001";
    static final String HOUSING_AT = "2025-03-01T08:02:00+08:00";
    /** orange: 7 days */
    static final long DUE = at("2025-03-08T08:02:00+08:00");
    static final String REFERRAL = new Scenario(HOUSEHOLD, "450102", 1).referral("unsafe-housing", HOUSING_AT, "housing");

    @AutoClose
    final MonitorHarness harness = MonitorHarness.shipped();

    @BeforeEach
    void open() throws Exception {
        Scenario story = new Scenario(HOUSEHOLD, "450102", 1).registered("2025-03-01T08:00:00+08:00", "urban")
                .category("2025-03-01T08:01:00+08:00", "dibao").unsafeHouse(HOUSING_AT);
        for (String line : story.lines) {
            send(line);
        }
    }

    void send(String json) throws Exception {
        harness.processElement(TestEvents.keyed(json, HOUSEHOLD));
    }

    void answer(String outcome) throws Exception {
        Scenario reply = new Scenario(HOUSEHOLD, "450102", 1).answer("housing", "2025-03-03T09:00:00+08:00", REFERRAL, outcome);
        send(reply.lines.get(0));
    }

    List<Alert> overdueAlerts() {
        return harness.alerts().stream().filter(a -> a.indicator().equals("referral-overdue")).toList();
    }

    long nextCheck() throws Exception {
        return harness.household(HOUSEHOLD).nextCheck;
    }

    @Test
    void theDeadlineIsTheHouseholdsNextTimerAndFiresOnce() throws Exception {
        assertThat(harness.household(HOUSEHOLD).referrals)
                .singleElement().satisfies(r -> assertThat(r.referralId).isEqualTo(REFERRAL));
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);
        assertThat(nextCheck()).isEqualTo(DUE + 1);

        harness.processWatermark(DUE);
        assertThat(overdueAlerts()).isEmpty();
        harness.processWatermark(DUE + 1);
        assertThat(overdueAlerts()).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(Alert.RAISED));

        harness.processWatermark(DUE + 20L * 86_400_000);
        assertThat(overdueAlerts()).hasSize(1);
    }

    @Test
    void anAnswerBeforeTheDeadlineClearsItsTimerAndNoOverdueAlertFollows() throws Exception {
        answer("granted");

        assertThat(nextCheck()).isNotEqualTo(DUE + 1);
        harness.processWatermark(DUE + 20L * 86_400_000);
        assertThat(overdueAlerts()).isEmpty();
    }

    @Test
    void onceTheReferralClosesItsStateIsGoneAndOnlyTheChainRemembersIt() throws Exception {
        answer("rejected");

        HouseholdState household = harness.household(HOUSEHOLD);
        assertThat(household.referrals).isEmpty();
        assertThat(household.openAlerts).isEmpty();
        // the one timer left is the insurance-subsidy check 60 days after entering dibao, not the deadline
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);
        assertThat(nextCheck()).isEqualTo(at("2025-04-30T08:01:00+08:00"));
        ChainHistory chain = harness.chain(HOUSEHOLD);
        assertThat(chain.entries).extracting(e -> e.entry)
                .containsExactly("alert", "referral", "answer", "alert");
    }

    @Test
    void aRefusedAnswerLeavesTheDeadlineWhereItWas() throws Exception {
        Scenario reply = new Scenario(HOUSEHOLD, "450102", 1)
                .answer("housing", "2025-03-03T09:00:00+08:00", "a-unknown/housing", "granted");
        send(reply.lines.get(0));

        assertThat(harness.sideOutput(Tags.REJECTED)).singleElement()
                .satisfies(r -> assertThat(r.reason).contains("unknown referral"));
        assertThat(nextCheck()).isEqualTo(DUE + 1);
        harness.processWatermark(DUE + 1);
        assertThat(overdueAlerts()).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(Alert.RAISED));
    }
}
