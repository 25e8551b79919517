package gx.doudi.console;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.event.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The latest assistance chain of each household (contract §7, {@code doudi.chains} is compacted by
 * household), kept as JSON text, and which households' chains changed lately. It holds the
 * {@code capacity} most recently changed chains: at province scale every household's chain would not
 * fit in the console's heap, and the {@code chain} command reads any household's from the topic.
 */
final class ChainBoard {
    private static final int RECENT = 2000;

    private record Change(long version, String householdId) {}

    private final int capacity;
    /** Least recently changed first. */
    private final LinkedHashMap<String, String> chains = new LinkedHashMap<>();
    private final Deque<Change> recent = new ArrayDeque<>();
    private long version;
    private long dropped;

    ChainBoard(int capacity) {
        this.capacity = capacity;
    }

    synchronized void put(String householdId, String json) {
        chains.remove(householdId);
        if (json != null) {
            chains.put(householdId, json);
            if (chains.size() > capacity) {
                Iterator<String> oldest = chains.keySet().iterator();
                oldest.next();
                oldest.remove();
                dropped++;
            }
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

    /** Whether chains were let go to stay within the capacity: a missing one may then exist. */
    synchronized boolean full() {
        return dropped > 0;
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
