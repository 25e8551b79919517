package gx.doudi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.indicator.IndicatorSetLoader;
import gx.doudi.pipeline.JobConfig;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench state} on a small population: the engine's state is checkpointed, measured, changed,
 * checkpointed incrementally and restored. Asserts that the figures exist and hang together, not how fast.
 */
class StateBenchITCase {
    @TempDir
    Path work;

    @Test
    void aSmallPopulationIsMeasuredCheckpointedAndRestored() throws Exception {
        StateBench.Options options = new StateBench.Options(2_000, 3, 0.02, 2, 7);

        StateBench.Result r = StateBench.run(options, IndicatorSetLoader.load(Path.of("warning-indicators")),
                JobConfig.defaults(), work, new PrintStream(OutputStream.nullOutputStream()));

        assertThat(r.registered()).isEqualTo(2_000);
        assertThat(r.events()).isEqualTo(6_000);
        assertThat(r.rejected()).isZero();
        assertThat(r.full().stateSize()).isPositive();
        assertThat(r.bytesPerHousehold()).isPositive();
        assertThat(r.fullOnDisk()).isGreaterThanOrEqualTo(r.full().stateSize() / 2);
        // the household stage, with the chain documents chained to it
        assertThat(r.full().stateByTask().keySet()).anySatisfy(task -> assertThat(task).startsWith("household state and indicators"));
        assertThat(r.stateFiles().values().stream().mapToLong(Long::longValue).sum()).isPositive();
        assertThat(r.stateFilesAfterRounds()).isNotEmpty();
        assertThat(r.managedMemory()).isPositive();
        assertThat(r.peakHeapUsed()).isPositive();
        assertThat(r.rounds()).hasSize(2);
        for (StateBench.Round round : r.rounds()) {
            assertThat(round.touched()).isEqualTo(40);
            assertThat(round.incremental().checkpointedSize()).isPositive()
                    .isLessThanOrEqualTo(round.incremental().stateSize());
            // Flink says the job started again from the checkpoint just taken, and the households came with it
            assertThat(round.restoredFrom()).isEqualTo(round.incremental().id());
            assertThat(round.restoreSeconds()).isPositive();
            assertThat(round.afterRestore().stateSize()).isGreaterThan(r.full().stateSize() / 2);
        }
    }
}
