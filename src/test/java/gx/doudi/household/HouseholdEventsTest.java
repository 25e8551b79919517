package gx.doudi.household;

import static gx.doudi.event.EventTypes.EMPLOYMENT_ASSISTANCE_GRANTED;
import static gx.doudi.event.EventTypes.INSURANCE_SUBSIDY_GRANTED;
import static gx.doudi.event.EventTypes.TEMPORARY_ASSISTANCE_GRANTED;
import static gx.doudi.household.HouseholdFixture.CHILD;
import static gx.doudi.household.HouseholdFixture.DAY;
import static gx.doudi.household.HouseholdFixture.LIUZHOU;
import static gx.doudi.household.HouseholdFixture.MAIN_EARNER;
import static gx.doudi.household.HouseholdFixture.NANNING;
import static gx.doudi.household.HouseholdFixture.NOW;
import static gx.doudi.household.HouseholdFixture.RETENTION;
import static gx.doudi.household.HouseholdFixture.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gx.doudi.event.Event;
import gx.doudi.event.EventTypes;
import gx.doudi.event.ResidentIds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How each event type changes a household's state, as INDICATORS.md needs it. */
class HouseholdEventsTest {
    // ---- civil affairs

    @Test
    void aRegistrationListsTheMembersWithTheHeadAsMainEarner() {
        HouseholdFixture h = HouseholdFixture.rural(3);
        HouseholdState s = h.state();

        assertThat(s.householdId).isEqualTo("450102-00012345");
        assertThat(s.region).isEqualTo(NANNING);
        assertThat(s.residence).isEqualTo("rural");
        assertThat(s.listed).isTrue();
        assertThat(s.members).extracting(m -> m.personId, m -> m.relation, m -> m.mainEarner, m -> m.died).containsExactly(
                tuple(h.member(0), "head", true, false), tuple(h.member(1), "child", false, false),
                tuple(h.member(2), "child", false, false));
        assertThat(s.members.get(0).birthDate).isEqualTo("1980-01-01");
    }

    @Test
    void aNewRegistrationReplacesTheMembersAndTheResidence() {
        HouseholdFixture h = HouseholdFixture.rural(3);
        String newborn = ResidentIds.of(NANNING, "20250301", 5);

        h.register("urban", List.of(h.member(MAIN_EARNER), h.member(CHILD), newborn), daysAgo(10));

        assertThat(h.state().members).extracting(m -> m.personId).containsExactly(h.member(MAIN_EARNER), h.member(CHILD), newborn);
        assertThat(h.state().residence).isEqualTo("urban");
        assertThat(h.household().memberCount()).isEqualTo(3);
    }

    @Test
    void aNewRegistrationKeepsWhoDied() {
        HouseholdFixture h = HouseholdFixture.rural(3).died(CHILD, daysAgo(20));

        h.register("rural", h.members(), daysAgo(10));

        assertThat(h.state().members.get(CHILD).died).isTrue();
        assertThat(h.household().memberCount()).isEqualTo(2);
    }

    @Test
    void anIncomeAssessmentReplacesTheIncome() {
        HouseholdFixture h = HouseholdFixture.rural(3).income(30_000).income(24_000);

        assertThat(h.state().annualIncome).isEqualTo(24_000.0);
        assertThat(h.state().incomeAssessedAt).isEqualTo(daysAgo(30));
    }

    @Test
    void aCategoryChangeReplacesTheHouseholdsCategory() {
        HouseholdFixture h = HouseholdFixture.rural(3).category("marginal").category("dibao");

        assertThat(h.state().categories).extracting(c -> c.category, c -> c.personId).containsExactly(tuple("dibao", null));
        assertThat(h.household().inCategory("dibao")).isTrue();
        assertThat(h.household().inCategory("marginal")).isFalse();
    }

    @Test
    void categoryNoneLeavesEveryCivilAffairsCategoryButNotPovertyReturn() {
        HouseholdFixture h = HouseholdFixture.rural(3).category("dibao").memberCategory(CHILD, "destitute").povertyReturn()
                .category("none");

        assertThat(h.state().categories).extracting(c -> c.category).containsExactly("poverty-return");
        assertThat(h.household().isLowIncome()).isTrue();
    }

    @Test
    void aMembersCategoryIsTheirOwn() {
        HouseholdFixture h = HouseholdFixture.rural(3).category("marginal").memberCategory(CHILD, "dibao");

        assertThat(h.state().categories).extracting(c -> c.category, c -> c.personId)
                .containsExactlyInAnyOrder(tuple("marginal", null), tuple("dibao", h.member(CHILD)));

        h.memberCategory(CHILD, "none");

        assertThat(h.state().categories).extracting(c -> c.category).containsExactly("marginal");
    }

