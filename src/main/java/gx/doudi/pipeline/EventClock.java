package gx.doudi.pipeline;

import gx.doudi.event.Parsed;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Event time per source split (a Kafka partition, a file): bounded out-of-orderness while events flow;
 * after {@code flushAfter} of silence everything seen is taken as complete (so the last events of a
 * quiet stream are not held back); after {@code idleAfter} the split stops holding back the others.
 */
public final class EventClock implements WatermarkGenerator<Parsed> {
    private final long outOfOrdernessMillis;
    private final long flushAfterMillis;
    private final long idleAfterMillis;
    private long maxEventTime = Long.MIN_VALUE;
    private long lastEventWallClock = System.currentTimeMillis();
    private boolean idle;

    EventClock(Duration outOfOrderness, Duration flushAfter, Duration idleAfter) {
        this.outOfOrdernessMillis = outOfOrderness.toMillis();
        this.flushAfterMillis = flushAfter.toMillis();
        this.idleAfterMillis = idleAfter.toMillis();
    }

    public static WatermarkStrategy<Parsed> strategy(JobConfig config) {
        return WatermarkStrategy.<Parsed>forGenerator(
                        ctx -> new EventClock(config.outOfOrderness(), config.idleFlush(), config.idleness()))
                .withTimestampAssigner((p, recordTimestamp) -> p.event != null ? p.event.occurredAt : Long.MIN_VALUE);
    }

    @Override
    public void onEvent(Parsed parsed, long eventTimestamp, WatermarkOutput output) {
        lastEventWallClock = System.currentTimeMillis();
        if (parsed.event != null) {
            maxEventTime = Math.max(maxEventTime, parsed.event.occurredAt);
        }
        if (idle) {
            idle = false;
            output.markActive();
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        if (maxEventTime == Long.MIN_VALUE) {
            markIdleAfterSilence(output);
            return;
        }
        long silence = System.currentTimeMillis() - lastEventWallClock;
        long lag = silence >= flushAfterMillis ? 0 : outOfOrdernessMillis + 1;
        output.emitWatermark(new Watermark(maxEventTime - lag));
        markIdleAfterSilence(output);
    }

    private void markIdleAfterSilence(WatermarkOutput output) {
        if (!idle && System.currentTimeMillis() - lastEventWallClock >= idleAfterMillis) {
            idle = true;
            output.markIdle();
        }
    }
}
