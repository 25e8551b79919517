package gx.doudi.console;

import gx.doudi.event.Regions;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What the feed is narrowed to: grade, type, city, county, the department referred to, status
 * ({@code open} = raised or escalated) and a household id, or a part of one. A null field lets all through.
 */
record AlertFilter(String grade, String type, String city, String county, String department, String status,
                   String household) {

    static final AlertFilter ALL = new AlertFilter(null, null, null, null, null, null, null);
    static final String OPEN = "open";

    /** Reads the filter from request parameters; an unknown value is refused with a message saying so. */
    static AlertFilter from(Function<String, String> param) {
        String household = blankToNull(param.apply("household"));
        return new AlertFilter(
                known(param, "grade", Labels.GRADES),
                known(param, "type", Labels.TYPES),
                known(param, "city", Regions.CITIES),
                known(param, "county", Regions.COUNTIES),
                known(param, "department", Labels.DEPARTMENTS),
                OPEN.equals(param.apply("status")) ? OPEN : known(param, "status", Labels.STATUSES),
                household == null ? null : household.trim().toLowerCase(Locale.ROOT));
    }

    boolean matches(AlertRow r) {
        return (grade == null || grade.equals(r.grade()))
                && (type == null || r.types().contains(type))
                && (city == null || city.equals(Labels.cityOf(r.region())))
                && (county == null || county.equals(r.region()))
                && (department == null || r.referTo().contains(department))
                && (status == null || (OPEN.equals(status) ? r.open() : status.equals(r.status())))
                && (household == null || r.householdId().toLowerCase(Locale.ROOT).contains(household));
    }

    private static String known(Function<String, String> param, String name, Map<String, ?> values) {
        String v = blankToNull(param.apply(name));
        if (v != null && !values.containsKey(v)) {
            return refuse(name, v);
        }
        return v;
    }

    private static String refuse(String name, String value) {
        throw new IllegalArgumentException("unknown " + name + ": " + value);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
