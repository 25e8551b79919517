package gx.doudi.pipeline;

import gx.doudi.alert.Referral;
import gx.doudi.event.Event;
import gx.doudi.event.Rejected;
import gx.doudi.indicator.IndicatorStatus;
import org.apache.flink.util.OutputTag;

/** The side outputs of the topology, in one place. */
public final class Tags {
    public static final OutputTag<Rejected> REJECTED = new OutputTag<>("rejected") {};
    public static final OutputTag<Event> BY_PERSON = new OutputTag<>("by-person") {};
    public static final OutputTag<Referral> REFERRALS = new OutputTag<>("referrals") {};
    public static final OutputTag<HouseholdChain> CHAINS = new OutputTag<>("chains") {};
    public static final OutputTag<IndicatorStatus> INDICATOR_STATUS = new OutputTag<>("indicator-status") {};

    private Tags() {}
}
