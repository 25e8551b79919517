package gx.doudi.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.indicator.IndicatorSetLoader;
import gx.doudi.pipeline.JobConfig;
import gx.doudi.pipeline.Outputs;
import gx.doudi.pipeline.Replay;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The referral loop end to end through {@code replay}: answers, deadlines, the chain, and the
 * indicators that watch the loop. Each scenario is its own household in one replayed file.
 */
class ReferralLoopITCase {
    static final String T0 = "2025-03-01T08:00:00+08:00";
    static final String HOUSING_AT = "2025-03-01T08:02:00+08:00";

    static final Scenario IN_TIME = unsafeHousing("450102-00000001", 1)
            .answer("housing", "2025-03-03T09:00:00+08:00", referral("450102-00000001"), "granted");
    static final Scenario NO_ANSWER = unsafeHousing("450102-00000002", 2);
    static final Scenario LATE = unsafeHousing("450102-00000003", 3)
            .answer("housing", "2025-03-10T09:00:00+08:00", referral("450102-00000003"), "granted");
    static final Scenario WRONG_DEPARTMENT = unsafeHousing("450102-00000004", 4)
            .answer("education", "2025-03-03T09:00:00+08:00", referral("450102-00000004"), "granted")
            .answer("housing", "2025-03-03T09:30:00+08:00", "a-0000000000/housing", "granted");
    static final Scenario DUPLICATE_GRANT = new Scenario("450102-00000005", "450102", 5)
            .registered(T0, "urban")
            .event("civil-affairs", "temporary-assistance.granted", "2025-03-02T10:00:00+08:00", "{\"amount\":1000}")
            .event("civil-affairs", "temporary-assistance.granted", "2025-03-20T10:00:00+08:00", "{\"amount\":1000}");
    static final Scenario THREE_RISKS = threeRisks();
    static final Scenario INCOME_ROSE = new Scenario("450102-00000007", "450102", 7)
            .registered(T0, "urban").category("2025-03-01T08:01:00+08:00", "dibao")
            .event("civil-affairs", "household.income.assessed", "2025-03-02T08:00:00+08:00", "{\"annualIncome\":48000}");
    static final Scenario STUDENT_NO_AID = studentNoAid();
    /** Moves the replay's clock to 25 March, past every deadline above. */
    static final Scenario CLOCK = new Scenario("450102-00000099", "450102", 9).registered("2025-03-25T08:00:00+08:00", "urban");

    @TempDir
    static Path dir;
    static List<JsonNode> alerts;
    static List<JsonNode> referrals;
    static List<JsonNode> chains;
    static List<JsonNode> rejected;

    @BeforeAll
    static void replay() throws Exception {
        List<String> lines = new ArrayList<>();
        for (Scenario s : List.of(STUDENT_NO_AID, IN_TIME, NO_ANSWER, LATE, WRONG_DEPARTMENT, DUPLICATE_GRANT,
                THREE_RISKS, INCOME_ROSE, CLOCK)) {
            lines.addAll(s.lines);
        }
        lines.sort((a, b) -> at(a).compareTo(at(b)));
        Path events = dir.resolve("scenarios.jsonl");
        Files.write(events, lines);
        Path out = dir.resolve("out");
        Replay.run(events, out, IndicatorSetLoader.load(Path.of("warning-indicators")),
                JobConfig.defaults().with(c -> c.parallelism = 2), null, new PrintStream(OutputStream.nullOutputStream()));
        alerts = Outputs.read(out.resolve(Replay.ALERTS));
        referrals = Outputs.read(out.resolve(Replay.REFERRALS));
        chains = Outputs.read(out.resolve(Replay.CHAINS));
        rejected = Outputs.read(out.resolve(Replay.REJECTED));
    }

