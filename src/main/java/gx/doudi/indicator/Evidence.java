package gx.doudi.indicator;

import java.util.LinkedHashMap;
import java.util.Map;

/** Named figures behind a finding, rounded to the fen, in the order given. */
final class Evidence {
    private Evidence() {}

    static Map<String, Double> of(Object... namesAndValues) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Number value = (Number) namesAndValues[i + 1];
            if (value != null) {
                map.put((String) namesAndValues[i], Math.round(value.doubleValue() * 100) / 100.0);
            }
        }
        return map;
    }
}
