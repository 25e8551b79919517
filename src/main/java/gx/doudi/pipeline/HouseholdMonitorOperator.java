package gx.doudi.pipeline;

import gx.doudi.alert.Alert;
import gx.doudi.event.Event;
import gx.doudi.indicator.IndicatorRelease;
import java.util.List;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;

/**
 * Flink's operator of a keyed broadcast function, which also lends {@link HouseholdMonitor} its key
 * context: the households the monitor holds on the heap are written to RocksDB when they leave it or
 * before a checkpoint, each under its own key, which is then not the key of the record being processed
 * (or there is none).
 */
public final class HouseholdMonitorOperator extends CoBroadcastWithKeyedOperator<String, Event, IndicatorRelease, Alert> {
    private static final long serialVersionUID = 1L;

    public HouseholdMonitorOperator(HouseholdMonitor monitor) {
        super(monitor, List.of(HouseholdMonitor.RELEASES));
    }

    @Override
    public void open() throws Exception {
        ((HouseholdMonitor) userFunction).writeUnderOwnKeys(this);
        super.open();
    }
}
