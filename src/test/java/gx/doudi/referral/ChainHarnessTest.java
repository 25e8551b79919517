package gx.doudi.referral;

import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.pipeline.HouseholdChain;
import gx.doudi.pipeline.MonitorHarness;
import gx.doudi.pipeline.Tags;
import gx.doudi.pipeline.TestEvents;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A household's chain starts with its first alert or grant, then follows its profile. */
class ChainHarnessTest {
    static final String HOUSEHOLD = "450102-00000007";

    @AutoClose
    final MonitorHarness harness = MonitorHarness.shipped();
    Scenario story = new Scenario(HOUSEHOLD, "450102", 7);
    /** How many of the story's events the harness has had. */
    int sent;

    void send(Scenario more) throws Exception {
        for (String line : more.lines.subList(sent, more.lines.size())) {
            harness.processElement(TestEvents.keyed(line, HOUSEHOLD));
        }
        sent = more.lines.size();
    }

    List<Chain> chains() {
        List<HouseholdChain> emitted = harness.sideOutput(Tags.CHAINS);
        assertThat(emitted).allSatisfy(c -> assertThat(c.key()).isEqualTo(HOUSEHOLD));
        return emitted.stream().map(HouseholdChain::chain).toList();
    }

    Scenario income(String at, int annual) {
        return story.event("civil-affairs", "household.income.assessed", at, "{\"annualIncome\":" + annual + "}");
    }

    @Test
    void aHouseholdWithNothingToRecordHasNoChainWhateverCivilAffairsSays() throws Exception {
        send(story.registered("2025-03-01T08:00:00+08:00", "urban"));
        send(income("2025-03-02T08:00:00+08:00", 90_000));
        send(income("2025-03-03T08:00:00+08:00", 95_000));

        assertThat(chains()).isEmpty();
        assertThat(harness.household(HOUSEHOLD).chained).isFalse();
    }

    @Test
    void onceItHasAChainANewIncomeIsShownInIt() throws Exception {
        send(story.registered("2025-03-01T08:00:00+08:00", "urban").category("2025-03-01T08:01:00+08:00", "dibao")
                .unsafeHouse("2025-03-01T08:02:00+08:00"));
        assertThat(chains()).isNotEmpty();
        int before = chains().size();

        send(income("2025-03-05T08:00:00+08:00", 12_345));

        assertThat(chains()).hasSize(before + 1);
        assertThat(chains().get(before).annualIncome()).isEqualTo(12_345.0);
        assertThat(harness.household(HOUSEHOLD).chained).isTrue();
    }
}
