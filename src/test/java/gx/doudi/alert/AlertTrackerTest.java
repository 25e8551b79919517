package gx.doudi.alert;

import gx.doudi.event.Times;
import static gx.doudi.household.HouseholdFixture.DAY;
import static gx.doudi.household.HouseholdFixture.NANNING;
import static gx.doudi.household.HouseholdFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.event.PersonIds;
import gx.doudi.household.HouseholdFixture;
import gx.doudi.household.HouseholdState;
import gx.doudi.indicator.DefaultIndicatorSet;
import gx.doudi.indicator.Finding;
import gx.doudi.indicator.Grade;
import gx.doudi.indicator.IndicatorSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Contract §5–6: one open alert per household and indicator; raised, escalated under the same alertId, resolved;
 * alertIds a pure function of the input; one referral per department, with full ids and a dueBy by grade.
 */
class AlertTrackerTest {
    private static final IndicatorSet SET = DefaultIndicatorSet.SET;
    private static final String MEDICAL = "medical-burden";

    private final HouseholdFixture household = HouseholdFixture.urban(3);
    private final HouseholdState state = household.state();

    @Test
    void aNewFindingRaisesAnAlertWithMaskedSubjects() {
        List<AlertTracker.Emission> out = update(MEDICAL, medical(Grade.YELLOW), NOW, "ms-1");

        assertThat(out).hasSize(1);
        Alert alert = out.get(0).alert();
        assertThat(alert.status()).isEqualTo(Alert.RAISED);
        assertThat(alert.alertId()).isEqualTo(AlertIds.of("450102-00012345", MEDICAL, NOW));
        assertThat(alert.householdId()).isEqualTo("450102-00012345");
        assertThat(alert.region()).isEqualTo(NANNING);
        assertThat(alert.indicator()).isEqualTo(MEDICAL);
        assertThat(alert.indicatorVersion()).isEqualTo(1);
        assertThat(alert.grade()).isEqualTo(Grade.YELLOW);
        assertThat(alert.types()).containsExactly("medical");
        assertThat(alert.action()).isEqualTo("refer");
        assertThat(alert.referTo()).containsExactly("medical-security", "civil-affairs");
        assertThat(alert.evidence()).containsEntry("ratio", 0.35);
        assertThat(alert.subjects()).containsExactly(PersonIds.mask(household.member(1)));
        assertThat(alert.subjects().get(0)).hasSize(18).startsWith("4501").contains("**********");
        assertThat(alert.eventTime()).isEqualTo("2025-06-01T10:00:00+08:00");
        assertThat(alert.causedBy()).containsExactly("ms-1");
    }

    @Test
    void oneReferralPerDepartmentWithFullIdsAndADueDate() {
        List<Referral> referrals = update(MEDICAL, medical(Grade.YELLOW), NOW, "ms-1").get(0).referrals();

        String alertId = AlertIds.of("450102-00012345", MEDICAL, NOW);
        assertThat(referrals).extracting(Referral::department).containsExactly("medical-security", "civil-affairs");
        assertThat(referrals).extracting(Referral::referralId)
                .containsExactly(alertId + "/medical-security", alertId + "/civil-affairs");
        for (Referral r : referrals) {
            assertThat(r.alertId()).isEqualTo(alertId);
            assertThat(r.subjects()).containsExactly(household.member(1));
            assertThat(r.householdId()).isEqualTo("450102-00012345");
            assertThat(r.grade()).isEqualTo(Grade.YELLOW);
            assertThat(r.referredAt()).isEqualTo("2025-06-01T10:00:00+08:00");
            assertThat(r.dueBy()).isEqualTo("2025-06-16T10:00:00+08:00");
        }
    }

    @ParameterizedTest(name = "{0}: due {1} days after the event")
    @CsvSource({"RED, 3", "ORANGE, 7", "YELLOW, 15"})
    void dueByIsTheEventTimePlusTheGradesDeadline(Grade grade, int days) {
        Referral r = update(MEDICAL, medical(grade), NOW, "ms-1").get(0).referrals().get(0);

        assertThat(Times.parse(r.dueBy())).isEqualTo(NOW + days * DAY);
        assertThat(SET.dueBy(grade).toDays()).isEqualTo(days);
    }

    @Test
    void theSameConditionAgainRaisesNothing() {
        update(MEDICAL, medical(Grade.YELLOW), NOW, "ms-1");

        assertThat(update(MEDICAL, medical(Grade.YELLOW), NOW + DAY, "ms-2")).isEmpty();
        assertThat(state.openAlerts).hasSize(1);
    }

