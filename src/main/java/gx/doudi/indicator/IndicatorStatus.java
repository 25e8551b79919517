package gx.doudi.indicator;

import java.util.List;

/**
 * The running job's answer to a published set, on {@code doudi.indicators.status}: {@code active} when
 * it switched to it, {@code refused} with every problem when it kept the set it had.
 */
public record IndicatorStatus(int version, String status, int runningVersion, int indicators, List<String> problems,
                              String at) {
    public static final String ACTIVE = "active";
    public static final String REFUSED = "refused";
}
