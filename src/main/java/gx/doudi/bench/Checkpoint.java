package gx.doudi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One completed checkpoint, as Flink's own statistics report it ({@code /jobs/:jobid/checkpoints/details/:id}).
 *
 * @param stateSize the full size of the state the checkpoint stands for, files shared with earlier
 *                  incremental checkpoints included
 * @param checkpointedSize what this checkpoint wrote: with incremental checkpoints, only the new files
 * @param durationMillis end to end: from the trigger to the last task's acknowledgement
 * @param stateByTask the full state size of each task (chained operators), largest first
 */
public record Checkpoint(long id, long stateSize, long checkpointedSize, long durationMillis, String externalPath,
                  Map<String, Long> stateByTask) {

    /**
     * @param details the checkpoint's details
     * @param job the job's document ({@code /jobs/:jobid}), which names its tasks
     */
    static Checkpoint of(JsonNode details, JsonNode job) {
        Map<String, String> names = new HashMap<>();
        job.path("vertices").forEach(v -> names.put(v.path("id").asText(), v.path("name").asText()));
        Map<String, Long> byTask = new HashMap<>();
        details.path("tasks").fields().forEachRemaining(t ->
                byTask.merge(names.getOrDefault(t.getKey(), t.getKey()), t.getValue().path("state_size").asLong(), Long::sum));
        return new Checkpoint(details.path("id").asLong(), details.path("state_size").asLong(),
                details.path("checkpointed_size").asLong(), details.path("end_to_end_duration").asLong(),
                details.path("external_path").asText(null), largestFirst(byTask));
    }

    static Map<String, Long> largestFirst(Map<String, Long> sizes) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        sizes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Whether a details document is of a checkpoint that has completed. */
    static boolean completed(JsonNode details) {
        return details != null && "COMPLETED".equals(details.path("status").asText());
    }

    /** The bytes of the files under a directory: a job's checkpoints, with their {@code shared/} files. */
    static long bytesUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException gone) {
                    return 0; // subsumed and deleted while we walked
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