    @Test
    void anAnswerInTimeClosesTheReferralAndResolvesTheAlertWithNoOverdueAlert() {
        assertThat(statuses(IN_TIME, "unsafe-housing")).containsExactly("raised", "resolved");
        assertThat(alertsOf(IN_TIME, "unsafe-housing").get(1).path("reason").asText()).isEqualTo("every referral answered");
        assertThat(alertsOf(IN_TIME, "referral-overdue")).isEmpty();
        JsonNode answer = entry(IN_TIME, "answer");
        assertThat(answer.path("outcome").asText()).isEqualTo("granted");
        assertThat(answer.path("late").asBoolean()).isFalse();
        assertThat(chain(IN_TIME).path("openReferrals")).isEmpty();
    }

    @Test
    void noAnswerRaisesExactlyOneOverdueSupervisionAlertForCivilAffairs() {
        List<JsonNode> overdue = alertsOf(NO_ANSWER, "referral-overdue");
        assertThat(overdue).singleElement().satisfies(a -> {
            assertThat(a.path("status").asText()).isEqualTo("raised");
            assertThat(a.path("grade").asText()).isEqualTo("orange");
            assertThat(a.path("action").asText()).isEqualTo("supervise");
            assertThat(a.path("types").toString()).isEqualTo("[\"supervision\"]");
            assertThat(a.path("eventTime").asText()).isEqualTo("2025-03-08T08:02:00+08:00");
        });
        assertThat(referrals).anySatisfy(r -> {
            assertThat(r.path("alertId").asText()).isEqualTo(overdue.get(0).path("alertId").asText());
            assertThat(r.path("department").asText()).isEqualTo("civil-affairs");
        });
        assertThat(entries(NO_ANSWER, "overdue")).singleElement()
                .satisfies(o -> assertThat(o.path("referralId").asText()).isEqualTo(referral(NO_ANSWER.household)));
    }

    @Test
    void aLateAnswerClosesTheReferralAndStaysVisibleAsLate() {
        assertThat(statuses(LATE, "referral-overdue")).containsExactly("raised", "resolved");
        assertThat(statuses(LATE, "unsafe-housing")).containsExactly("raised", "resolved");
        assertThat(entry(LATE, "answer").path("late").asBoolean()).isTrue();
        assertThat(entries(LATE, "overdue")).hasSize(1);
    }

    @Test
    void anAnswerFromTheWrongDepartmentOrToAnUnknownReferralIsRejectedWithItsReason() {
        assertThat(rejected).extracting(r -> r.path("reason").asText())
                .contains("referral " + referral(WRONG_DEPARTMENT.household) + " was sent to housing, not to education")
                .anySatisfy(reason -> assertThat(reason).startsWith("unknown referral: a-0000000000/housing"));
        assertThat(statuses(WRONG_DEPARTMENT, "unsafe-housing")).containsExactly("raised");
        assertThat(entries(WRONG_DEPARTMENT, "answer")).isEmpty();
    }

    @Test
    void theSameGrantTwiceWithin30DaysIsDuplicateAssistance() {
        assertThat(alertsOf(DUPLICATE_GRANT, "duplicate-assistance")).singleElement().satisfies(a -> {
            assertThat(a.path("grade").asText()).isEqualTo("yellow");
            assertThat(a.path("action").asText()).isEqualTo("supervise");
            assertThat(a.path("eventTime").asText()).isEqualTo("2025-03-20T10:00:00+08:00");
        });
        assertThat(entries(DUPLICATE_GRANT, "grant")).hasSize(2);
    }

    @Test
    void threeRiskTypesAtOnceCallACaseConference() {
        JsonNode compound = alertsOf(THREE_RISKS, "compound-risk").get(0);
        assertThat(compound.path("status").asText()).isEqualTo("raised");
        assertThat(compound.path("grade").asText()).isEqualTo("red");
        assertThat(compound.path("action").asText()).isEqualTo("case-conference");
        assertThat(compound.path("types").toString()).contains("medical", "employment");
        assertThat(compound.path("types").size()).isGreaterThanOrEqualTo(3);
        assertThat(compound.path("referTo").toString()).isEqualTo("[\"civil-affairs\"]");
    }

    @Test
    void aDibaoHouseholdWhoseIncomeRoseIsACategoryMismatch() {
        assertThat(alertsOf(INCOME_ROSE, "category-mismatch")).singleElement().satisfies(a -> {
            assertThat(a.path("grade").asText()).isEqualTo("orange");
            assertThat(a.path("action").asText()).isEqualTo("verify");
            assertThat(a.path("evidence").path("pcMonthlyIncome").asDouble()).isEqualTo(2000.0);
        });
    }

