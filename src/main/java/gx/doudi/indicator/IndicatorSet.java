package gx.doudi.indicator;

import gx.doudi.household.Fact;
import java.io.Serializable;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A whole, validated indicator set: definitions, city standards and referral deadlines, with a version. */
public final class IndicatorSet implements Serializable {
    private static final Duration MIN_RETENTION = Duration.ofDays(400);

    private final int version;
    private final Map<String, IndicatorDefinition> definitions;
    private final Standards standards;
    private final Map<Grade, Duration> dueBy;
    /** Asked for on every event: worked out once. */
    private final long retentionMillis;
    /** The enabled definitions with the indicator that evaluates each, in the set's order; looked up once. */
    private transient List<Enabled> enabled;

    /**
     * An enabled definition, the indicator that evaluates it and the facts that indicator reads (looked up
     * once per set: every round asks).
     */
    public record Enabled(IndicatorDefinition definition, Indicator indicator, Set<Fact> reads, long readMask) {
        Enabled(IndicatorDefinition definition, Indicator indicator) {
            this(definition, indicator, indicator == null ? Set.of() : facts(indicator.reads()),
                    indicator == null ? 0 : Fact.mask(indicator.reads()));
        }

        /** Whether the indicator reads any of the facts of {@code factMask} ({@link Fact#mask}). */
        public boolean readsAnyOf(long factMask) {
            return (readMask & factMask) != 0;
        }

        private static Set<Fact> facts(Set<Fact> named) {
            Set<Fact> facts = EnumSet.noneOf(Fact.class);
            facts.addAll(named);
            return Collections.unmodifiableSet(facts);
        }
    }

    public IndicatorSet(int version, Map<String, IndicatorDefinition> definitions, Standards standards,
                        Map<Grade, Duration> dueBy) {
        this.version = version;
        this.definitions = new LinkedHashMap<>(definitions);
        this.standards = standards;
        this.dueBy = new LinkedHashMap<>(dueBy);
        this.retentionMillis = longestWindow(this.definitions.values()).toMillis();
    }

    public int version() {
        return version;
    }

    public IndicatorSet withVersion(int newVersion) {
        return new IndicatorSet(newVersion, definitions, standards, dueBy);
    }

    public Collection<IndicatorDefinition> definitions() {
        return definitions.values();
    }

    /** The definitions that are enabled and that the engine knows how to evaluate, in the set's order. */
    public List<Enabled> enabled() {
        if (enabled == null) {
            enabled = definitions.values().stream().filter(IndicatorDefinition::enabled)
                    .map(d -> new Enabled(d, Indicators.byId(d.id()))).filter(e -> e.indicator() != null).toList();
        }
        return enabled;
    }

    public IndicatorDefinition definition(String id) {
        return definitions.get(id);
    }

    public Standards standards() {
        return standards;
    }

    public Map<Grade, Duration> dueByAll() {
        return dueBy;
    }

    /** How long after the alert a referral of this grade must be answered. */
    public Duration dueBy(Grade grade) {
        return dueBy.get(grade);
    }

    /** How long facts stay in household state: the longest window of any indicator, at least 400 days. */
    public long retentionMillis() {
        return retentionMillis;
    }

    private static Duration longestWindow(Collection<IndicatorDefinition> definitions) {
        Duration longest = MIN_RETENTION;
        for (IndicatorDefinition d : definitions) {
            for (Duration w : d.windows().values()) {
                if (w.compareTo(longest) > 0) {
                    longest = w;
                }
            }
        }
        return longest;
    }
}