    @Test
    void aHigherGradeEscalatesUnderTheSameAlertIdAndReferralsAgain() {
        String alertId = update(MEDICAL, medical(Grade.YELLOW), NOW, "ms-1").get(0).alert().alertId();

        AlertTracker.Emission escalation = update(MEDICAL, medical(Grade.RED), NOW + DAY, "ms-2").get(0);

        assertThat(escalation.alert().status()).isEqualTo(Alert.ESCALATED);
        assertThat(escalation.alert().alertId()).isEqualTo(alertId);
        assertThat(escalation.alert().grade()).isEqualTo(Grade.RED);
        assertThat(escalation.alert().causedBy()).containsExactly("ms-2");
        assertThat(escalation.referrals()).extracting(Referral::referralId)
                .containsExactly(alertId + "/medical-security", alertId + "/civil-affairs");
        assertThat(escalation.referrals()).extracting(Referral::dueBy).containsOnly(Times.iso(NOW + 4 * DAY));
    }

    @Test
    void aLowerGradeChangesNothing() {
        update(MEDICAL, medical(Grade.ORANGE), NOW, "ms-1");

        assertThat(update(MEDICAL, medical(Grade.YELLOW), NOW + DAY, "ms-2")).isEmpty();
        assertThat(AlertTracker.find(state, MEDICAL).grade).isEqualTo(Grade.ORANGE);
    }

    @Test
    void aClearedConditionResolvesTheAlert() {
        String alertId = update(MEDICAL, medical(Grade.ORANGE), NOW, "ms-1").get(0).alert().alertId();

        AlertTracker.Emission resolution = update(MEDICAL, null, NOW + 10 * DAY, "ca-7").get(0);

        assertThat(resolution.alert().status()).isEqualTo(Alert.RESOLVED);
        assertThat(resolution.alert().alertId()).isEqualTo(alertId);
        assertThat(resolution.alert().grade()).isEqualTo(Grade.ORANGE);
        assertThat(resolution.alert().eventTime()).isEqualTo(Times.iso(NOW + 10 * DAY));
        assertThat(resolution.referrals()).isEmpty();
        assertThat(state.openAlerts).isEmpty();
        assertThat(update(MEDICAL, null, NOW + 11 * DAY, "ca-8")).isEmpty();
    }

    @Test
    void aNewEpisodeLaterGetsANewAlertId() {
        String first = update(MEDICAL, medical(Grade.YELLOW), NOW, "ms-1").get(0).alert().alertId();
        update(MEDICAL, null, NOW + 10 * DAY, "ca-7");

        Alert again = update(MEDICAL, medical(Grade.YELLOW), NOW + 20 * DAY, "ms-9").get(0).alert();

        assertThat(again.status()).isEqualTo(Alert.RAISED);
        assertThat(again.alertId()).isNotEqualTo(first).isEqualTo(AlertIds.of("450102-00012345", MEDICAL, NOW + 20 * DAY));
    }

    @Test
    void anIndicatorNotEvaluatedThisRoundKeepsItsAlert() {
        update(MEDICAL, medical(Grade.YELLOW), NOW, "ms-1");

        assertThat(AlertTracker.update(state, SET, Map.of(), new AlertTracker.Cause(NOW + DAY, "x", NOW))).isEmpty();
        assertThat(state.openAlerts).hasSize(1);
    }

    @Test
    void eachIndicatorHasItsOwnAlert() {
        Map<String, Finding> findings = new HashMap<>();
        findings.put(MEDICAL, medical(Grade.YELLOW));
        findings.put("major-illness", finding("major-illness", Grade.RED));

        List<AlertTracker.Emission> out = AlertTracker.update(state, SET, findings, new AlertTracker.Cause(NOW, "h-1", NOW));

        assertThat(out).extracting(e -> e.alert().indicator()).containsExactlyInAnyOrder(MEDICAL, "major-illness");
        assertThat(out).extracting(e -> e.alert().alertId()).doesNotHaveDuplicates();
    }

