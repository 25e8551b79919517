package gx.doudi.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gx.doudi.backtest.Comparison.ChangedHousehold;
import gx.doudi.backtest.Comparison.Row;
import gx.doudi.event.PersonIds;
import gx.doudi.indicator.Grade;
import gx.doudi.indicator.ShippedSet;
import gx.doudi.pipeline.JobConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backtest on the real topology (two local-cluster replays): raising medical-burden's yellow
 * threshold from 0.3 to 0.5 loses the yellow alert of exactly the households whose out-of-pocket /
 * income ratio lies in [0.3, 0.5), and changes nothing else.
 */
class BacktestITCase {
    /** Household id → its medical out-of-pocket / annual income ratio. */
    private static final Map<String, Double> RATIOS = new LinkedHashMap<>();
    private static final double ANNUAL_INCOME = 60_000; // well above every city's marginal line: no income alert

    static {
        RATIOS.put("450102-00000029", 0.29);
        RATIOS.put("450102-00000030", 0.30);
        RATIOS.put("450102-00000032", 0.32);
        RATIOS.put("450202-00000041", 0.41);
        RATIOS.put("450102-00000050", 0.50);
        RATIOS.put("450202-00000055", 0.55);
        RATIOS.put("450102-00000070", 0.70);
        RATIOS.put("450202-00000120", 1.20);
    }

    @TempDir
    static Path dir;
    static Backtest.Result result;
    static String progress;

    @BeforeAll
    static void raiseTheYellowThresholdAndBacktest() throws Exception {
        Path events = dir.resolve("events.jsonl");
        Files.write(events, events());
        Path candidate = ShippedSet.copyTo(dir.resolve("candidate"));
        ShippedSet.edit(candidate, "medical.yaml", "yellowRatio: 0.3,", "yellowRatio: 0.5,");
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        result = Backtest.run(events, ShippedSet.DIR, candidate, dir.resolve("report"),
                JobConfig.defaults().with(c -> c.parallelism = 1), null, new PrintStream(log, true, StandardCharsets.UTF_8));
        progress = log.toString(StandardCharsets.UTF_8);
    }

    @Test
    void losesTheYellowAlertOfExactlyTheHouseholdsBetweenTheOldAndTheNewThreshold() {
        assertThat(result.comparison().changes())
                .extracting(ChangedHousehold::householdId, ChangedHousehold::indicator, ChangedHousehold::grade,
                        ChangedHousehold::change)
                .containsExactlyInAnyOrder(
                        tuple("450102-00000030", "medical-burden", Grade.YELLOW, "lost"),
                        tuple("450102-00000032", "medical-burden", Grade.YELLOW, "lost"),
                        tuple("450202-00000041", "medical-burden", Grade.YELLOW, "lost"));
        assertThat(result.comparison().changes()).allSatisfy(h -> {
            assertThat(h.baselineGrades()).containsExactly(Grade.YELLOW);
            assertThat(h.candidateGrades()).isEmpty();
            assertThat(h.evidence().get("ratio")).isEqualTo(RATIOS.get(h.householdId()));
        });
    }

    @Test
    void theTableCountsTheAlertsOfEachSet() {
        Row yellow = row("medical-burden", Grade.YELLOW);
        assertThat(yellow.tally()).isEqualTo(new Comparison.Tally(5, 2, 0, 3, 3));
        assertThat(row("medical-burden", Grade.ORANGE).tally()).isEqualTo(new Comparison.Tally(1, 1, 0, 0, 0));
        assertThat(row("medical-burden", Grade.RED).tally()).isEqualTo(new Comparison.Tally(1, 1, 0, 0, 0));
        assertThat(result.comparison().total().households()).isEqualTo(3);
        assertThat(result.comparison().cities()).filteredOn(c -> c.city().equals("450100"))
                .singleElement().satisfies(c -> assertThat(c.tally().lost()).isEqualTo(2));
        assertThat(result.comparison().cities()).filteredOn(c -> c.city().equals("450200"))
                .singleElement().satisfies(c -> assertThat(c.tally().lost()).isEqualTo(1));
    }

