package gx.doudi.indicator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The default indicator set in {@code warning-indicators/}, for tests that start from it and change one thing. */
public final class ShippedSet {
    public static final Path DIR = Path.of("warning-indicators");

    private ShippedSet() {}

    /** Copies every file of the shipped set into {@code to} and returns {@code to}. */
    public static Path copyTo(Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    /** Replaces {@code from} by {@code to} in one file of a copied set; fails if {@code from} is not there. */
    public static void edit(Path set, String file, String from, String to) throws IOException {
        Path f = set.resolve(file);
        String text = Files.readString(f);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " has no '" + from + "'");
        }
        Files.writeString(f, text.replace(from, to));
    }
}
