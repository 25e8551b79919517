package gx.doudi.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Contract §5: alertId is a pure function of (household, indicator, episode). An episode is named by
 * the event time that opened it: one alert is open per household and indicator, so no two episodes
 * share it, and no counter has to outlive the episode in state.
 */
public final class AlertIds {
    private AlertIds() {}

    public static String of(String householdId, String indicator, long episodeStart) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((householdId + "|" + indicator + "|" + episodeStart).getBytes(StandardCharsets.UTF_8));
            return "a-" + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
