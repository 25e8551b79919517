package gx.doudi.pipeline;

import gx.doudi.event.Parsed;
import gx.doudi.event.RawRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * A file of events, one JSON envelope a line (JSONL), parsed as it is read. A rejected line is reported
 * with the file's name as its topic and its line number as its offset. Blank lines are not records.
 */
public class EventFileFormat extends SimpleStreamFormat<Parsed> {
    /** Lines read so far in this JVM: the replay's progress. */
    public static final AtomicLong LINES_READ = new AtomicLong();

    private final String name;

    public EventFileFormat(String name) {
        this.name = name;
    }

    @Override
    public Reader<Parsed> createReader(Configuration config, FSDataInputStream stream) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16);
        return new Reader<>() {
            private long lineNumber;

            @Override
            public Parsed read() throws IOException {
                String line;
                do {
                    line = lines.readLine();
                    if (line == null) {
                        return null;
                    }
                    lineNumber++;
                    LINES_READ.incrementAndGet();
                } while (line.isBlank());
                return Parsed.of(new RawRecord(name, 0, lineNumber, line), System.currentTimeMillis());
            }

            @Override
            public void close() throws IOException {
                lines.close();
            }
        };
    }

    @Override
    public TypeInformation<Parsed> getProducedType() {
        return TypeInformation.of(Parsed.class);
    }
}
