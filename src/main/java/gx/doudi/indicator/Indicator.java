package gx.doudi.indicator;

import gx.doudi.household.Fact;
import gx.doudi.household.Household;
import java.util.Set;

/**
 * A warning indicator's condition, in plain Java: no Flink types, unit-tested at its thresholds.
 * The definition carries every number; the code only says how they combine.
 */
public interface Indicator {
    String id();

    /** Threshold, window, grade and list names the definition must give (and may give, nothing else). */
    Set<String> thresholds();

    Set<String> windows();

    Set<String> grades();

    default Set<String> lists() {
        return Set.of();
    }

    /**
     * What the result depends on besides time, as far as the grade or whether the condition holds go (who
     * it names and its evidence do not count): a round whose event changed none of these skips the
     * indicator. Any change with time alone must show in {@link #nextChange}, except a new city standard,
     * which {@link Fact#STANDARD} covers. Everything, unless an indicator says otherwise.
     */
    default Set<Fact> reads() {
        return Fact.ALL;
    }

    /**
     * The condition as it stands at {@code now} (event time), or null if it does not hold.
     *
     * @param standard the household's city standard in force at {@code now}; null when unknown
     */
    Finding evaluate(Household household, IndicatorDefinition definition, CityStandard standard, long now);

    /** The earliest time after {@code now} when the result may change with no new event (a window ends). */
    default long nextChange(Household household, IndicatorDefinition definition, long now) {
        return Long.MAX_VALUE;
    }
}
