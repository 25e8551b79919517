package gx.doudi.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.pipeline.JobConfig;
import gx.doudi.pipeline.Outputs;
import gx.doudi.pipeline.Replay;
import gx.doudi.pipeline.TestEvents;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 南宁's rural dibao standard is 560 until 2024-12-31 and 600 from 2025-01-01 (warning-indicators/
 * standards.yaml). The same income, 580 a month, is judged by the standard in force on each event's date.
 */
class EffectiveStandardsITCase {
    @TempDir
    Path dir;

    @Test
    void anEventBeforeTheChangeAndOneAfterItAreEachJudgedByTheirOwnStandard() throws Exception {
        Path events = dir.resolve("events.jsonl");
        Files.write(events, List.of(household("450123-00000001", 1, "2024-12-31T12:00:00+08:00"),
                income("450123-00000001", 1, "2024-12-31T12:00:00+08:00"),
                household("450123-00000002", 2, "2025-01-02T12:00:00+08:00"),
                income("450123-00000002", 2, "2025-01-02T12:00:00+08:00")));
        Replay.run(events, dir.resolve("out"), IndicatorSetLoader.load(Path.of("warning-indicators")),
                JobConfig.defaults(), null, new PrintStream(OutputStream.nullOutputStream()));
        List<JsonNode> alerts = Outputs.read(dir.resolve("out").resolve(Replay.ALERTS));

        assertThat(alerts).filteredOn(a -> a.path("householdId").asText().equals("450123-00000001"))
                .singleElement().satisfies(a -> {
                    assertThat(a.path("indicator").asText()).isEqualTo("marginal-income");
                    assertThat(a.path("evidence").path("dibaoStandard").asDouble()).isEqualTo(560.0);
                });
        assertThat(alerts).filteredOn(a -> a.path("householdId").asText().equals("450123-00000002"))
                .singleElement().satisfies(a -> {
                    assertThat(a.path("indicator").asText()).isEqualTo("below-dibao");
                    assertThat(a.path("evidence").path("dibaoStandard").asDouble()).isEqualTo(600.0);
                });
    }

    static String household(String id, int n, String at) {
        return """
                {"eventId":"ca-h%d","source":"civil-affairs","type":"household.registered","occurredAt":"%s","householdId":"%s",
                 "region":"450123","payload":{"residence":"rural","members":[{"personId":"%s","relation":"head",
                 "birthDate":"1970-05-05","mainEarner":true}]}}"""
                .formatted(n, at, id, TestEvents.person("45012319700505" + String.format("%03d", n))).replace("\n", "");
    }

    static String income(String id, int n, String at) {
        return """
                {"eventId":"ca-i%d","source":"civil-affairs","type":"household.income.assessed","occurredAt":"%s",
                 "householdId":"%s","payload":{"annualIncome":6960}}""".formatted(n, at, id).replace("\n", "");
    }
}
