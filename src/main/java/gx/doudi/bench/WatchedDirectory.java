package gx.doudi.bench;

import gx.doudi.pipeline.EventFileFormat;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The directory the job's file source watches. A file appears whole (written under a hidden name, which
 * the source skips, then renamed), and only once the job has read every file before it: the job reads
 * the events in the order they were written, as one ordered stream. A file read is deleted when the next
 * one appears.
 */
final class WatchedDirectory {
    private final Path dir;
    private final long readBefore = EventFileFormat.LINES_READ.get();
    private long published;
    private int files;
    private long latestEventTime = Long.MIN_VALUE;
    /** Files published and not yet known to be read. */
    private final List<Path> visible = new ArrayList<>();

    WatchedDirectory(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    /** Lines the job has read from this directory. */
    long read() {
        return EventFileFormat.LINES_READ.get() - readBefore;
    }

    /** Lines in the files published so far. */
    long published() {
        return published;
    }

    /** The latest event time published, as the engine reads it (occurredAt has whole seconds). */
    long latestEventTime() {
        return latestEventTime;
    }

    /** Whether the job has read everything published: the next file may appear. */
    boolean allRead() {
        return read() >= published;
    }

    /** One event: its JSON line and its time. */
    record Line(String json, long occurredAt) {}

    /** Publishes these events as one file. */
    void publish(List<Line> lines) throws IOException {
        Batch batch = open();
        for (Line line : lines) {
            batch.add(line.json(), line.occurredAt());
        }
        batch.publish();
    }

    Batch open() throws IOException {
        return new Batch(dir.resolve(String.format(".events-%05d.jsonl", ++files)));
    }

    /** One file of events, being written. */
    final class Batch {
        private final Path hidden;
        private final BufferedWriter writer;
        private long lines;
        private long latest = Long.MIN_VALUE;

        private Batch(Path hidden) throws IOException {
            this.hidden = hidden;
            this.writer = Files.newBufferedWriter(hidden, StandardCharsets.UTF_8);
        }

        void add(String json, long occurredAt) throws IOException {
            writer.write(json);
            writer.newLine();
            lines++;
            latest = Math.max(latest, occurredAt - Math.floorMod(occurredAt, 1000L));
        }

        long lines() {
            return lines;
        }

        /** Makes the file visible to the job: call once the job has read everything published before. */
        void publish() throws IOException {
            writer.close();
            if (!allRead()) {
                throw new IllegalStateException("the job has not read the files before " + hidden.getFileName());
            }
            for (Path read : visible) {
                Files.delete(read); // read whole: the source remembers its name, and a large load needs the room
            }
            visible.clear();
            Path file = dir.resolve(hidden.getFileName().toString().substring(1));
            Files.move(hidden, file, StandardCopyOption.ATOMIC_MOVE);
            visible.add(file);
            published += lines;
            latestEventTime = Math.max(latestEventTime, latest);
        }
    }
}
