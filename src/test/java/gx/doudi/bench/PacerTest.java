package gx.doudi.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PacerTest {
    static final long START = 5_000_000_000L;

    @Test
    void eventsAreDueEvenlySpacedFromTheStart() {
        Pacer pacer = new Pacer(START, 1_000);
        assertThat(pacer.dueAt(0)).isEqualTo(START);
        assertThat(pacer.dueAt(1)).isEqualTo(START + 1_000_000);
        assertThat(pacer.dueAt(10_000)).isEqualTo(START + 10_000_000_000L);
    }

    @Test
    void nothingIsDueBeforeTheStartAndTheFirstIsDueAtIt() {
        Pacer pacer = new Pacer(START, 1_000);
        assertThat(pacer.dueBy(START - 1)).isZero();
        assertThat(pacer.dueBy(START)).isEqualTo(1);
        assertThat(pacer.dueBy(START + 999_999)).isEqualTo(1);
        assertThat(pacer.dueBy(START + 1_000_000)).isEqualTo(2);
    }

    @Test
    void aSenderThatFellBehindMaySendEverythingDueButNothingAhead() {
        Pacer pacer = new Pacer(START, 80_000);
        long now = START + 2_000_000_000L;
        long due = pacer.dueBy(now);
        assertThat(due).isEqualTo(160_001);
        assertThat(pacer.dueAt(due - 1)).isLessThanOrEqualTo(now);
        assertThat(pacer.dueAt(due)).isGreaterThan(now);
    }

    @Test
    void oddRatesKeepTheScheduleWithoutDrift() {
        Pacer pacer = new Pacer(0, 3);
        for (long n = 1; n < 10_000; n++) {
            long due = pacer.dueBy(n * 1_000_000L);
            assertThat(pacer.dueAt(due - 1)).isLessThanOrEqualTo(n * 1_000_000L);
            assertThat(pacer.dueAt(due)).isGreaterThan(n * 1_000_000L);
        }
        assertThat(pacer.dueBy(3_000_000_000L)).isEqualTo(10);
    }

    @Test
    void aRateMustBePositive() {
        assertThatThrownBy(() -> new Pacer(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
