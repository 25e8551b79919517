package gx.doudi.pipeline;

import gx.doudi.event.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.util.function.SerializableFunction;

/**
 * Keeps the latest record per key and writes them as JSON lines at the end of the input: what a
 * compacted topic would hold. For {@code replay} (chains.jsonl); use it with parallelism 1.
 */
public class LatestPerKeySink<T> implements Sink<T> {
    private final String file;
    private final SerializableFunction<T, String> key;

    public LatestPerKeySink(Path file, SerializableFunction<T, String> key) {
        this.file = file.toString();
        this.key = key;
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        Map<String, String> latest = new LinkedHashMap<>();
        return new SinkWriter<>() {
            @Override
            public void write(T element, Context ctx) {
                String k = key.apply(element);
                latest.remove(k);
                latest.put(k, Json.write(element));
            }

            @Override
            public void flush(boolean endOfInput) throws IOException {
                if (endOfInput) {
                    try (BufferedWriter w = Files.newBufferedWriter(Paths.get(file), StandardCharsets.UTF_8)) {
                        for (String line : latest.values()) {
                            w.write(line);
                            w.newLine();
                        }
                    }
                }
            }

            @Override
            public void close() {
                latest.clear();
            }
        };
    }
}
