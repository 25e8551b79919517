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

/**
 * Event time per source split (a Kafka partition, a file). While events flow: bounded out-of-orderness.
 * After {@code flushAfter} of silence a split follows the latest event time its reader has seen, so the
 * last events of a burst are not held back by a quiet department; after {@code idleAfter} it stops
 * holding back the other readers. With one reader (the default) the watermark so reaches the latest
 * event read, as the end of a replay does.
 */
public final class EventClock implements WatermarkGenerator<Parsed> {
    private final long outOfOrdernessMillis;
    private final long flushAfterMillis;
    private final long idleAfterMillis;
    private final AtomicLong readerMax;
    private long maxEventTime = Long.MIN_VALUE;
    private long lastEventWallClock = System.currentTimeMillis();
    private boolean idle;

    EventClock(JobConfig config, AtomicLong readerMax) {
        this.outOfOrdernessMillis = config.outOfOrderness().toMillis();
        this.flushAfterMillis = config.idleFlush().toMillis();
        this.idleAfterMillis = config.idleness().toMillis();
        this.readerMax = readerMax;
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
            return new EventClock(config, readerMax);
        }

        @Override
        public TimestampAssigner<Parsed> createTimestampAssigner(TimestampAssignerSupplier.Context context) {
            return (p, recordTimestamp) -> p.event != null ? p.event.occurredAt : Long.MIN_VALUE;
        }
    }

    @Override
    public void onEvent(Parsed parsed, long eventTimestamp, WatermarkOutput output) {
        lastEventWallClock = System.currentTimeMillis();
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
        long silence = System.currentTimeMillis() - lastEventWallClock;
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
