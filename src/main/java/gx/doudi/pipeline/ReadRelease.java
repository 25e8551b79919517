package gx.doudi.pipeline;

import gx.doudi.event.Json;
import gx.doudi.event.Times;
import gx.doudi.indicator.IndicatorRelease;
import gx.doudi.indicator.IndicatorStatus;
import java.io.IOException;
import java.util.List;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/** Reads a published indicator set; a document that is not one is refused, never a failure of the job. */
public class ReadRelease extends ProcessFunction<String, IndicatorRelease> {
    @Override
    public void processElement(String json, Context ctx, Collector<IndicatorRelease> out) {
        try {
            IndicatorRelease release = Json.MAPPER.readValue(json, IndicatorRelease.class);
            if (release.version < 1 || release.files == null || release.files.isEmpty()) {
                throw new IOException("a release needs a positive version and its files");
            }
            out.collect(release);
        } catch (IOException | RuntimeException e) {
            ctx.output(Tags.INDICATOR_STATUS, new IndicatorStatus(0, IndicatorStatus.REFUSED, 0, 0,
                    List.of("not an indicator set document: " + e.getMessage()), Times.isoMillis(System.currentTimeMillis())));
        }
    }
}
