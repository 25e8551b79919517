package gx.doudi.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.doudi.indicator.IndicatorSetException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of validation error: each edits a copy of the shipped set the way an indicator
 * engineer might get it wrong and checks the file, the line and the message the engineer is shown.
 */
class IndicatorSetLoaderTest {
    /** medical.yaml as an engineer would write it; the tests below break one line of it. */
    static final String MEDICAL = """
            indicators:
              - id: medical-burden
                name: {zh: 医疗负担过重, en: Heavy medical burden}
                action: refer
                types: [medical]
                referTo: [medical-security]
                thresholds: {yellowRatio: 0.3, orangeRatio: 0.6, redRatio: 1.0, inpatientOutOfPocket: 10000}
                windows: {expenses: P365D}
                grades: {yellowRatio: yellow, orangeRatio: orange, redRatio: red, inpatient: yellow}
                lists:
                  referToWhenNotLowIncome: [civil-affairs]
            """;

    @TempDir
    Path set;

    @BeforeEach
    void copyShippedSet() throws IOException {
        ShippedSet.copyTo(set);
        write("medical.yaml", MEDICAL);
        write("standards.yaml", standards());
    }

    @Test
    void theShippedSetLoadsClean() throws Exception {
        IndicatorSet shipped = IndicatorSetLoader.load(ShippedSet.DIR);

        assertThat(shipped.definitions()).hasSize(Indicators.all().size());
        assertThat(shipped.standards().byCity()).hasSize(14);
        assertThat(shipped.standards().byCity().get("450100")).as("Nanning ships two effective dates").hasSize(2);
    }

    @Test
    void theTestFixtureIsValidBeforeItIsBroken() throws Exception {
        assertThat(IndicatorSetLoader.load(set).definition("medical-burden").threshold("yellowRatio")).isEqualTo(0.3);
    }

    // --- YAML structure ---

