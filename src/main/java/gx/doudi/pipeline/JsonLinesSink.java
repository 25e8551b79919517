package gx.doudi.pipeline;

import gx.doudi.event.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.util.function.SerializableFunction;

/**
 * Writes records as JSON lines to one local file, in the order they arrive. For {@code replay}, which
 * runs on a local cluster: use it with parallelism 1.
 */
public class JsonLinesSink<T> implements Sink<T> {
    private final String file;
    private final SerializableFunction<T, String> line;

    public JsonLinesSink(Path file) {
        this(file, Json::write);
    }

    private JsonLinesSink(Path file, SerializableFunction<T, String> line) {
        this.file = file.toString();
        this.line = line;
    }

    /** Writes records that already are JSON text as they are. */
    public static JsonLinesSink<String> ofJsonText(Path file) {
        return new JsonLinesSink<>(file, text -> text);
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(Paths.get(file), StandardCharsets.UTF_8);
        return new SinkWriter<>() {
            @Override
            public void write(T element, Context ctx) throws IOException {
                writer.write(line.apply(element));
                writer.newLine();
            }

            @Override
            public void flush(boolean endOfInput) throws IOException {
                writer.flush();
            }

            @Override
            public void close() throws IOException {
                writer.close();
            }
        };
    }
}
