package gx.doudi.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gx.doudi.event.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reading what the engine wrote, for comparisons that ignore only the wall-clock emittedAt. */
public final class Outputs {
    private Outputs() {}

    public static List<JsonNode> read(Path jsonl) {
        try {
            List<JsonNode> out = new ArrayList<>();
            for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(Json.MAPPER.readTree(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each record as canonical text without emittedAt, sorted: equal lists mean equal outputs. */
    public static List<String> canonical(Collection<JsonNode> records) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : records) {
            ObjectNode copy = r.deepCopy();
            copy.remove("emittedAt");
            out.add(copy.toString());
        }
        out.sort(null);
        return out;
    }
}
