package gx.doudi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class RateSearchTest {
    /** Runs the search against an engine that keeps up with the rates {@code keepsUp} says, and lists the rates tried. */
    static List<Integer> search(RateSearch search, IntPredicate keepsUp) {
        List<Integer> tried = new ArrayList<>();
        for (OptionalInt next = search.next(); next.isPresent(); next = search.next()) {
            tried.add(next.getAsInt());
            search.measured(next.getAsInt(), keepsUp.test(next.getAsInt()));
        }
        return tried;
    }

    @Test
    void doublesWhileTheEngineKeepsUpThenBisects() {
        RateSearch search = new RateSearch(1_000, 10);
        List<Integer> tried = search(search, rate -> rate <= 5_000);
        assertThat(tried).startsWith(1_000, 2_000, 4_000, 8_000, 6_000, 5_000, 5_500);
        assertThat(search.highest()).hasValue(5_000);
    }

    @Test
    void theFixedRatesAreStepsAlreadyTaken() {
        RateSearch search = new RateSearch(1_000, 3);
        search.known(1_000, true);
        search.known(10_000, false);
        List<Integer> tried = search(search, rate -> rate <= 3_000);
        assertThat(tried).containsExactly(5_500, 3_300, 2_200);
        assertThat(search.highest()).hasValue(2_200);
    }

    @Test
    void stopsWhenTheBoundsAreWithinATenth() {
        RateSearch search = new RateSearch(1_000, 100);
        search.known(4_000, true);
        search.known(4_300, false);
        assertThat(search.next()).isEmpty();
        assertThat(search.highest()).hasValue(4_000);
    }

    @Test
    void halvesWhenEvenTheFirstRateIsTooMuch() {
        RateSearch search = new RateSearch(1_000, 3);
        List<Integer> tried = search(search, rate -> rate <= 300);
        assertThat(tried).containsExactly(1_000, 500, 300);
        assertThat(search.highest()).hasValue(300);
    }

    @Test
    void aNoisyMissBelowAKeepIsBelieved() {
        RateSearch search = new RateSearch(1_000, 0);
        search.known(2_000, true);
        search.known(1_000, false);
        assertThat(search.highest()).isEmpty();
    }
}
