package gx.doudi.pipeline;

import gx.doudi.alert.Alert;
import gx.doudi.alert.Referral;
import gx.doudi.event.Event;
import gx.doudi.event.Parsed;
import gx.doudi.event.Rejected;
import gx.doudi.indicator.IndicatorRelease;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.indicator.IndicatorStatus;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import gx.doudi.referral.Chain;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The engine, as one function over a source of parsed department events. {@code run} (Kafka),
 * {@code replay} (a file) and the tests all call it; nothing in it knows which.
 */
public final class DoudiTopology {
    /**
     * Where department events come from. A partitioned source (Kafka) keeps event time per partition;
     * a single ordered stream (a file) keeps it as read, so that what is late depends on the file alone.
     */
    public record Input(Source<Parsed, ?, ?> source, int parallelism, boolean singleOrderedStream) {}

    /**
     * What the engine produces; the driver decides where each goes. {@code householdChains} are the
     * {@code chains} with the key of the household stage, partitioned as that stage is.
     */
    public record Outputs(DataStream<Alert> alerts, DataStream<Referral> referrals, DataStream<Chain> chains,
                          DataStream<HouseholdChain> householdChains, DataStream<Rejected> rejected,
                          DataStream<IndicatorStatus> indicatorStatus) {}

    private DoudiTopology() {}

    /**
     * Indicator sets carry no event time: their input stays idle, so it neither holds back the
     * households' clock nor moves it (a watermark from here would fire every timer at once whenever
     * the departments' input is idle).
     */
    private static final class NoEventTime implements WatermarkGenerator<String> {
        @Override
        public void onEvent(String event, long eventTimestamp, WatermarkOutput output) {
            output.markIdle();
        }

        @Override
        public void onPeriodicEmit(WatermarkOutput output) {
            output.markIdle();
        }
    }

    /**
     * @param releases published indicator sets (JSON, contract §9), or null when the set is fixed (replay)
     */
    public static Outputs build(StreamExecutionEnvironment env, Input input, IndicatorSet indicators,
                                Source<String, ?, ?> releases, JobConfig config) {
        long lateness = config.allowedLateness().toMillis();
        DataStream<Parsed> parsed = input.singleOrderedStream()
                ? env.fromSource(input.source(), WatermarkStrategy.noWatermarks(), "department events")
                        .uid("department-events").setParallelism(input.parallelism())
                        .assignTimestampsAndWatermarks(EventClock.strategy(config)).uid("event-time").name("event time")
                        .setParallelism(input.parallelism())
                : env.fromSource(input.source(), EventClock.strategy(config), "department events")
                        .uid("department-events").setParallelism(input.parallelism());
        SingleOutputStreamOperator<Event> routed = parsed
                .process(new RouteEvents(lateness)).uid("route-events").name("route events")
                .setParallelism(input.parallelism());

        SingleOutputStreamOperator<Event> byPerson = routed.getSideOutput(Tags.BY_PERSON)
                .keyBy(e -> e.personId)
                .process(new PersonResolver(config.waitingBound())).uid("person-resolver").name("find household of person");

        SingleOutputStreamOperator<IndicatorRelease> published = (releases == null
                ? env.fromSequence(0, 0).filter(n -> false).map(String::valueOf).name("no published indicator sets")
                : env.fromSource(releases, WatermarkStrategy.forGenerator(ctx -> new NoEventTime()), "published indicator sets")
                        .uid("indicator-releases").setParallelism(1))
                .process(new ReadRelease()).uid("read-release").name("read indicator set").setParallelism(1);
        // a keyed broadcast stage in its own operator, which lends the stage its key context (HouseholdMonitorOperator)
        SingleOutputStreamOperator<Alert> alerts = routed.union(byPerson)
                .keyBy(e -> e.householdKey)
                .connect(published.broadcast())
                .transform("household state and indicators", TypeInformation.of(Alert.class),
                        new HouseholdMonitorOperator(new HouseholdMonitor(indicators, config.clockLimit(), lateness,
                                config.waitingBound(), config.householdsOnHeap())))
                .uid("household-monitor");

        DataStream<Rejected> rejected = routed.getSideOutput(Tags.REJECTED)
                .union(byPerson.getSideOutput(Tags.REJECTED), alerts.getSideOutput(Tags.REJECTED));
        DataStream<IndicatorStatus> status = published.getSideOutput(Tags.INDICATOR_STATUS)
                .union(alerts.getSideOutput(Tags.INDICATOR_STATUS));
        DataStream<HouseholdChain> householdChains = alerts.getSideOutput(Tags.CHAINS);
        DataStream<Chain> chains = householdChains.map(HouseholdChain::chain).returns(Chain.class)
                .uid("chain-documents").name("chain documents");
        return new Outputs(alerts, alerts.getSideOutput(Tags.REFERRALS), chains, householdChains, rejected, status);
    }
}