    @Test
    void aStudentOfADibaoHouseholdWithNoAidAfter60DaysIsAnEducationGap() {
        assertThat(alertsOf(STUDENT_NO_AID, "education-gap")).singleElement().satisfies(a -> {
            assertThat(a.path("grade").asText()).isEqualTo("yellow");
            assertThat(a.path("eventTime").asText()).isEqualTo("2025-03-11T08:00:00+08:00");
            assertThat(a.path("referTo").toString()).isEqualTo("[\"education\"]");
        });
    }

    // --- scenarios and lookups ---

    static Scenario unsafeHousing(String household, int n) {
        return new Scenario(household, "450102", n).registered(T0, "urban")
                .category("2025-03-01T08:01:00+08:00", "dibao").unsafeHouse(HOUSING_AT);
    }

    static String referral(String household) {
        return new Scenario(household, "450102", 0).referral("unsafe-housing", HOUSING_AT, "housing");
    }

    static Scenario threeRisks() {
        Scenario s = new Scenario("450102-00000006", "450102", 6).registered(T0, "rural")
                .category("2025-03-01T08:01:00+08:00", "dibao")
                .event("civil-affairs", "household.income.assessed", "2025-03-01T08:02:00+08:00", "{\"annualIncome\":6000}");
        s.event("health", "illness.diagnosed", "2025-03-02T08:00:00+08:00",
                "{\"personId\":\"%s\",\"severity\":\"major\",\"disease\":\"C34.9\"}".formatted(s.head));
        return s.event("human-resources", "unemployment.registered", "2025-03-03T08:00:00+08:00",
                        "{\"personId\":\"%s\",\"insured\":false,\"seekingWork\":true}".formatted(s.head))
                .event("emergency", "disaster.damage.reported", "2025-03-04T08:00:00+08:00",
                        "{\"disaster\":\"flood\",\"houseDamage\":\"severe\",\"loss\":3000,\"injured\":0,\"died\":0}");
    }

    static Scenario studentNoAid() {
        Scenario s = new Scenario("450102-00000008", "450102", 8).registered("2025-01-05T08:00:00+08:00", "urban")
                .category("2025-01-05T08:01:00+08:00", "dibao");
        s.event("medical-security", "insurance-subsidy.granted", "2025-01-06T08:00:00+08:00",
                "{\"personId\":\"%s\",\"year\":2025}".formatted(s.head));
        s.event("medical-security", "insurance-subsidy.granted", "2025-01-06T08:00:00+08:00",
                "{\"personId\":\"%s\",\"year\":2025}".formatted(s.child));
        return s.event("education", "student.enrolled", "2025-01-10T08:00:00+08:00",
                "{\"personId\":\"%s\",\"stage\":\"junior\"}".formatted(s.child));
    }

    static String at(String line) {
        int i = line.indexOf("\"occurredAt\":\"") + 14;
        return line.substring(i, line.indexOf('"', i));
    }

    static List<JsonNode> alertsOf(Scenario s, String indicator) {
        return alerts.stream().filter(a -> a.path("householdId").asText().equals(s.household)
                && a.path("indicator").asText().equals(indicator)).toList();
    }

    static List<String> statuses(Scenario s, String indicator) {
        return alertsOf(s, indicator).stream().map(a -> a.path("status").asText()).toList();
    }

    static JsonNode chain(Scenario s) {
        return chains.stream().filter(c -> c.path("householdId").asText().equals(s.household)).findFirst().orElseThrow();
    }

    static List<JsonNode> entries(Scenario s, String kind) {
        List<JsonNode> out = new ArrayList<>();
        chain(s).path("entries").forEach(e -> {
            if (e.path("entry").asText().equals(kind)) {
                out.add(e);
            }
        });
        return out;
    }

    static JsonNode entry(Scenario s, String kind) {
        return entries(s, kind).stream().findFirst().orElseThrow();
    }
}
