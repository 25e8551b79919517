package gx.doudi.indicator;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One indicator as the files define it: typed, immutable, validated once by {@link IndicatorSetLoader}.
 * Every threshold, window, grade and referral target an indicator uses is here, by name.
 */
public record IndicatorDefinition(
        String id,
        String nameZh,
        String nameEn,
        boolean enabled,
        String action,
        List<String> types,
        List<String> referTo,
        Map<String, Double> thresholds,
        Map<String, Duration> windows,
        Map<String, Grade> grades,
        Map<String, List<String>> lists,
        String file,
        int line) implements Serializable {

    public double threshold(String name) {
        return require(thresholds, name);
    }

    public Duration window(String name) {
        return require(windows, name);
    }

    public long windowMillis(String name) {
        return window(name).toMillis();
    }

    public Grade grade(String name) {
        return require(grades, name);
    }

    public List<String> list(String name) {
        return require(lists, name);
    }

    private <T> T require(Map<String, T> map, String name) {
        T value = map.get(name);
        if (value == null) {
            throw new IllegalStateException(id + ": no '" + name + "' in " + file + " (the loader should have refused it)");
        }
        return value;
    }
}
