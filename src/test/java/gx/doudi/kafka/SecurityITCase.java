package gx.doudi.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.event.Topics;
import gx.doudi.pipeline.TestEvents;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Access control on the secured broker, each party with its own credentials: the engine runs as
 * {@code engine}, civil affairs and housing send as themselves, and housing sees its own referrals and
 * no other department's, and writes its own events topic and no other's.
 */
class SecurityITCase {
    static final String HOUSEHOLD = "450102-00000077";
    static final String HEAD = TestEvents.person("45010219800101077");

    static EmbeddedKafka kafka;
    static JobClient job;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafka.start();
        kafka.createTopics(1);
        Properties engine = new Properties();
        try (InputStream in = Files.newInputStream(kafka.clientPropertiesFile(Principals.ENGINE))) {
            engine.load(in); // as run --client-properties FILE reads it
        }
        job = EngineUnderTest.start(EngineUnderTest.config(kafka), EngineUnderTest.defaultIndicators(), engine,
                "doudi as the engine principal");
    }

    @AfterAll
    static void stop() throws Exception {
        EngineUnderTest.stop(job, kafka);
    }

    @Test
    void housingGetsItsReferralFromTheEngineAndTheCentreSeesTheAlert() throws Exception {
        try (EventProducer civil = new EventProducer(kafka.clientProperties("civil-affairs"))) {
            civil.send(Topics.events("civil-affairs"), HOUSEHOLD, """
                    {"eventId":"ca-s1","source":"civil-affairs","type":"household.registered","occurredAt":"2025-03-01T08:00:00+08:00",
                     "householdId":"%s","region":"450102","payload":{"residence":"urban","members":[
                     {"personId":"%s","relation":"head","birthDate":"1980-01-01","mainEarner":true}]}}""".formatted(HOUSEHOLD, HEAD));
            civil.send(Topics.events("civil-affairs"), HOUSEHOLD, """
                    {"eventId":"ca-s2","source":"civil-affairs","type":"category.changed","occurredAt":"2025-03-01T08:01:00+08:00",
                     "householdId":"%s","payload":{"category":"dibao"}}""".formatted(HOUSEHOLD));
        }
        send(kafka.clientProperties("housing"), Topics.events("housing"), """
                {"eventId":"hs-s1","source":"housing","type":"housing.assessed","occurredAt":"2025-03-01T08:02:00+08:00",
                 "householdId":"%s","payload":{"condition":"dilapidated-d","onlyHouse":true,"seismicIntensity":6,"seismicCompliant":true}}"""
                .formatted(HOUSEHOLD));

        JsonNode referral;
        try (TopicReader housing = new TopicReader(withGroup(kafka.clientProperties("housing"), "housing-referrals"),
                List.of(Topics.referrals("housing")))) {
            referral = housing.readUntil(seen -> !seen.isEmpty(), Duration.ofSeconds(90)).stream().findFirst()
                    .orElseThrow(() -> new AssertionError("no referral reached housing; the job is " + jobStatus())).value();
        }
        assertThat(referral.path("householdId").asText()).isEqualTo(HOUSEHOLD);
        assertThat(referral.path("department").asText()).isEqualTo("housing");
        assertThat(referral.path("subjects").get(0).asText()).isEqualTo(HEAD);

        try (TopicReader centre = new TopicReader(withGroup(kafka.clientProperties(Principals.MONITORING_CENTRE),
                Principals.MONITORING_CENTRE_GROUP_PREFIX + UUID.randomUUID()), List.of(Topics.ALERTS))) {
            String alertId = referral.path("alertId").asText();
            assertThat(centre.readUntil(seen -> seen.stream().anyMatch(r -> alertId.equals(r.value().path("alertId").asText())),
                    Duration.ofSeconds(30))).extracting(r -> r.value().path("alertId").asText()).contains(alertId);
        }
    }

    @Test
    void housingCannotReadEducationsReferrals() {
        try (KafkaConsumer<byte[], byte[]> housing = consumer(withGroup(kafka.clientProperties("housing"), "housing-snooping"))) {
            housing.subscribe(List.of(Topics.referrals("education")));
            assertThatThrownBy(() -> pollUntilRefused(housing))
                    .isInstanceOfSatisfying(TopicAuthorizationException.class,
                            e -> assertThat(e.unauthorizedTopics()).containsExactly(Topics.referrals("education")));
        }
    }

    @Test
    void housingCannotWriteEducationsEvents() {
        assertThatThrownBy(() -> send(kafka.clientProperties("housing"), Topics.events("education"), """
                {"eventId":"edu-forged-1","source":"education","type":"student.left","occurredAt":"2025-03-01T08:00:00+08:00",
                 "personId":"%s","region":"450102","payload":{"reason":"dropped-out"}}""".formatted(HEAD)))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(TopicAuthorizationException.class,
                        e -> assertThat(e.unauthorizedTopics()).containsExactly(Topics.events("education")));
    }

    @Test
    void aWrongPasswordIsRefused() {
        Properties housing = kafka.clientProperties("housing");
        String jaas = housing.getProperty("sasl.jaas.config");
        housing.put("sasl.jaas.config", jaas.replaceAll("password=\"[^\"]*\"", "password=\"guessed\""));
        try (Admin admin = Admin.create(housing)) {
            assertThatThrownBy(() -> admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                    .cause().isInstanceOf(SaslAuthenticationException.class);
        }
    }

    /** Sends one record and waits for the broker's answer. */
    static void send(Properties client, String topic, String json) throws Exception {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(topic, HOUSEHOLD.getBytes(StandardCharsets.UTF_8),
                    json.getBytes(StandardCharsets.UTF_8))).get(60, TimeUnit.SECONDS);
        }
    }

    static KafkaConsumer<byte[], byte[]> consumer(Properties client) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }

    /** Polls for up to 60 s: a refusal ends it with the broker's exception; records or none, it returns. */
    static void pollUntilRefused(KafkaConsumer<byte[], byte[]> consumer) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!consumer.poll(Duration.ofMillis(500)).isEmpty()) {
                return;
            }
        }
    }

    static Properties withGroup(Properties client, String group) {
        client.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        return client;
    }

    static String jobStatus() {
        try {
            return job.getJobStatus().get(10, TimeUnit.SECONDS).toString();
        } catch (Exception e) {
            return "unknown (" + e + ")";
        }
    }
}
