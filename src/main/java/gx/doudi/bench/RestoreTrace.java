package gx.doudi.bench;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.traces.Span;
import org.apache.flink.traces.reporter.TraceReporter;
import org.apache.flink.traces.reporter.TraceReporterFactory;

/**
 * Flink's own account of a job's start: the {@code JobInitialization} span (FLIP-384), reported once every
 * task has restored its state, from the first deployment to the last task's end of initialization, with
 * the tasks' download and restore durations and the restored sizes as attributes. Kept in this JVM for
 * {@code bench state}, which runs its cluster here ({@code traces.reporter.restore.factory.class}).
 */
public final class RestoreTrace implements TraceReporter {
    static final String SPAN = "JobInitialization";
    private static final List<Span> SPANS = new CopyOnWriteArrayList<>();

    /** Found by Flink through {@code META-INF/services}. */
    public static final class Factory implements TraceReporterFactory {
        @Override
        public TraceReporter createTraceReporter(Properties properties) {
            return new RestoreTrace();
        }
    }

    /** The job initializations reported so far, in order. */
    static List<Span> initializations() {
        return List.copyOf(SPANS);
    }

    @Override
    public void notifyOfAddedSpan(Span span) {
        if (SPAN.equals(span.getName())) {
            SPANS.add(span);
        }
    }

    @Override
    public void open(MetricConfig config) {
        // nothing to connect to
    }

    @Override
    public void close() {
        // spans stay readable after the cluster stops
    }
}
