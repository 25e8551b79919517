package gx.doudi.referral;

import java.util.ArrayList;
import java.util.List;

/** The entries of one household's chain, as kept in state: bounded in age and in number. */
public class ChainHistory {
    /** A household's chain keeps at most this many entries, the newest. */
    public static final int MAX_ENTRIES = 200;

    public List<ChainEntry> entries = new ArrayList<>();

    public ChainHistory() {}

    /** Adds an entry and drops what is older than {@code retentionMillis} or beyond the cap. */
    public void add(ChainEntry e, long retentionMillis) {
        entries.add(e);
        long before = e.time - retentionMillis;
        entries.removeIf(old -> old.time <= before);
        while (entries.size() > MAX_ENTRIES) {
            entries.remove(0);
        }
    }

    public boolean mentions(String referralId) {
        for (ChainEntry e : entries) {
            if (referralId.equals(e.referralId)) {
                return true;
            }
        }
        return false;
    }
}
