package gx.doudi.indicator;

import java.nio.file.Path;

/** The default indicator set that ships in {@code warning-indicators/}, loaded once for all tests. */
public final class DefaultIndicatorSet {
    public static final IndicatorSet SET = load();

    private DefaultIndicatorSet() {}

    private static IndicatorSet load() {
        try {
            return IndicatorSetLoader.load(Path.of("warning-indicators"));
        } catch (IndicatorSetException e) {
            throw new IllegalStateException("the default indicator set does not load", e);
        }
    }
}
