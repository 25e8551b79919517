package gx.doudi.pipeline;

import gx.doudi.alert.Alert;
import gx.doudi.alert.Referral;
import gx.doudi.event.Event;
import gx.doudi.event.Parsed;
import gx.doudi.event.Rejected;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.referral.Chain;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamUtils;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The engine, as one function over a source of parsed department events. {@code run} (Kafka),
 * {@code replay} (a file) and the tests all call it; nothing in it knows which.
 */
public final class DoudiTopology {
    /** What the engine produces; the driver decides where each goes. */
    public record Outputs(DataStream<Alert> alerts, DataStream<Referral> referrals, DataStream<Chain> chains,
                          DataStream<Rejected> rejected) {}

    private DoudiTopology() {}

    public static Outputs build(StreamExecutionEnvironment env, Source<Parsed, ?, ?> source, int sourceParallelism,
                                IndicatorSet indicators, JobConfig config) {
        long lateness = config.allowedLateness().toMillis();
        SingleOutputStreamOperator<Event> routed = env
                .fromSource(source, EventClock.strategy(config), "department events")
                .uid("department-events").setParallelism(sourceParallelism)
                .process(new RouteEvents()).uid("route-events").name("route events")
                .setParallelism(sourceParallelism);

        SingleOutputStreamOperator<Event> byPerson = routed.getSideOutput(Tags.BY_PERSON)
                .keyBy(e -> e.personId)
                .process(new PersonResolver(lateness)).uid("person-resolver").name("find household of person");

        SingleOutputStreamOperator<Event> ordered = routed.union(byPerson)
                .keyBy(e -> e.householdKey)
                .process(new EventSequencer(lateness)).uid("event-sequencer").name("order and deduplicate");

        SingleOutputStreamOperator<Alert> alerts = DataStreamUtils.reinterpretAsKeyedStream(ordered, e -> e.householdKey)
                .process(new HouseholdMonitor(indicators, config.clockLimit()))
                .uid("household-monitor").name("household state and indicators");

        DataStream<Rejected> rejected = routed.getSideOutput(Tags.REJECTED)
                .union(byPerson.getSideOutput(Tags.REJECTED), ordered.getSideOutput(Tags.REJECTED),
                        alerts.getSideOutput(Tags.REJECTED));
        return new Outputs(alerts, alerts.getSideOutput(Tags.REFERRALS), alerts.getSideOutput(Tags.CHAINS), rejected);
    }
}