    @Test
    void anEscalationAddsTheNewTypesAndDepartments() {
        // disaster-damage: a loss over income is for emergency; the house then collapses
        Finding loss = finding("disaster-damage", Grade.ORANGE);
        Finding collapse = new Finding(Grade.RED, List.of("disaster", "housing"), "urgent-assistance",
                List.of("emergency", "housing"), Map.of("loss", 90_000.0), List.of(household.member(0)), "collapsed");
        update("disaster-damage", loss, NOW, "em-1");

        AlertTracker.Emission escalation = update("disaster-damage", collapse, NOW + DAY, "em-2").get(0);

        assertThat(escalation.alert().types()).containsExactly("disaster", "housing");
        assertThat(escalation.alert().referTo()).containsExactly("emergency", "housing");
        assertThat(escalation.alert().action()).isEqualTo("urgent-assistance");
        assertThat(escalation.referrals()).extracting(Referral::department).containsExactly("emergency", "housing");
    }

    @Test
    void alertIdsAreAPureFunctionOfTheInput() {
        assertThat(replayedAlertIds()).isEqualTo(replayedAlertIds()).hasSize(5);
        assertThat(AlertIds.of("450102-00012345", MEDICAL, NOW)).isEqualTo(AlertIds.of("450102-00012345", MEDICAL, NOW))
                .startsWith("a-")
                .isNotEqualTo(AlertIds.of("450102-00012346", MEDICAL, NOW))
                .isNotEqualTo(AlertIds.of("450102-00012345", "major-illness", NOW))
                .isNotEqualTo(AlertIds.of("450102-00012345", MEDICAL, NOW + 1));
    }

    @Test
    void aHouseholdOfOneIsMaskedInTheAlertAndNotInTheReferral() {
        HouseholdFixture stranger = HouseholdFixture.unlisted(NANNING).accident(0, 1, 0, NOW);
        Finding urgent = new Finding(Grade.RED, List.of("urgent"), "urgent-assistance", List.of("civil-affairs"),
                Map.of("incidents", 1.0), List.of(stranger.member(0)), "sudden hardship: accident");

        AlertTracker.Emission out = AlertTracker.update(stranger.state(), SET, Map.of("sudden-hardship", urgent),
                new AlertTracker.Cause(NOW, "em-1", NOW)).get(0);

        String person = stranger.member(0);
        assertThat(out.alert().householdId()).isEqualTo("person:" + PersonIds.mask(person)).doesNotContain(person);
        assertThat(out.alert().subjects()).containsExactly(PersonIds.mask(person));
        assertThat(out.alert().region()).isEqualTo(NANNING);
        assertThat(out.referrals().get(0).householdId()).isEqualTo("person:" + person);
        assertThat(out.referrals().get(0).subjects()).containsExactly(person);
        assertThat(out.alert().alertId()).isEqualTo(AlertIds.of("person:" + person, "sudden-hardship", NOW));
    }

    /** raise, repeat, escalate, resolve, raise again: the ids a fresh household gets. */
    private static List<String> replayedAlertIds() {
        HouseholdFixture h = HouseholdFixture.urban(3);
        List<String> ids = new ArrayList<>();
        Grade[] grades = {Grade.YELLOW, Grade.YELLOW, Grade.RED, null, Grade.ORANGE, null};
        for (int i = 0; i < grades.length; i++) {
            Finding f = grades[i] == null ? null : Finding.of(SET.definition(MEDICAL), grades[i], Map.of(), h.members(), "r");
            Map<String, Finding> findings = new HashMap<>();
            findings.put(MEDICAL, f);
            for (AlertTracker.Emission e : AlertTracker.update(h.state(), SET, findings,
                    new AlertTracker.Cause(NOW + i * DAY, "e-" + i, System.currentTimeMillis()))) {
                ids.add(e.alert().alertId());
            }
        }
        return ids;
    }

    private List<AlertTracker.Emission> update(String indicator, Finding finding, long eventTime, String eventId) {
        Map<String, Finding> findings = new HashMap<>();
        findings.put(indicator, finding);
        return AlertTracker.update(state, SET, findings, new AlertTracker.Cause(eventTime, eventId, eventTime + 412));
    }

    /** A medical-burden finding about member 1, for a household in no low-income category. */
    private Finding medical(Grade grade) {
        return new Finding(grade, List.of("medical"), "refer", List.of("medical-security", "civil-affairs"),
                Map.of("ratio", 0.35), List.of(household.member(1)), "medical out-of-pocket spending is a heavy burden");
    }

    private Finding finding(String indicator, Grade grade) {
        return Finding.of(SET.definition(indicator), grade, Map.of(), List.of(household.member(0)), indicator);
    }
}
