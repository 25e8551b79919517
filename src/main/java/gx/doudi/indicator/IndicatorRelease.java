package gx.doudi.indicator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An indicator set as published to {@code doudi.indicators} (contract §9): one JSON document with a
 * version and the set's files, verbatim, so that the running job validates it with the same loader and
 * the same file-and-line messages as {@code validate}.
 */
public class IndicatorRelease {
    public int version;
    /** File name → YAML text. */
    public Map<String, String> files = new TreeMap<>();
    public String publishedAt;
    public String publishedFrom;

    public IndicatorRelease() {}

    public static IndicatorRelease of(Path dir, int version, String publishedAt) {
        IndicatorRelease r = new IndicatorRelease();
        r.version = version;
        r.publishedAt = publishedAt;
        r.publishedFrom = dir.toAbsolutePath().toString();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList()) {
                r.files.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r;
    }

    /** Validates the files and stamps the set with this release's version. */
    public IndicatorSet load() throws IndicatorSetException {
        return IndicatorSetLoader.load(files).withVersion(version);
    }
}
