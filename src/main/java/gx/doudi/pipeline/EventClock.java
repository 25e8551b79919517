package gx.doudi.pipeline;

import gx.doudi.event.Parsed;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.eventtime.TimestampAssigner;
import org.apache.flink.api.common.eventtime.TimestampAssignerSupplier;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkGeneratorSupplier;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.util.clock.RelativeClock;

/**
 * Event time per source split (a Kafka partition, a file). While events flow: bounded out-of-orderness.
 * After {@code flushAfter} of silence a split follows the latest event time its reader has seen, so the
 * last events of a burst are not held back by a quiet department; after {@code idleAfter} it stops
 * holding back the other readers. With one reader (the default) the watermark so reaches the latest
 * event read, as the end of a replay does. Silence is timed on the source's input-activity clock, which
 * stands still while the job is backpressured: a partition with data waiting is never taken as silent.
 */
public final class EventClock implements WatermarkGenerator<Parsed> {
    private final long outOfOrdernessMillis;
    private final long flushAfterMillis;
    private final long idleAfterMillis;
    private final AtomicLong readerMax;
    private final RelativeClock clock;
    private long maxEventTime = Long.MIN_VALUE;
    private long lastEventAt;
    private boolean idle;

    EventClock(JobConfig config, AtomicLong readerMax, RelativeClock clock) {
        this.outOfOrdernessMillis = config.outOfOrderness().toMillis();
        this.flushAfterMillis = config.idleFlush().toMillis();
        this.idleAfterMillis = config.idleness().toMillis();
        this.readerMax = readerMax;
        this.clock = clock;
        this.lastEventAt = clock.relativeTimeMillis();
    }

    public static WatermarkStrategy<Parsed> strategy(JobConfig config) {
        return new Strategy(config);
    }

    /** One instance per source reader: its splits share the reader's latest event time. */
    private static final class Strategy implements WatermarkStrategy<Parsed> {
        private final JobConfig config;
        private transient AtomicLong readerMax;

        Strategy(JobConfig config) {
            this.config = config;
        }

        @Override
        public synchronized WatermarkGenerator<Parsed> createWatermarkGenerator(WatermarkGeneratorSupplier.Context context) {
            if (readerMax == null) {
                readerMax = new AtomicLong(Long.MIN_VALUE);
            }
            return new EventClock(config, readerMax, context.getInputActivityClock());
        }

        @Override
        public TimestampAssigner<Parsed> createTimestampAssigner(TimestampAssignerSupplier.Context context) {
            return (p, recordTimestamp) -> p.event != null ? p.event.occurredAt : Long.MIN_VALUE;
        }
    }

    @Override
    public void onEvent(Parsed parsed, long eventTimestamp, WatermarkOutput output) {
        lastEventAt = clock.relativeTimeMillis();
        if (parsed.event != null) {
            maxEventTime = Math.max(maxEventTime, parsed.event.occurredAt);
            readerMax.accumulateAndGet(parsed.event.occurredAt, Math::max);
        }
        if (idle) {
            idle = false;
            output.markActive();
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        long silence = clock.relativeTimeMillis() - lastEventAt;
        long watermark = silence >= flushAfterMillis ? Math.max(maxEventTime, readerMax.get())
                : maxEventTime == Long.MIN_VALUE ? Long.MIN_VALUE : maxEventTime - outOfOrdernessMillis - 1;
        if (watermark != Long.MIN_VALUE) {
            output.emitWatermark(new Watermark(watermark));
        }
        if (!idle && silence >= idleAfterMillis) {
            idle = true;
            output.markIdle();
        }
    }

}
