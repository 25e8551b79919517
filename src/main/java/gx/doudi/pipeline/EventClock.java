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
 * Once the whole reader has been silent for {@code flushAfter}, every split follows the latest event time
 * the reader has seen, so the last events of a burst are not held back by a quiet department; a split
 * silent for {@code idleAfter} (a department that rarely sends, an empty partition) stops holding back
 * the others. With one reader (the default) the watermark so reaches the latest event read, as the end
 * of a replay does. Silence is timed on the source's input-activity clock, which stands still while the
 * job is backpressured: data waiting to be read is never taken for silence.
 *
 * <p>Besides the periodic watermark, a split emits one as its events advance by {@link #STEP} of event
 * time: where a file or a partition says an event is late then depends on the data alone, not on how
 * fast it was read.
 */
public final class EventClock implements WatermarkGenerator<Parsed> {
    /** Event time between watermarks emitted as events are read. */
    static final long STEP = 3_600_000L;

    private final long outOfOrdernessMillis;
    private final long flushAfterMillis;
    private final long idleAfterMillis;
    private final Reader reader;
    private final RelativeClock clock;
    private long maxEventTime = Long.MIN_VALUE;
    private long lastEventAt;
    private long emitted = Long.MIN_VALUE;
    private boolean idle;

    /** What the splits of one reader share: its latest event time and when it last read an event. */
    static final class Reader {
        final AtomicLong maxEventTime = new AtomicLong(Long.MIN_VALUE);
        final AtomicLong lastEventAt = new AtomicLong();
    }

    EventClock(JobConfig config, Reader reader, RelativeClock clock) {
        this.outOfOrdernessMillis = config.outOfOrderness().toMillis();
        this.flushAfterMillis = config.idleFlush().toMillis();
        this.idleAfterMillis = config.idleness().toMillis();
        this.reader = reader;
        this.clock = clock;
        this.lastEventAt = clock.relativeTimeMillis();
        reader.lastEventAt.accumulateAndGet(lastEventAt, Math::max);
    }

    public static WatermarkStrategy<Parsed> strategy(JobConfig config) {
        return new Strategy(config);
    }

    /** One instance per source reader: its splits share the reader's latest event time. */
    private static final class Strategy implements WatermarkStrategy<Parsed> {
        private final JobConfig config;
        private transient Reader reader;

        Strategy(JobConfig config) {
            this.config = config;
        }

        @Override
        public synchronized WatermarkGenerator<Parsed> createWatermarkGenerator(WatermarkGeneratorSupplier.Context context) {
            if (reader == null) {
                reader = new Reader();
            }
            return new EventClock(config, reader, context.getInputActivityClock());
        }

        @Override
        public TimestampAssigner<Parsed> createTimestampAssigner(TimestampAssignerSupplier.Context context) {
            return (p, recordTimestamp) -> p.event != null ? p.event.occurredAt : Long.MIN_VALUE;
        }
    }

    @Override
    public void onEvent(Parsed parsed, long eventTimestamp, WatermarkOutput output) {
        lastEventAt = clock.relativeTimeMillis();
        reader.lastEventAt.accumulateAndGet(lastEventAt, Math::max);
        if (parsed.event != null) {
            maxEventTime = Math.max(maxEventTime, parsed.event.occurredAt);
            reader.maxEventTime.accumulateAndGet(parsed.event.occurredAt, Math::max);
        }
        if (idle) {
            idle = false;
            output.markActive();
        }
        if (maxEventTime != Long.MIN_VALUE && maxEventTime - outOfOrdernessMillis - 1 >= emitted + STEP) {
            emit(maxEventTime - outOfOrdernessMillis - 1, output);
        }
    }

    private void emit(long watermark, WatermarkOutput output) {
        if (watermark > emitted) {
            emitted = watermark;
            output.emitWatermark(new Watermark(watermark));
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        long now = clock.relativeTimeMillis();
        long silence = now - lastEventAt;
        long watermark = now - reader.lastEventAt.get() >= flushAfterMillis ? Math.max(maxEventTime, reader.maxEventTime.get())
                : maxEventTime == Long.MIN_VALUE ? Long.MIN_VALUE : maxEventTime - outOfOrdernessMillis - 1;
        if (watermark != Long.MIN_VALUE) {
            emit(watermark, output);
        }
        if (!idle && silence >= idleAfterMillis) {
            idle = true;
            output.markIdle();
        }
    }

}