    @Test
    void povertyReturnIncludedAndRemoved() {
        HouseholdFixture h = HouseholdFixture.rural(3).povertyReturn().povertyReturn();

        assertThat(h.state().categories).extracting(c -> c.category).containsExactly("poverty-return");
        assertThat(h.household().isBasicLowIncome()).isTrue();

        h.apply(h.event(EventTypes.POVERTY_RETURN_REMOVED, daysAgo(1), null, p -> { }));

        assertThat(h.state().categories).isEmpty();
        assertThat(h.household().isLowIncome()).isFalse();
    }

    @Test
    void theMainEarnersDeathIsASuddenHardship() {
        HouseholdFixture h = HouseholdFixture.rural(3).died(MAIN_EARNER, daysAgo(2));

        assertThat(h.state().members.get(MAIN_EARNER).died).isTrue();
        assertThat(h.household().memberCount()).isEqualTo(2);
        assertThat(h.household().everyone()).containsExactly(h.member(1), h.member(2));
        assertThat(h.state().incidents).extracting(i -> i.kind, i -> i.personId, i -> i.at)
                .containsExactly(tuple("earner-died", h.member(MAIN_EARNER), daysAgo(2)));
    }

    @Test
    void anotherMembersDeathIsNoIncidentAndARepeatedDeathCountsOnce() {
        HouseholdFixture child = HouseholdFixture.rural(3).died(CHILD, daysAgo(2));
        HouseholdFixture head = HouseholdFixture.rural(3).died(MAIN_EARNER, daysAgo(2)).died(MAIN_EARNER, daysAgo(1));

        assertThat(child.state().incidents).isEmpty();
        assertThat(head.state().incidents).hasSize(1);
    }

    @Test
    void aDeathEndsThePersonsUnemploymentAndCategory() {
        HouseholdFixture h = HouseholdFixture.rural(3).memberCategory(CHILD, "dibao").unemployed(CHILD, false, daysAgo(50))
                .unemployed(MAIN_EARNER, false, daysAgo(40)).died(CHILD, daysAgo(2));

        assertThat(h.state().unemployment).extracting(u -> u.personId).containsExactly(h.member(MAIN_EARNER));
        assertThat(h.state().categories).isEmpty();
    }

    // ---- other departments

    @Test
    void anUnemploymentSpellStartsAndEnds() {
        HouseholdFixture h = HouseholdFixture.rural(3).unemployed(CHILD, false, daysAgo(50)).unemployed(CHILD, true, daysAgo(20));

        assertThat(h.state().unemployment).extracting(u -> u.personId, u -> u.insured, u -> u.since)
                .containsExactly(tuple(h.member(CHILD), true, daysAgo(20)));

        h.employed(CHILD, daysAgo(1));

        assertThat(h.state().unemployment).isEmpty();
    }

    @Test
    void diagnosesAndSettlementsAreKept() {
        HouseholdFixture h = HouseholdFixture.rural(3).illness(CHILD, "critical", daysAgo(9)).expense(daysAgo(8), 1_234.5, true);

        assertThat(h.state().illnesses).extracting(i -> i.personId, i -> i.severity, i -> i.disease, i -> i.at)
                .containsExactly(tuple(h.member(CHILD), "critical", "C34.9", daysAgo(9)));
        assertThat(h.state().medical).extracting(m -> m.outOfPocket, m -> m.inpatient, m -> m.at)
                .containsExactly(tuple(1_234.5, true, daysAgo(8)));
    }

    @Test
    void theLatestHousingAssessmentDisasterReportIncomeDeclineAndHardshipAreKept() {
        HouseholdFixture h = HouseholdFixture.rural(3).housing("dilapidated-d", true, 8, false, daysAgo(9))
                .disaster("severe", 20_000, daysAgo(8)).incomeDeclined(20_000, 12_000, daysAgo(7)).hardship("deep-hardship", daysAgo(6));
        HouseholdState s = h.state();

        assertThat(s.housing).extracting(a -> a.condition, a -> a.onlyHouse, a -> a.seismicIntensity, a -> a.seismicCompliant)
                .containsExactly("dilapidated-d", true, 8, false);
        assertThat(s.disaster).extracting(d -> d.houseDamage, d -> d.loss, d -> d.at).containsExactly("severe", 20_000.0, daysAgo(8));
        assertThat(s.incomeDecline).extracting(d -> d.previousAnnual, d -> d.currentAnnual).containsExactly(20_000.0, 12_000.0);
        assertThat(s.hardship).extracting(r -> r.level, r -> r.at).containsExactly("deep-hardship", daysAgo(6));
        assertThat(s.incidents).isEmpty();
    }

