package gx.doudi.console;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.event.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The latest assistance chain of each household (contract §7, {@code doudi.chains} is compacted by
 * household), kept as JSON text, and which households' chains changed lately.
 */
final class ChainBoard {
    private static final int RECENT = 2000;

    private record Change(long version, String householdId) {}

    private final Map<String, String> chains = new HashMap<>();
    private final Deque<Change> recent = new ArrayDeque<>();
    private long version;

    synchronized void put(String householdId, String json) {
        if (json == null) {
            chains.remove(householdId);
        } else {
            chains.put(householdId, json);
        }
        version++;
        recent.addLast(new Change(version, householdId));
        if (recent.size() > RECENT) {
            recent.removeFirst();
        }
    }

    Optional<JsonNode> chain(String householdId) {
        String json;
        synchronized (this) {
            json = chains.get(householdId);
        }
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized long version() {
        return version;
    }

    /** The households whose chains changed after {@code since}; null when too many changed to list. */
    synchronized List<String> changedSince(long since) {
        if (since >= version) {
            return List.of();
        }
        if (recent.isEmpty() || recent.peekFirst().version() > since + 1) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (Change c : recent) {
            if (c.version() > since) {
                out.add(c.householdId());
            }
        }
        return List.copyOf(out);
    }
}
