package gx.doudi.console;

import gx.doudi.event.Households;
import gx.doudi.event.Json;
import gx.doudi.event.Times;
import gx.doudi.event.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes a department's answer to a referral as that department's system would: an
 * {@code assistance.result} event (contract §4) on the department's own events topic, keyed by household.
 */
final class AnswerSender implements AutoCloseable {
    static final java.util.List<String> OUTCOMES = java.util.List.of("granted", "rejected", "not-eligible", "in-progress");

    /** The answer as the department gives it on the page. */
    record Answer(String referralId, String outcome, String note, Double amount) {}

    private final KafkaProducer<byte[], byte[]> producer;
    private final Clock clock;

    AnswerSender(Properties client, Clock clock) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        this.producer = new KafkaProducer<>(p);
        this.clock = clock;
    }

    /** The event that answers this referral: what {@link #send} writes. */
    Map<String, Object> event(ReferralRow referral, Answer answer, String eventId) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("referralId", referral.referralId());
        payload.put("outcome", answer.outcome());
        if (answer.note() != null && !answer.note().isBlank()) {
            payload.put("note", answer.note().strip());
        }
        if (answer.amount() != null) {
            payload.put("amount", answer.amount());
        }
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("eventId", eventId);
        e.put("source", referral.department());
        e.put("type", "assistance.result");
        e.put("occurredAt", Times.iso(clock.millis()));
        if (Households.isHouseholdOfOne(referral.householdId())) {
            // a person no household lists: the event names the person, as departments do (§3)
            e.put("personId", referral.householdId().substring(Households.PERSON_PREFIX.length()));
        } else {
            e.put("householdId", referral.householdId());
        }
        e.put("region", referral.region());
        e.put("payload", payload);
        return e;
    }

    /** Sends the answer and waits for the broker to have it; returns the event. */
    Map<String, Object> send(ReferralRow referral, Answer answer)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, Object> event = event(referral, answer, "console-" + UUID.randomUUID());
        String key = (String) event.getOrDefault("householdId", event.get("personId"));
        producer.send(new ProducerRecord<>(Topics.events(referral.department()), key.getBytes(StandardCharsets.UTF_8),
                Json.write(event).getBytes(StandardCharsets.UTF_8))).get(30, TimeUnit.SECONDS);
        return event;
    }

    @Override
    public void close() {
        producer.close();
    }
}
