package gx.doudi.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** replay's chains.jsonl: the latest record of each key, kept in RocksDB until the input ends. */
class LatestPerKeyTest {
    public record Note(String key, int version) {}

    /** The keys that have a latest record in the operator's state backend (RocksDB). */
    static long keys(KeyedOneInputStreamOperatorTestHarness<String, Note, String> harness) throws Exception {
        try (Stream<?> keys = ((LatestPerKey<?>) harness.getOperator()).getKeyedStateBackend()
                .getKeys("latest", VoidNamespace.INSTANCE)) {
            return keys.count();
        }
    }

    @Test
    void eachKeysLatestRecordComesOutOnceWhenTheInputEndsAndLeavesNoStateBehind() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, Note, String> harness =
                new KeyedOneInputStreamOperatorTestHarness<>(new LatestPerKey<Note>(note -> note), Note::key, Types.STRING)) {
            harness.setStateBackend(new EmbeddedRocksDBStateBackend());
            harness.open();
            harness.processElement(new Note("household-a", 1), 10);
            harness.processElement(new Note("household-b", 1), 20);
            harness.processElement(new Note("household-a", 2), 30);
            harness.processWatermark(1_000_000);

            assertThat(harness.extractOutputValues()).as("nothing before the end of the input").isEmpty();
            assertThat(keys(harness)).isEqualTo(2);

            harness.processWatermark(Watermark.MAX_WATERMARK);
            assertThat(harness.extractOutputValues()).as("nor at the last watermark").isEmpty();
            harness.endInput();

            assertThat(harness.extractOutputValues()).containsExactlyInAnyOrder(
                    "{\"key\":\"household-a\",\"version\":2}", "{\"key\":\"household-b\",\"version\":1}");
            assertThat(keys(harness)).isZero();
        }
    }
}
