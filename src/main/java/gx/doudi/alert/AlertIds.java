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
    /** One digest per thread: looking one up among the security providers cost as much as the hashing. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    });

    private AlertIds() {}

    public static String of(String householdId, String indicator, long episodeStart) {
        // digest() leaves the digest reset for the next id
        byte[] digest = SHA_256.get().digest((householdId + "|" + indicator + "|" + episodeStart).getBytes(StandardCharsets.UTF_8));
        return "a-" + HexFormat.of().formatHex(digest, 0, 10);
    }
}