    @Test
    void yamlThatDoesNotParse() throws IOException {
        write("medical.yaml", MEDICAL.replace("types: [medical]", "types: [medical"));

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file("medical.yaml"));
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).startsWith("not valid YAML: ");
        });
    }

    @Test
    void unknownTopLevelKey() throws IOException {
        write("medical.yaml", "indicator:\n" + MEDICAL.substring("indicators:\n".length()));

        assertThat(problems()).contains(problem("medical.yaml", 1,
                "the file: unknown field 'indicator' (did you mean 'indicators'? one of: cities, indicators, referral, version)"));
    }

    @Test
    void aKeyGivenTwice() throws IOException {
        write("medical.yaml", MEDICAL.replace("    action: refer\n", "    action: refer\n    action: verify\n"));

        assertThat(problems()).containsExactly(problem("medical.yaml", 5, "indicator: 'action' is given twice (first at line 4)"));
    }

    @Test
    void aThresholdNameGivenTwice() throws IOException {
        write("medical.yaml", MEDICAL.replace("redRatio: 1.0,", "redRatio: 1.0, yellowRatio: 0.4,"));

        assertThat(problems()).containsExactly(problem("medical.yaml", 7,
                "medical-burden: thresholds: 'yellowRatio' is given twice (first at line 7)"));
    }

    // --- indicator ids and fields ---

    @Test
    void unknownIndicatorId() throws IOException {
        write("medical.yaml", MEDICAL.replace("id: medical-burden", "id: medical-burdn"));

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("unknown indicator id 'medical-burdn' (did you mean 'medical-burden'? one of: ");
        });
    }

    @Test
    void unknownFieldOfAnIndicator() throws IOException {
        write("medical.yaml", MEDICAL.replace("    action: refer\n", "    action: refer\n    severity: high\n"));

        assertThat(problems()).containsExactly(problem("medical.yaml", 5, "indicator: unknown field 'severity' (one of: "
                + "action, enabled, grades, id, lists, name, referTo, thresholds, types, windows)"));
    }

    @Test
    void missingRequiredField() throws IOException {
        write("medical.yaml", MEDICAL.replace("    action: refer\n", ""));

        assertThat(problems()).containsExactly(problem("medical.yaml", 2, "medical-burden: missing 'action' (one of "
                + "identify, refer, verify, urgent-assistance, poverty-return-monitoring, case-conference, supervise)"));
    }

    @Test
    void unknownThresholdName() throws IOException {
        write("medical.yaml", MEDICAL.replace("yellowRatio: 0.3,", "yelowRatio: 0.3,"));

        assertThat(problems()).containsExactly(
                problem("medical.yaml", 7, "medical-burden: unknown threshold 'yelowRatio' (did you mean 'yellowRatio'? "
                        + "one of: inpatientOutOfPocket, orangeRatio, redRatio, yellowRatio)"),
                problem("medical.yaml", 7, "medical-burden: thresholds 'yellowRatio' is missing"));
    }

    @Test
    void missingWindow() throws IOException {
        write("medical.yaml", MEDICAL.replace("    windows: {expenses: P365D}\n", ""));

        assertThat(problems()).containsExactly(problem("medical.yaml", 2, "medical-burden: windows 'expenses' is missing"));
    }

    @Test
    void thresholdThatIsNotANumber() throws IOException {
        write("medical.yaml", MEDICAL.replace("yellowRatio: 0.3,", "yellowRatio: 30%,"));

        assertThat(problems()).containsExactly(
                problem("medical.yaml", 7, "medical-burden: threshold yellowRatio must be a number, not '30%'"));
    }

    @Test
    void negativeThreshold() throws IOException {
        write("medical.yaml", MEDICAL.replace("inpatientOutOfPocket: 10000", "inpatientOutOfPocket: -10000"));

        assertThat(problems()).containsExactly(
                problem("medical.yaml", 7, "medical-burden: threshold inpatientOutOfPocket must not be negative, not -10000"));
    }

    @Test
    void thresholdOutOfItsRange() throws IOException {
        edit("poverty-return.yaml", "incomeDrop: 0.3", "incomeDrop: 30");

        assertThat(problems()).containsExactly(
                problem("poverty-return.yaml", 9, "poverty-return-risk: threshold incomeDrop must lie between 0 and 1, not 30"));
    }

    // --- grade thresholds and windows ---

    @Test
    void gradeThresholdsOutOfOrder() throws IOException {
        write("medical.yaml", MEDICAL.replace("yellowRatio: 0.3,", "yellowRatio: 0.7,"));

        assertThat(problems()).containsExactly(problem("medical.yaml", 7, "medical-burden: threshold orangeRatio (orange) "
                + "is 0.6, it must be above yellowRatio (yellow) 0.7: thresholds rise with the grade"));
    }

    @Test
    void equalGradeThresholds() throws IOException {
        write("medical.yaml", MEDICAL.replace("redRatio: 1.0,", "redRatio: 0.6,"));

        assertThat(problems()).containsExactly(problem("medical.yaml", 7, "medical-burden: threshold redRatio (red) "
                + "is 0.6, it must be above orangeRatio (orange) 0.6: thresholds rise with the grade"));
    }

    @Test
    void windowThatIsNotPositive() throws IOException {
        write("medical.yaml", MEDICAL.replace("expenses: P365D", "expenses: P0D"));

        assertThat(problems()).containsExactly(
                problem("medical.yaml", 8, "medical-burden: window expenses must be a positive duration, not P0D"));
    }

    @Test
    void windowThatIsNotADuration() throws IOException {
        write("medical.yaml", MEDICAL.replace("expenses: P365D", "expenses: 365 days"));

        assertThat(problems()).containsExactly(problem("medical.yaml", 8,
                "medical-burden: window expenses must be an ISO-8601 duration such as P30D or PT12H, not '365 days'"));
    }

    @Test
    void unknownGrade() throws IOException {
        write("medical.yaml", MEDICAL.replace("inpatient: yellow", "inpatient: amber"));

        assertThat(problems()).containsExactly(
                problem("medical.yaml", 9, "medical-burden: grade inpatient must be red, orange or yellow, not 'amber'"));
    }

    // --- departments, types and actions ---

    @Test
    void unknownDepartment() throws IOException {
        write("medical.yaml", MEDICAL.replace("referTo: [medical-security]", "referTo: [medical-securty]"));

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).startsWith(
                    "medical-burden: referTo: unknown department 'medical-securty' (did you mean 'medical-security'? one of: ");
        });
    }

    @Test
    void unknownDepartmentInAList() throws IOException {
        write("medical.yaml", MEDICAL.replace("referToWhenNotLowIncome: [civil-affairs]", "referToWhenNotLowIncome: [civil]"));

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).startsWith("medical-burden: list referToWhenNotLowIncome: unknown item 'civil' (one of: ");
        });
    }

    @Test
    void unknownType() throws IOException {
        write("medical.yaml", MEDICAL.replace("types: [medical]", "types: [medical, health]"));

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).startsWith("medical-burden: types: unknown type 'health' (one of: basic-living, ");
        });
    }

    @Test
    void noType() throws IOException {
        write("medical.yaml", MEDICAL.replace("types: [medical]", "types: []"));

        assertThat(problems()).containsExactly(
                problem("medical.yaml", 5, "medical-burden: types must name at least one type (contract §5)"));
    }

    @Test
    void referralWithNoDepartment() throws IOException {
        write("medical.yaml", MEDICAL.replace("referTo: [medical-security]", "referTo: []"));

        assertThat(problems()).containsExactly(
                problem("medical.yaml", 6, "medical-burden: action refer needs at least one department in referTo"));
    }

    @Test
    void unknownAction() throws IOException {
        write("medical.yaml", MEDICAL.replace("action: refer", "action: referral"));

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).startsWith("medical-burden: unknown action 'referral' (did you mean 'refer'? one of: ");
        });
    }

    @Test
    void aSingleActionListWithTwoActions() throws IOException {
        edit("disaster.yaml", "collapsedAction: [urgent-assistance]", "collapsedAction: [urgent-assistance, refer]");

        assertThat(problems()).containsExactly(
                problem("disaster.yaml", 13, "disaster-damage: list collapsedAction must hold exactly one item"));
    }

    @Test
    void indicatorDefinedTwice() throws IOException {
        write("more-medical.yaml", MEDICAL);

        assertThat(problems()).containsExactly(problem("more-medical.yaml", 2,
                "indicator 'medical-burden' is defined twice (first at " + file("medical.yaml") + ":2)"));
    }

    // --- city standards ---

    @Test
    void standardWithoutSource() throws IOException {
        write("standards.yaml", standards().replaceFirst("        source: \"example\"\n", ""));

        assertThat(problems()).containsExactly(problem("standards.yaml", 4,
                "city 450100 南宁市: missing 'source' (where the figures come from)"));
    }

    @Test
    void standardWithoutEffectiveDate() throws IOException {
        write("standards.yaml", standards().replaceFirst("      - effective: 2023-01-01\n        source",
                "      - source"));

        assertThat(problems()).containsExactly(problem("standards.yaml", 4,
                "city 450100 南宁市: missing 'effective' (the date the standard takes effect, like 2025-01-01)"));
    }

    @Test
    void effectiveThatIsNotADate() throws IOException {
        write("standards.yaml", standards().replaceFirst("effective: 2023-01-01", "effective: 2023-13-01"));

        assertThat(problems()).containsExactly(problem("standards.yaml", 4,
                "city 450100 南宁市: effective must be a date like 2025-01-01, not '2023-13-01'"));
    }

    @Test
    void twoStandardsOnTheSameDate() throws IOException {
        String nanning = "      - effective: 2023-01-01\n        source: \"example\"\n";
        write("standards.yaml", standards().replaceFirst(nanning, nanning
                + "        dibao: {urban: 900, rural: 560}\n"
                + "        disposableIncome: {urban: 42000, rural: 19000}\n"
                + "        marginalMultiplier: 2\n"
                + nanning));

        assertThat(problems()).containsExactly(problem("standards.yaml", 9,
                "city 450100 南宁市: two standards take effect on 2023-01-01 (the other at line 4)"));
    }

    @Test
    void cityListedTwice() throws IOException {
        write("standards.yaml", standards().replace("code: \"450200\"", "code: \"450100\""));

        assertThat(problems()).containsExactly(
                problem("standards.yaml", 9, "city 450100 南宁市 is listed twice (first at " + file("standards.yaml")
                        + ":2): give all its standards under one entry"),
                problem("standards.yaml", 1, "city 450200 柳州市 has no standards: every one of Guangxi's 14 cities needs at least one"));
    }

    @Test
    void missingCity() throws IOException {
        String chongzuo = standards().substring(standards().indexOf("  - code: \"451400\""));
        write("standards.yaml", standards().replace(chongzuo, ""));

        assertThat(problems()).containsExactly(problem("standards.yaml", 1,
                "city 451400 崇左市 has no standards: every one of Guangxi's 14 cities needs at least one"));
    }

    @Test
    void cityWithAnEmptyListOfStandards() throws IOException {
        String nanning = standards().substring(0, standards().indexOf("  - code: \"450200\""));
        write("standards.yaml", standards().replace(nanning, "cities:\n  - code: \"450100\"\n    standards: []\n"));

        assertThat(problems()).containsExactly(problem("standards.yaml", 3,
                "city 450100 南宁市: standards is empty: give at least one, with source and effective date"));
    }

    @Test
    void unknownCityCode() throws IOException {
        write("standards.yaml", standards() + "  - code: \"440100\"\n    standards: []\n");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(100);
            assertThat(p.message()).startsWith("unknown city code '440100' (");
            assertThat(p.message()).endsWith(": a city is one of Guangxi's 14 prefecture-level cities");
        });
    }

    @Test
    void negativeDibao() throws IOException {
        write("standards.yaml", standards().replaceFirst("rural: 560", "rural: -560"));

        assertThat(problems()).containsExactly(
                problem("standards.yaml", 6, "city 450100 南宁市: dibao.rural must be above 0, not -560"));
    }

    @Test
    void marginalMultiplierNotAboveOne() throws IOException {
        write("standards.yaml", standards().replaceFirst("marginalMultiplier: 2", "marginalMultiplier: 0.5"));

        assertThat(problems()).containsExactly(
                problem("standards.yaml", 8, "city 450100 南宁市: marginalMultiplier must be above 1, not 0.5"));
    }

    // --- the set as a whole ---

    @Test
    void referralDeadlineMissingForAGrade() throws IOException {
        edit("set.yaml", "    yellow: P15D\n", "");

        assertThat(problems()).containsExactly(problem("set.yaml", 7, "referral.dueBy has no deadline for yellow"));
    }

    @Test
    void versionGivenInTwoFiles() throws IOException {
        write("medical.yaml", "version: 2\n" + MEDICAL);

        assertThat(problems()).containsExactly(problem("set.yaml", 3,
                "'version' is given twice in the set (first at " + file("medical.yaml") + ":1)"));
    }

    @Test
    void versionThatIsNotAWholeNumber() throws IOException {
        edit("set.yaml", "version: 1", "version: 1.5");

        assertThat(problems()).containsExactly(problem("set.yaml", 3, "version must be a whole number from 1 up, not 1.5"));
    }

    @Test
    void setLevelProblemsNameTheDirectoryWithLineZero() throws IOException {
        Files.delete(set.resolve("set.yaml"));
        Files.delete(set.resolve("standards.yaml"));

        assertThat(problems()).containsExactly(
                new Problem(set.toString(), 0, "no city standards in the set: add a file with 'cities:' listing Guangxi's 14 cities"),
                new Problem(set.toString(), 0, "no 'referral' in the set: give referral.dueBy {red, orange, yellow}"));
    }

    @Test
    void aDirectoryWithNoYaml(@TempDir Path empty) {
        assertThatThrownBy(() -> IndicatorSetLoader.load(empty))
                .isInstanceOfSatisfying(IndicatorSetException.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem(empty.toString(), 0, "no *.yaml files: not an indicator set")));
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        write("medical.yaml", MEDICAL.replace("yellowRatio: 0.3,", "yellowRatio: 0.7,").replace("types: [medical]", "types: [medic]"));
        write("standards.yaml", standards().replaceFirst("        source: \"example\"\n", ""));

        assertThat(problems()).extracting(Problem::line).containsExactly(5, 7, 4);
    }

    @Test
    void publishedSetsAreCheckedTheSameWay() {
        assertThatThrownBy(() -> IndicatorSetLoader.load(java.util.Map.of("medical.yaml", MEDICAL.replace("P365D", "P0D"))))
                .isInstanceOfSatisfying(IndicatorSetException.class, e -> assertThat(e.problems()).contains(
                        new Problem("medical.yaml", 8, "medical-burden: window expenses must be a positive duration, not P0D")));
    }

    // --- fixture ---

    /** 14 cities, 7 lines each: city i starts at line 2 + 7i; Nanning's standard is lines 4–8. */
    static String standards() {
        StringBuilder s = new StringBuilder("cities:\n");
        for (String code : IndicatorSetLoader.CITIES.keySet()) {
            s.append("  - code: \"").append(code).append("\"\n")
                    .append("    standards:\n")
                    .append("      - effective: 2023-01-01\n")
                    .append("        source: \"example\"\n")
                    .append("        dibao: {urban: 900, rural: 560}\n")
                    .append("        disposableIncome: {urban: 42000, rural: 19000}\n")
                    .append("        marginalMultiplier: 2\n");
        }
        return s.toString();
    }

    private List<Problem> problems() {
        try {
            IndicatorSetLoader.load(set);
        } catch (IndicatorSetException e) {
            return e.problems();
        }
        throw new AssertionError("the set was accepted");
    }

    private Problem problem(String name, int line, String message) {
        return new Problem(file(name), line, message);
    }

    private String file(String name) {
        return set.resolve(name).toString();
    }

    private void write(String name, String yaml) throws IOException {
        Files.writeString(set.resolve(name), yaml);
    }

    private void edit(String name, String from, String to) throws IOException {
        ShippedSet.edit(set, name, from, to);
    }
}
