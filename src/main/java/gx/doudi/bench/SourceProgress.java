package gx.doudi.bench;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.reporter.MetricReporter;
import org.apache.flink.metrics.reporter.MetricReporterFactory;

/**
 * How many department events the engine's Kafka source has read: a Flink metric reporter that keeps
 * the source's {@code numRecordsIn} counters, which the bench reads at any moment (the local cluster runs
 * in the bench's JVM). Offered minus read is the engine's consumer lag, to the record, at any instant,
 * where committed offsets would only move at checkpoints.
 */
public final class SourceProgress implements MetricReporter {
    /** The Flink setting that installs it on a local cluster. */
    static final String FACTORY_KEY = "metrics.reporter.doudi-bench.factory.class";
    /** The engine's source operator ({@code DoudiTopology}: "department events"). */
    private static final String SOURCE = "department events";
    private static final Map<Object, Counter> READ = new ConcurrentHashMap<>();

    /** Installed by {@code metrics.reporter.NAME.factory.class}; found through META-INF/services. */
    public static final class Factory implements MetricReporterFactory {
        @Override
        public MetricReporter createMetricReporter(Properties properties) {
            return new SourceProgress();
        }
    }

    /** Events the engine's source has read since its job started (summed over its readers). */
    static long read() {
        long n = 0;
        for (Counter c : READ.values()) {
            n += c.getCount();
        }
        return n;
    }

    /** Whether the source of a running job has registered its counters yet. */
    static boolean started() {
        return !READ.isEmpty();
    }

    /** Forgets the counters of a job that is over. */
    static void reset() {
        READ.clear();
    }

    @Override
    public void open(MetricConfig config) {}

    @Override
    public void close() {}

    @Override
    public void notifyOfAddedMetric(Metric metric, String name, MetricGroup group) {
        if (isSourceRead(name, group) && metric instanceof Counter counter) {
            READ.put(metric, counter);
        }
    }

    @Override
    public void notifyOfRemovedMetric(Metric metric, String name, MetricGroup group) {
        // the counters stay readable until reset(): the last figures of a job outlive it
    }

    private static boolean isSourceRead(String name, MetricGroup group) {
        String operator = group.getAllVariables().get("<operator_name>");
        return "numRecordsIn".equals(name) && operator != null && operator.contains(SOURCE);
    }
}
