package gx.doudi.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Contract §5: red (一级, most severe) > orange (二级) > yellow (三级). */
public enum Grade {
    YELLOW, ORANGE, RED;

    @JsonValue
    public String id() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static Grade of(String id) {
        for (Grade g : values()) {
            if (g.id().equals(id)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown grade: " + id + " (red, orange or yellow)");
    }

    public boolean above(Grade other) {
        return other == null || compareTo(other) > 0;
    }

    /** One grade more severe; red stays red. */
    public Grade up() {
        return this == RED ? RED : values()[ordinal() + 1];
    }

    public static Grade max(Grade a, Grade b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