    @Test
    void aHouseCollapseIsASuddenHardship() {
        HouseholdFixture h = HouseholdFixture.rural(3).disaster("collapsed", 50_000, daysAgo(3));

        assertThat(h.state().incidents).extracting(i -> i.kind, i -> i.at).containsExactly(tuple("house-collapsed", daysAgo(3)));
    }

    @Test
    void anAccidentIsASuddenHardshipOnlyWithACasualty() {
        HouseholdFixture h = HouseholdFixture.rural(3).accident(CHILD, 0, 0, daysAgo(5)).accident(CHILD, 2, 0, daysAgo(3));

        assertThat(h.state().incidents).extracting(i -> i.kind, i -> i.personId, i -> i.at, i -> i.region)
                .containsExactly(tuple("accident", h.member(CHILD), daysAgo(3), NANNING));
    }

    @Test
    void aGrantRecordsItsKindOrYearPersonAndAmount() {
        HouseholdFixture h = HouseholdFixture.rural(3).grantedTo(CHILD, EMPLOYMENT_ASSISTANCE_GRANTED, "training", daysAgo(5))
                .granted(TEMPORARY_ASSISTANCE_GRANTED, null, daysAgo(4));
        h.apply(h.event(INSURANCE_SUBSIDY_GRANTED, daysAgo(3), h.member(MAIN_EARNER), p -> p.year = 2025));

        assertThat(h.state().grants).extracting(g -> g.type, g -> g.kind, g -> g.personId, g -> g.amount).containsExactly(
                tuple(EMPLOYMENT_ASSISTANCE_GRANTED, "training", h.member(CHILD), 1000.0),
                tuple(TEMPORARY_ASSISTANCE_GRANTED, null, null, 1000.0),
                tuple(INSURANCE_SUBSIDY_GRANTED, "2025", h.member(MAIN_EARNER), 0.0));
    }

    @Test
    void aDisabilityCertificationReplacesThePersonsEarlierOne() {
        HouseholdFixture h = HouseholdFixture.rural(3);
        h.apply(h.event(EventTypes.DISABILITY_CERTIFIED, daysAgo(90), h.member(CHILD), p -> {
            p.grade = 3;
            p.kind = "physical";
        }));
        h.apply(h.event(EventTypes.DISABILITY_CERTIFIED, daysAgo(10), h.member(CHILD), p -> {
            p.grade = 1;
            p.kind = "physical";
        }));

        assertThat(h.state().disabilities).extracting(d -> d.personId, d -> d.grade).containsExactly(tuple(h.member(CHILD), 1));
    }

    @Test
    void aStudentEnrolsAndLeaves() {
        HouseholdFixture h = HouseholdFixture.rural(3);
        h.apply(h.event(EventTypes.STUDENT_ENROLLED, daysAgo(90), h.member(CHILD), p -> p.stage = "senior"));
        h.apply(h.event(EventTypes.STUDENT_LEFT, daysAgo(10), h.member(CHILD), p -> p.reason = "dropped-out"));

        assertThat(h.state().students).extracting(s -> s.personId, s -> s.stage, s -> s.enrolledAt, s -> s.leftAt, s -> s.leftReason)
                .containsExactly(tuple(h.member(CHILD), "senior", daysAgo(90), daysAgo(10), "dropped-out"));
    }

    @Test
    void anAssistanceResultChangesNoFact() {
        HouseholdFixture h = HouseholdFixture.rural(3);
        h.apply(h.event(EventTypes.ASSISTANCE_RESULT, daysAgo(1), null, p -> {
            p.referralId = "a-1/civil-affairs";
            p.outcome = "granted";
        }));

        assertThat(h.state().grants).isEmpty();
        assertThat(h.state().lastEventAt).isEqualTo(daysAgo(1));
    }

    // ---- households of one

    @Test
    void aPersonNoHouseholdListsIsAHouseholdOfOneInTheRegionOfTheEvent() {
        HouseholdFixture stranger = HouseholdFixture.unlisted(NANNING).accident(0, 1, 0, daysAgo(1));

        assertThat(stranger.state().householdId).isEqualTo("person:" + stranger.member(0));
        assertThat(stranger.state().listed).isFalse();
        assertThat(stranger.state().region).isEqualTo(NANNING);
        assertThat(stranger.household().memberCount()).isEqualTo(1);
        assertThat(stranger.household().everyone()).containsExactly(stranger.member(0));
    }

