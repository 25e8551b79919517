package gx.doudi.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.doudi.household.HouseholdState;
import gx.doudi.referral.ChainHistory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HouseholdCacheTest {
    /** What reached the store, in order. */
    private final List<String> written = new ArrayList<>();
    private final List<HouseholdState> values = new ArrayList<>();
    private final List<ChainHistory> chains = new ArrayList<>();

    private HouseholdCache cache(int capacity) {
        return new HouseholdCache(capacity, (key, state, chain) -> {
            written.add(key);
            values.add(state);
            chains.add(chain);
        });
    }

    @Test
    void theHouseholdUsedLeastRecentlyLeavesFirstAndIsWrittenThen() throws Exception {
        HouseholdCache cache = cache(2);
        HouseholdState a = new HouseholdState();
        HouseholdState b = new HouseholdState();
        cache.put("a", a, null, false);
        cache.put("b", b, null, false);
        assertThat(cache.get("a")).isSameAs(a);
        assertThat(written).as("nothing leaves the heap while it has room").isEmpty();
        cache.put("c", new HouseholdState(), null, false);

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
        cache.put("a", first, null, false);
        cache.get("a");
        cache.put("a", last, null, false);
        cache.put("b", new HouseholdState(), null, false);

        assertThat(written).containsExactly("a");
        assertThat(values).containsExactly(last);
        assertThat(cache.rounds()).isEqualTo(3);
        assertThat(cache.writes()).isEqualTo(1);
    }

    @Test
    void aFlushWritesWhatChangedSinceTheLastWriteAndKeepsItHeld() throws Exception {
        HouseholdCache cache = cache(10);
        HouseholdState a = new HouseholdState();
        cache.put("a", a, null, false);
        cache.put("b", new HouseholdState(), null, false);
        cache.flush();
        assertThat(written).containsExactlyInAnyOrder("a", "b");

        written.clear();
        cache.flush();
        assertThat(written).as("nothing changed since").isEmpty();
        assertThat(cache.get("a")).isSameAs(a);

        cache.put("a", a, null, false);
        cache.flush();
        assertThat(written).containsExactly("a");
    }

    @Test
    void aChainReadByARoundIsHeldWithItsHouseholdAndWrittenOnlyIfChanged() throws Exception {
        HouseholdCache cache = cache(1);
        HouseholdState a = new HouseholdState();
        ChainHistory chain = new ChainHistory();
        cache.put("a", a, chain, false);
        assertThat(cache.chain("a")).isSameAs(chain);
        cache.put("b", new HouseholdState(), null, false);
        assertThat(chains).as("the chain was read, not changed: RocksDB has it").containsExactly((ChainHistory) null);

        cache.put("a", a, chain, true);
        cache.put("a", a, null, false); // a later round that did not read the chain keeps it held
        assertThat(cache.chain("a")).isSameAs(chain);
        cache.flush();
        assertThat(written).containsExactly("a", "b", "a");
        assertThat(chains).as("written once, with its household, when changed").containsExactly(null, null, chain);
        assertThat(cache.chain("b")).isNull();
    }

    @Test
    void aClearedHouseholdIsNotFoundNorWritten() throws Exception {
        HouseholdCache cache = cache(10);
        cache.put("a", new HouseholdState(), null, false);
        cache.cleared("a");
        cache.flush();
        assertThat(cache.get("a")).isNull();
        assertThat(written).isEmpty();
    }

    @Test
    void noCapacityWritesEveryRoundAtOnceAndKeepsNothing() throws Exception {
        HouseholdCache cache = cache(0);
        cache.put("a", new HouseholdState(), null, false);
        assertThat(written).containsExactly("a");
        assertThat(cache.get("a")).isNull();
        assertThat(cache.size()).isZero();
        assertThatThrownBy(() -> cache(-1)).hasMessageContaining("householdsOnHeap");
    }
}
