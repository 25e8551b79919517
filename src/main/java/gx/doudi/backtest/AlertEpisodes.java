package gx.doudi.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.alert.Alert;
import gx.doudi.event.Json;
import gx.doudi.indicator.Grade;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a replay's {@code alerts.jsonl} (every raised, escalated and resolved record) into episodes. */
public final class AlertEpisodes {
    private AlertEpisodes() {}

    public static List<AlertEpisode> read(Path alertsFile) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(alertsFile, StandardCharsets.UTF_8)) {
            return of(reader.lines().filter(l -> !l.isBlank()).toList());
        }
    }

    /** Episodes in the order they were raised, from alert records in the order they were emitted. */
    public static List<AlertEpisode> of(List<String> alertLines) throws IOException {
        Map<String, AlertEpisode> byId = new LinkedHashMap<>();
        for (String line : alertLines) {
            JsonNode a = Json.MAPPER.readTree(line);
            String status = a.path("status").asText();
            if (Alert.RESOLVED.equals(status)) {
                continue; // a resolution changes no grade
            }
            String alertId = a.path("alertId").asText();
            Grade grade = Grade.of(a.path("grade").asText());
            AlertEpisode known = byId.get(alertId);
            if (known == null || grade.above(known.grade())) {
                byId.put(alertId, new AlertEpisode(alertId, a.path("householdId").asText(),
                        a.path("region").asText(null), a.path("indicator").asText(), grade, evidence(a.path("evidence"))));
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static Map<String, Double> evidence(JsonNode node) {
        Map<String, Double> evidence = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isNumber()) {
                evidence.put(e.getKey(), e.getValue().asDouble());
            }
        });
        return evidence;
    }
}
