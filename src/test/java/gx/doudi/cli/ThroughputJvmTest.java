package gx.doudi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which commands run in a JVM with the parallel collector, and when the JVM they were started in keeps them. */
class ThroughputJvmTest {
    static final String G1 = "G1 GC";

    @Test
    void replayBacktestAndTheReplayBenchAreThroughputWork() {
        assertThat(ThroughputJvm.wants(new String[] {"replay", "events.jsonl", "--out", "out"})).isTrue();
        assertThat(ThroughputJvm.wants(new String[] {"backtest", "events.jsonl"})).isTrue();
        assertThat(ThroughputJvm.wants(new String[] {"bench"})).isTrue();
        assertThat(ThroughputJvm.wants(new String[] {"bench", "--households", "1000000"})).isTrue();

        // the streaming commands, and the benches of a streaming job, keep G1
        for (String[] streaming : List.of(new String[] {"demo"}, new String[] {"run", "--bootstrap", "k:9092"},
                new String[] {"bench", "latency"}, new String[] {"bench", "state"}, new String[] {"console"},
                new String[] {"validate"}, new String[] {"generate", "--out", "f"}, new String[0])) {
            assertThat(ThroughputJvm.wants(streaming)).as(String.join(" ", streaming)).isFalse();
        }
    }

    @Test
    void aJvmStartedWithNoChoiceOfItsOwnStartsAnother() {
        assertThat(ThroughputJvm.relaunches(List.of(), null, G1)).isTrue();
        assertThat(ThroughputJvm.relaunches(List.of("-Xmx8g", "-Dfile.encoding=UTF-8"), "", G1)).isTrue();
    }

    @Test
    void aJvmWithItsCollectorChosenOrProfiledOrToldToStayRunsTheCommandItself() {
        assertThat(ThroughputJvm.relaunches(List.of(), null, "parallel GC")).isFalse();
        assertThat(ThroughputJvm.relaunches(List.of("-XX:+UseG1GC"), null, G1)).isFalse();
        assertThat(ThroughputJvm.relaunches(List.of("-XX:+UseZGC"), null, "ZGC Cycles")).isFalse();
        assertThat(ThroughputJvm.relaunches(List.of("-XX:StartFlightRecording=filename=engine.jfr,settings=profile"), null, G1))
                .isFalse();
        assertThat(ThroughputJvm.relaunches(List.of("-agentpath:/opt/async-profiler/libasyncProfiler.so=start"), null, G1))
                .isFalse();
        assertThat(ThroughputJvm.relaunches(List.of("-javaagent:agent.jar"), null, G1)).isFalse();
        assertThat(ThroughputJvm.relaunches(List.of(), "1", G1)).isFalse();
    }

    @Test
    void theOtherJvmHasThisOnesOptionsThenTheParallelCollectorThenTheCommand() {
        List<String> command = ThroughputJvm.commandLine("/opt/jdk", List.of("-Xmx8g"), "target/doudi.jar",
                new String[] {"replay", "events.jsonl", "--out", "out"});

        assertThat(command).containsExactly("/opt/jdk/bin/java", "-Xmx8g", "-XX:+UseParallelGC", "-cp", "target/doudi.jar",
                "gx.doudi.cli.Main", "replay", "events.jsonl", "--out", "out");
    }
}
