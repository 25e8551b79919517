package gx.doudi.kafka;

import gx.doudi.indicator.IndicatorSet;
import gx.doudi.indicator.IndicatorSetLoader;
import gx.doudi.pipeline.JobConfig;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** The engine wired as {@code run} wires it, on the test's local cluster and an embedded broker. */
public final class EngineUnderTest {
    private EngineUnderTest() {}

    /** The defaults on this broker, with parallelism 2 and a checkpoint (an exactly-once commit) every second. */
    public static JobConfig config(EmbeddedKafka kafka) {
        return JobConfig.defaults().with(c -> {
            c.bootstrap = kafka.bootstrap();
            c.parallelism = 2;
        }).withFlink("execution.checkpointing.interval", "1s");
    }

    /** The default indicator set, from warning-indicators/. */
    public static IndicatorSet defaultIndicators() throws Exception {
        return IndicatorSetLoader.load(Path.of("warning-indicators"));
    }

    /** Starts the job, signed in to the broker with {@code client}; returns once it is submitted. */
    public static JobClient start(JobConfig config, IndicatorSet indicators, Properties client, String name) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config.flinkConfiguration());
        env.setParallelism(config.parallelism());
        KafkaDriver.wire(env, indicators, config, client);
        return env.executeAsync(name);
    }

    /** Cancels the job unless it has ended, then stops the broker; either is null when the start failed before it. */
    public static void stop(JobClient job, EmbeddedKafka kafka) throws Exception {
        try {
            if (job != null && !job.getJobStatus().get().isGloballyTerminalState()) {
                job.cancel().get();
            }
        } finally {
            if (kafka != null) {
                kafka.close();
            }
        }
    }
}
