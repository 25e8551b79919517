package gx.doudi.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.doudi.household.HouseholdState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HouseholdCacheTest {
    /** What reached the store, in order. */
    private final List<String> written = new ArrayList<>();
    private final List<HouseholdState> values = new ArrayList<>();

    private HouseholdCache cache(int capacity) {
        return new HouseholdCache(capacity, (key, state) -> {
            written.add(key);
            values.add(state);
        });
    }

    @Test
    void theHouseholdUsedLeastRecentlyLeavesFirstAndIsWrittenThen() throws Exception {
        HouseholdCache cache = cache(2);
        HouseholdState a = new HouseholdState();
        HouseholdState b = new HouseholdState();
        cache.put("a", a);
        cache.put("b", b);
        assertThat(cache.get("a")).isSameAs(a);
        assertThat(written).as("nothing leaves the heap while it has room").isEmpty();
        cache.put("c", new HouseholdState());

        assertThat(written).as("b was used least recently").containsExactly("b");
        assertThat(values).containsExactly(b);
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("a")).isSameAs(a);
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.hits()).isEqualTo(2);
        assertThat(cache.lookups()).isEqualTo(3);
    }

    @Test
    void aHouseholdWorkedOnAgainOnTheHeapIsWrittenOnceAsItsLastRoundLeftIt() throws Exception {
        HouseholdCache cache = cache(1);
        HouseholdState first = new HouseholdState();
        HouseholdState last = new HouseholdState();
        cache.put("a", first);
        cache.get("a");
        cache.put("a", last);
        cache.put("b", new HouseholdState());

        assertThat(written).containsExactly("a");
        assertThat(values).containsExactly(last);
        assertThat(cache.rounds()).isEqualTo(3);
        assertThat(cache.writes()).isEqualTo(1);
    }

    @Test
    void aFlushWritesWhatChangedSinceTheLastWriteAndKeepsItHeld() throws Exception {
        HouseholdCache cache = cache(10);
        HouseholdState a = new HouseholdState();
        cache.put("a", a);
        cache.put("b", new HouseholdState());
        cache.flush();
        assertThat(written).containsExactlyInAnyOrder("a", "b");

        written.clear();
        cache.flush();
        assertThat(written).as("nothing changed since").isEmpty();
        assertThat(cache.get("a")).isSameAs(a);

        cache.put("a", a);
        cache.flush();
        assertThat(written).containsExactly("a");
    }

    @Test
    void aClearedHouseholdIsNotFoundNorWritten() throws Exception {
        HouseholdCache cache = cache(10);
        cache.put("a", new HouseholdState());
        cache.cleared("a");
        cache.flush();
        assertThat(cache.get("a")).isNull();
        assertThat(written).isEmpty();
    }

    @Test
    void noCapacityWritesEveryRoundAtOnceAndKeepsNothing() throws Exception {
        HouseholdCache cache = cache(0);
        cache.put("a", new HouseholdState());
        assertThat(written).containsExactly("a");
        assertThat(cache.get("a")).isNull();
        assertThat(cache.size()).isZero();
        assertThatThrownBy(() -> cache(-1)).hasMessageContaining("householdsOnHeap");
    }
}