    @Test
    void aHouseholdOfOneIsWhereItsLatestEventHappened() {
        // seen in 南宁 first; the accident happens in 柳州, and the alert must go to where it happened
        HouseholdFixture stranger = HouseholdFixture.unlisted(NANNING).expense(daysAgo(20), 500, false);
        Event accident = stranger.event(EventTypes.ACCIDENT_REPORTED, daysAgo(1), stranger.member(0), p -> {
            p.kind = "traffic";
            p.injured = 1;
            p.died = 0;
        });
        accident.region = LIUZHOU;

        stranger.apply(accident);

        assertThat(stranger.state().region).isEqualTo(LIUZHOU);
        assertThat(stranger.state().incidents).extracting(i -> i.region).containsExactly(LIUZHOU);
    }

    @Test
    void aListedHouseholdStaysWhereCivilAffairsRegisteredIt() {
        HouseholdFixture h = HouseholdFixture.rural(3);
        Event elsewhere = h.event(EventTypes.ILLNESS_DIAGNOSED, daysAgo(1), h.member(CHILD), p -> {
            p.severity = "major";
            p.disease = "C34.9";
        });
        elsewhere.region = LIUZHOU;

        h.apply(elsewhere);

        assertThat(h.state().region).isEqualTo(NANNING);
    }

    // ---- retention

    @Test
    void factsOlderThanTheRetentionAreDropped() {
        long edge = NOW - RETENTION;
        HouseholdFixture h = HouseholdFixture.rural(3)
                .expense(edge, 100, false).expense(edge + 1, 200, false)
                .illness(CHILD, "major", edge).illness(CHILD, "critical", edge + 1)
                .granted(TEMPORARY_ASSISTANCE_GRANTED, null, edge).granted(TEMPORARY_ASSISTANCE_GRANTED, "again", edge + 1)
                .accident(CHILD, 1, 0, edge).accident(CHILD, 0, 1, edge + 1)
                .disaster("minor", 100, edge).incomeDeclined(10_000, 5_000, edge).hardship("hardship", edge)
                .unemployed(MAIN_EARNER, false, edge - DAY).memberCategory(CHILD, "dibao");

        h.income(20_000); // an event at NOW - 30 days: nothing is pruned yet
        assertThat(h.state().medical).hasSize(2);

        h.apply(h.event(EventTypes.INCOME_ASSESSED, NOW, null, p -> p.annualIncome = 20_000.0));

        HouseholdState s = h.state();
        assertThat(s.medical).extracting(m -> m.outOfPocket).containsExactly(200.0);
        assertThat(s.illnesses).extracting(i -> i.severity).containsExactly("critical");
        assertThat(s.grants).extracting(g -> g.kind).containsExactly("again");
        assertThat(s.incidents).extracting(i -> i.at).containsExactly(edge + 1);
        assertThat(s.disaster).isNull();
        assertThat(s.incomeDecline).isNull();
        assertThat(s.hardship).isNull();
        // open states are not facts in a window: they stay until they end
        assertThat(s.unemployment).hasSize(1);
        assertThat(s.categories).hasSize(1);
        assertThat(s.members).hasSize(3);
    }

    @Test
    void aStudentIsDroppedOnlyLongAfterLeaving() {
        long edge = NOW - RETENTION;
        HouseholdFixture h = HouseholdFixture.rural(3);
        h.apply(h.event(EventTypes.STUDENT_ENROLLED, edge - 900 * DAY, h.member(CHILD), p -> p.stage = "primary"));
        h.apply(h.event(EventTypes.STUDENT_ENROLLED, edge - 900 * DAY, h.member(2), p -> p.stage = "junior"));
        h.apply(h.event(EventTypes.STUDENT_LEFT, edge, h.member(2), p -> p.reason = "graduated"));

        h.apply(h.event(EventTypes.INCOME_ASSESSED, NOW, null, p -> p.annualIncome = 20_000.0));

        assertThat(h.state().students).extracting(s -> s.personId).containsExactly(h.member(CHILD));
    }

    @Test
    void lastEventAtIsTheLatestEventTime() {
        HouseholdFixture h = HouseholdFixture.rural(3).expense(daysAgo(1), 100, false).expense(daysAgo(5), 100, false);

        assertThat(h.state().lastEventAt).isEqualTo(daysAgo(1));
    }
}
