package gx.doudi.pipeline;

import static gx.doudi.pipeline.TestEvents.accident;
import static gx.doudi.pipeline.TestEvents.at;
import static gx.doudi.pipeline.TestEvents.person;
import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.event.Event;
import gx.doudi.event.Parsed;
import gx.doudi.event.RawRecord;
import gx.doudi.event.Rejected;
import java.time.Duration;
import java.util.List;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Routing right after event time is assigned: lateness is judged here, against the input's own watermark. */
class RouteEventsTest {
    static final String PERSON = person("45010219900101001");

    OneInputStreamOperatorTestHarness<Parsed, Event> harness;

    @BeforeEach
    void open() throws Exception {
        harness = ProcessFunctionTestHarnesses.forProcessFunction(new RouteEvents(Duration.ofDays(7).toMillis()));
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    void send(String json) throws Exception {
        Parsed p = Parsed.of(new RawRecord("doudi.events.emergency", 0, 1, json), System.currentTimeMillis());
        harness.processElement(p, p.event.occurredAt);
    }

    List<Rejected> rejected() {
        return harness.getSideOutput(Tags.REJECTED) == null ? List.of()
                : harness.getSideOutput(Tags.REJECTED).stream().map(StreamRecord::getValue).toList();
    }

    @Test
    void anEventWithinTheAllowedLatenessGoesOnAndOneBeyondItIsRejectedAsTooLate() throws Exception {
        harness.processWatermark(at("2025-03-20T00:00:00+08:00"));
        send(accident("em-1", PERSON, "2025-03-13T00:00:00+08:00", 1));
        send(accident("em-2", PERSON, "2025-03-12T23:59:59+08:00", 1));

        assertThat(harness.getSideOutput(Tags.BY_PERSON)).extracting(r -> r.getValue().eventId).containsExactly("em-1");
        assertThat(rejected()).singleElement().satisfies(r -> {
            assertThat(r.reason).startsWith("too-late: 168 h behind the engine's clock");
            assertThat(r.raw).contains("em-2").doesNotContain(PERSON);
        });
    }
}