    @Test
    void theCsvListsExactlyTheChangedHouseholds() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("report").resolve(Backtest.CHANGED_HOUSEHOLDS));

        assertThat(lines.get(0)).isEqualTo("\uFEFF" + ChangedHouseholdsCsv.HEADER);
        assertThat(lines.subList(1, lines.size())).containsExactly(
                "450102-00000030,450102,南宁市,medical-burden,yellow,lost,1,yellow,-,annualIncome=60000 outOfPocket12m=18000 ratio=0.3",
                "450102-00000032,450102,南宁市,medical-burden,yellow,lost,1,yellow,-,annualIncome=60000 outOfPocket12m=19200 ratio=0.32",
                "450202-00000041,450202,柳州市,medical-burden,yellow,lost,1,yellow,-,annualIncome=60000 outOfPocket12m=24600 ratio=0.41");
    }

    @Test
    void theReportAndTheConsoleNameTheChangeAndTheHouseholds() throws IOException {
        String html = Files.readString(dir.resolve("report").resolve(Backtest.REPORT));
        String console = Files.readString(dir.resolve("report").resolve(Backtest.SUMMARY));

        assertThat(html).contains("medical-burden: thresholds.yellowRatio 0.3 → 0.5");
        for (String household : RATIOS.keySet()) {
            boolean changed = RATIOS.get(household) >= 0.3 && RATIOS.get(household) < 0.5;
            assertThat(html.contains(household)).as(household + " listed in the report").isEqualTo(changed);
            assertThat(console.contains(household)).as(household + " listed on the console").isEqualTo(changed);
        }
        assertThat(console).containsPattern("medical-burden +yellow +5 +2 +0 +-3 +3\n")
                .contains("medical-burden yellow lost: 3 alerts, 3 households\n")
                .contains("  450202-00000041  baseline yellow, candidate -; 柳州市 城中区; "
                        + "annualIncome=60000 outOfPocket12m=24600 ratio=0.41\n");
    }

    @Test
    void theProgressSaysWhichSetIsRunning() {
        assertThat(progress).contains("backtest 1/2 baseline: replaying").contains("backtest 2/2 candidate: replaying")
                .contains("backtest 1/2 baseline: 7 alerts").contains("backtest 2/2 candidate: 4 alerts");
        assertThat(progress.indexOf("1/2 baseline")).isLessThan(progress.indexOf("2/2 candidate"));
    }

    private static Row row(String indicator, Grade grade) {
        return result.comparison().rows().stream()
                .filter(r -> r.indicator().equals(indicator) && r.grade() == grade)
                .findFirst().orElseThrow(() -> new AssertionError("no row " + indicator + " " + grade));
    }

    /** Each household: registered (one urban member), its income assessed, one outpatient settlement. */
    private static List<String> events() {
        List<String> lines = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, Double> h : RATIOS.entrySet()) {
            String household = h.getKey();
            String region = household.substring(0, 6);
            String first17 = region + "19800101" + String.format("%03d", ++n);
            String person = first17 + PersonIds.checkChar(first17);
            double outOfPocket = Math.round(h.getValue() * ANNUAL_INCOME);
            lines.add(event("ca-" + n, "civil-affairs", "household.registered", "2025-03-01T09:00:00+08:00", household, region,
                    "{\"residence\":\"urban\",\"members\":[{\"personId\":\"" + person
                            + "\",\"relation\":\"head\",\"birthDate\":\"1980-01-01\",\"mainEarner\":true}]}"));
            lines.add(event("ca-income-" + n, "civil-affairs", "household.income.assessed", "2025-03-01T10:00:00+08:00",
                    household, region, "{\"annualIncome\":" + ANNUAL_INCOME + "}"));
            lines.add(event("ms-" + n, "medical-security", "medical.expense.settled", "2025-03-10T10:00:00+08:00",
                    household, region, "{\"total\":" + (outOfPocket + 1000) + ",\"reimbursed\":1000,\"outOfPocket\":"
                            + outOfPocket + ",\"inpatient\":false}"));
        }
        // in event-time order, as a department export would be: nothing here is late
        lines.sort(java.util.Comparator.comparing(l -> l.substring(l.indexOf("\"occurredAt\"") + 14, l.indexOf("\"occurredAt\"") + 39)));
        return lines;
    }

    private static String event(String id, String source, String type, String at, String household, String region, String payload) {
        return "{\"eventId\":\"" + id + "\",\"source\":\"" + source + "\",\"type\":\"" + type + "\",\"occurredAt\":\"" + at
                + "\",\"householdId\":\"" + household + "\",\"region\":\"" + region + "\",\"payload\":" + payload + "}";
    }
}
