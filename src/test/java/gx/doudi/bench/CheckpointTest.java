package gx.doudi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading Flink's checkpoint statistics and the checkpoint directory. */
class CheckpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void figuresComeFromFlinksCheckpointDetailsWithTasksNamedLargestFirst() throws Exception {
        JsonNode details = JSON.readTree("""
                {"className":"completed","id":4,"status":"COMPLETED","state_size":9000,"checkpointed_size":1200,
                 "end_to_end_duration":850,"external_path":"file:/tmp/cp/job/chk-4",
                 "tasks":{"a1":{"state_size":2000,"checkpointed_size":200},
                          "b2":{"state_size":7000,"checkpointed_size":1000},
                          "c3":{"state_size":0}}}
                """);
        JsonNode job = JSON.readTree("""
                {"vertices":[{"id":"a1","name":"order and deduplicate"},{"id":"b2","name":"household state"},
                             {"id":"c3","name":"route events"}]}
                """);

        Checkpoint c = Checkpoint.of(details, job);

        assertThat(c.id()).isEqualTo(4);
        assertThat(c.stateSize()).isEqualTo(9000);
        assertThat(c.checkpointedSize()).isEqualTo(1200);
        assertThat(c.durationMillis()).isEqualTo(850);
        assertThat(c.externalPath()).isEqualTo("file:/tmp/cp/job/chk-4");
        assertThat(c.stateByTask()).containsExactly(java.util.Map.entry("household state", 7000L),
                java.util.Map.entry("order and deduplicate", 2000L), java.util.Map.entry("route events", 0L));
    }

    @Test
    void onlyACompletedCheckpointCounts() throws Exception {
        assertThat(Checkpoint.completed(null)).isFalse();
        assertThat(Checkpoint.completed(JSON.readTree("{\"status\":\"IN_PROGRESS\"}"))).isFalse();
        assertThat(Checkpoint.completed(JSON.readTree("{\"status\":\"COMPLETED\"}"))).isTrue();
    }

    @Test
    void bytesOnDiskIncludeTheSharedFiles(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("chk-3"));
        Files.createDirectories(dir.resolve("shared"));
        Files.write(dir.resolve("chk-3").resolve("_metadata"), new byte[100]);
        Files.write(dir.resolve("shared").resolve("000012.sst"), new byte[4000]);
        Files.write(dir.resolve("shared").resolve("000013.sst"), new byte[500]);

        assertThat(Checkpoint.bytesUnder(dir)).isEqualTo(4600);
        assertThat(Checkpoint.bytesUnder(dir.resolve("absent"))).isZero();
    }

    @Test
    void aRocksDbMetricNamesItsState() {
        assertThat(StateCluster.stateName("1.household_state_and_indicators.household.rocksdb_live-sst-files-size"))
                .isEqualTo("household");
        assertThat(StateCluster.stateName("0.order_and_deduplicate._timer_state/event_user-timers.rocksdb_live-sst-files-size"))
                .isEqualTo("_timer_state/event_user-timers");
    }

    @Test
    void residentMemoryIsReadFromProcStatus() {
        String status = "Name:\tjava\nVmPeak:\t 9000 kB\nVmHWM:\t  2048 kB\nVmRSS:\t  1024 kB\n";

        assertThat(MemoryWatch.statusBytes(status, "VmHWM")).isEqualTo(2048 * 1024);
        assertThat(MemoryWatch.statusBytes(status, "VmSwap")).isEqualTo(-1);
    }
}
