package gx.doudi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LagTrendTest {
    static final long SECOND = 1_000_000_000L;

    @Test
    void aSawtoothAroundAFlatLineIsNoGrowth() {
        LagTrend trend = new LagTrend();
        for (int i = 0; i < 40; i++) {
            trend.add(i * SECOND / 4, i % 4 == 0 ? 500 : 20);
        }
        assertThat(Math.abs(trend.growthOver(10 * SECOND))).isLessThan(100);
    }

    @Test
    void aLagThatClimbsIsGrowthOverThePeriod() {
        LagTrend trend = new LagTrend();
        for (int i = 0; i < 40; i++) {
            trend.add(i * SECOND / 4, 6_000L * i / 4 + (i % 2 == 0 ? 300 : 0));
        }
        assertThat(trend.growthOver(10 * SECOND)).isBetween(59_000L, 61_000L);
    }

    @Test
    void tooFewSamplesSayNothing() {
        LagTrend trend = new LagTrend();
        trend.add(0, 1_000);
        assertThat(trend.growthOver(10 * SECOND)).isZero();
    }
}
