package gx.doudi.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/** replay's chains.jsonl: the latest record of each key, kept in RocksDB until the input ends. */
class LatestPerKeyTest {
    public record Note(String key, int version) {}

    @Test
    void eachKeysLatestRecordComesOutOnceWhenTheInputEndsAndLeavesNoStateBehind() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, Note, String> harness = ProcessFunctionTestHarnesses
                .forKeyedProcessFunction(new LatestPerKey<>(), Note::key, Types.STRING)) {
            harness.setStateBackend(new EmbeddedRocksDBStateBackend());
            harness.open();
            harness.processElement(new Note("household-a", 1), 10);
            harness.processElement(new Note("household-b", 1), 20);
            harness.processElement(new Note("household-a", 2), 30);
            harness.processWatermark(1_000_000);

            assertThat(harness.extractOutputValues()).as("nothing before the end of the input").isEmpty();
            assertThat(harness.numKeyedStateEntries()).isEqualTo(2);

            harness.processWatermark(Watermark.MAX_WATERMARK);

            assertThat(harness.extractOutputValues()).containsExactlyInAnyOrder(
                    "{\"key\":\"household-a\",\"version\":2}", "{\"key\":\"household-b\",\"version\":1}");
            assertThat(harness.numKeyedStateEntries()).isZero();
        }
    }
}
