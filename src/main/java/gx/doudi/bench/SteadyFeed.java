package gx.doudi.bench;

import gx.doudi.event.Departments;
import gx.doudi.event.Times;
import gx.doudi.event.Topics;
import gx.doudi.generate.Generator;
import gx.doudi.kafka.EventProducer;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The department events of one measurement: the generator's (generated beforehand), each stamped with
 * the moment it is sent (a department reporting a change as it happens). Civil affairs' first
 * registrations go as one burst before the clock starts; the rest is offered at a steady rate: a warm-up,
 * the measured period, whose events are measured, then more at the same rate until the engine has read
 * the measured ones and their alerts have had time to come.
 */
final class SteadyFeed {
    /** What the engine made of the offered rate in the measured period. */
    record Offered(double sentPerSecond, double readPerSecond, long lagGrowth) {}

    /** How much longer than {@code settle} an engine that has fallen behind is given to read the measured events. */
    private static final Duration DRAIN_SPARE = Duration.ofSeconds(5);
    private static final String OCCURRED_AT = "\"occurredAt\":\"";
    private static final String EVENT_ID = "\"eventId\":\"";

    private final KafkaLatencyRun.Plan plan;
    private final int rate;
    private final Duration settle;
    private final EventProducer producer;
    private final AlertLatencies latencies;
    private final GeneratedEvents events;
    private final AtomicLong appended = new AtomicLong();
    private final AtomicReference<Exception> failed = new AtomicReference<>();
    /** Events sent before the steady rate began: the engine's read counter starts there. */
    private long registrations;
    /** The position in the generated sequence. */
    private long sent;

    /** A feed at {@code rate}; what it may send is generated now, before any clock starts. */
    SteadyFeed(KafkaLatencyRun.Plan plan, int rate, Duration settle, GeneratedEvents events, EventProducer producer,
               AlertLatencies latencies) {
        this.plan = plan;
        this.rate = rate;
        this.settle = settle;
        this.events = events;
        this.producer = producer;
        this.latencies = latencies;
        // a household's registration is two or three records
        events.prepare(3L * plan.households() + rate * (plan.warmUpSeconds() + plan.measuredSeconds()
                + settle.plus(DRAIN_SPARE).toSeconds() + 1));
    }

    /**
     * Sends civil affairs' opening registrations at once, up to the first other department's event, and
     * waits until the engine has read them: the steady rate then measures day-to-day traffic.
     */
    void registerHouseholds() throws Exception {
        String civilAffairs = Topics.events(Departments.CIVIL_AFFAIRS);
        while (events.get(sent).topic().equals(civilAffairs)) {
            send(false);
            registrations++;
        }
        producer.flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (SourceProgress.read() < registrations) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the engine read " + SourceProgress.read() + " of " + registrations
                        + " registrations in 120 s");
            }
            Thread.sleep(100);
        }
    }

    /**
     * Offers events at the rate for the warm-up and the measured period, then on until the engine has
     * read the measured ones and {@code settle} has passed, at most {@code settle} and {@link #DRAIN_SPARE}
     * in all: an engine that cannot keep up leaves some measured events without their alerts.
     */
    Offered offer() throws Exception {
        long measuredFrom = (long) plan.warmUpSeconds() * rate;
        long measuredTo = measuredFrom + (long) plan.measuredSeconds() * rate;
        LagTrend lag = new LagTrend();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        Pacer pacer = new Pacer(System.nanoTime(), rate);
        long index = 0;
        long fromNanos = 0;
        long toNanos = 0;
        long readFrom = 0;
        long readTo = 0;
        long stopAt = Long.MAX_VALUE;
        try {
            while (toNanos == 0 || System.nanoTime() < stopAt) {
                for (long due = pacer.dueBy(System.nanoTime()); index < due; index++) {
                    if (index == measuredFrom) {
                        fromNanos = System.nanoTime();
                        readFrom = read();
                        sampler.scheduleAtFixedRate(() -> lag.add(System.nanoTime(), lag()), 0, 250, TimeUnit.MILLISECONDS);
                    }
                    if (index == measuredTo) {
                        toNanos = System.nanoTime();
                        readTo = read();
                        sampler.shutdownNow();
                        stopAt = toNanos + settle.toNanos() + DRAIN_SPARE.toNanos();
                    }
                    send(index >= measuredFrom && index < measuredTo);
                }
                if (failed.get() != null) {
                    throw failed.get();
                }
                if (toNanos != 0 && read() >= measuredTo) {
                    stopAt = Math.min(stopAt, System.nanoTime() + settle.toNanos());
                }
                LockSupport.parkNanos(Math.max(0, pacer.dueAt(index) - System.nanoTime()));
            }
        } finally {
            sampler.shutdownNow();
        }
        double seconds = (toNanos - fromNanos) / 1e9;
        return new Offered((measuredTo - measuredFrom) / seconds, (readTo - readFrom) / seconds,
                lag.growthOver(toNanos - fromNanos));
    }

    /** Events of the steady rate the engine has read. */
    private long read() {
        return SourceProgress.read() - registrations;
    }

    /** Events appended but not yet read by the engine. */
    private long lag() {
        return appended.get() - SourceProgress.read();
    }

    /** Sends the next record, stamped now; a measured one's append time goes to the latencies. */
    private void send(boolean measured) {
        Generator.Record next = events.get(sent++);
        String json = next.json();
        int at = json.indexOf(OCCURRED_AT) + OCCURRED_AT.length();
        json = json.substring(0, at) + Times.isoMillis(System.currentTimeMillis()) + json.substring(json.indexOf('"', at));
        String eventId = measured ? field(json, EVENT_ID) : null;
        producer.send(next.topic(), next.key(), json, (metadata, e) -> {
            if (e != null) {
                failed.compareAndSet(null, e);
                return;
            }
            appended.incrementAndGet();
            if (eventId != null) {
                latencies.eventAppended(eventId, metadata.timestamp());
            }
        });
    }

    private static String field(String json, String prefix) {
        int from = json.indexOf(prefix) + prefix.length();
        return json.substring(from, json.indexOf('"', from));
    }
}
