package gx.doudi.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.doudi.household.HouseholdState;
import org.junit.jupiter.api.Test;

class HouseholdCacheTest {
    @Test
    void theHouseholdUsedLeastRecentlyGoesFirst() {
        HouseholdCache cache = new HouseholdCache(2);
        HouseholdState a = new HouseholdState();
        HouseholdState b = new HouseholdState();
        cache.written("a", a);
        cache.written("b", b);
        assertThat(cache.get("a")).isSameAs(a);
        cache.written("c", new HouseholdState());

        assertThat(cache.get("b")).as("b was used least recently").isNull();
        assertThat(cache.get("a")).isSameAs(a);
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.hits()).isEqualTo(2);
        assertThat(cache.lookups()).isEqualTo(3);
    }

    @Test
    void aClearedHouseholdIsNotFound() {
        HouseholdCache cache = new HouseholdCache(10);
        cache.written("a", new HouseholdState());
        cache.cleared("a");
        assertThat(cache.get("a")).isNull();
    }

    @Test
    void noCapacityKeepsNothing() {
        HouseholdCache cache = new HouseholdCache(0);
        cache.written("a", new HouseholdState());
        assertThat(cache.get("a")).isNull();
        assertThat(cache.size()).isZero();
        assertThatThrownBy(() -> new HouseholdCache(-1)).hasMessageContaining("householdsOnHeap");
    }
}
