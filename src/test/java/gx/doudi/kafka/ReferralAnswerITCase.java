package gx.doudi.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.cli.Main;
import gx.doudi.event.Topics;
import gx.doudi.pipeline.TestEvents;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The loop on a real broker, as housing lives it: its referral arrives on doudi.referrals.housing, it
 * answers on doudi.events.housing, and doudi.chains (and the {@code chain} command) then show it answered.
 */
class ReferralAnswerITCase {
    static final String HOUSEHOLD = "450102-00000042";
    static final String HEAD = TestEvents.person("45010219800101042");

    static EmbeddedKafka kafka;
    static JobClient job;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafka.start();
        kafka.createTopics(2);
        job = EngineUnderTest.start(EngineUnderTest.config(kafka), EngineUnderTest.defaultIndicators(),
                kafka.clientProperties(), "doudi referral loop under test");
    }

    @AfterAll
    static void stop() throws Exception {
        EngineUnderTest.stop(job, kafka);
    }

    @Test
    void housingAnswersItsReferralAndTheChainShowsItAnswered() throws Exception {
        try (EventProducer civil = new EventProducer(kafka.clientProperties())) {
            civil.send(Topics.events("civil-affairs"), HOUSEHOLD, """
                    {"eventId":"ca-1","source":"civil-affairs","type":"household.registered","occurredAt":"2025-03-01T08:00:00+08:00",
                     "householdId":"%s","region":"450102","payload":{"residence":"urban","members":[
                     {"personId":"%s","relation":"head","birthDate":"1980-01-01","mainEarner":true}]}}""".formatted(HOUSEHOLD, HEAD));
            civil.send(Topics.events("civil-affairs"), HOUSEHOLD, """
                    {"eventId":"ca-2","source":"civil-affairs","type":"category.changed","occurredAt":"2025-03-01T08:01:00+08:00",
                     "householdId":"%s","payload":{"category":"dibao"}}""".formatted(HOUSEHOLD));
            civil.send(Topics.events("housing"), HOUSEHOLD, """
                    {"eventId":"hs-1","source":"housing","type":"housing.assessed","occurredAt":"2025-03-01T08:02:00+08:00",
                     "householdId":"%s","payload":{"condition":"dilapidated-c","onlyHouse":true,"seismicIntensity":6,"seismicCompliant":true}}"""
                    .formatted(HOUSEHOLD));
        }

        JsonNode referral;
        try (TopicReader housing = new TopicReader(kafka.clientProperties(), List.of(Topics.referrals("housing")))) {
            referral = housing.readUntil(seen -> !seen.isEmpty(), Duration.ofSeconds(60)).get(0).value();
        }
        assertThat(referral.path("indicator").asText()).isEqualTo("unsafe-housing");
        assertThat(referral.path("subjects").get(0).asText()).isEqualTo(HEAD);

        try (EventProducer housing = new EventProducer(kafka.clientProperties())) {
            housing.send(Topics.events("housing"), HOUSEHOLD, """
                    {"eventId":"hs-answer-1","source":"housing","type":"assistance.result","occurredAt":"2025-03-04T10:00:00+08:00",
                     "householdId":"%s","payload":{"referralId":"%s","outcome":"granted","assistance":"renovation","amount":30000}}"""
                    .formatted(HOUSEHOLD, referral.path("referralId").asText()));
        }

        JsonNode chain;
        try (TopicReader chains = new TopicReader(kafka.clientProperties(), List.of(Topics.CHAINS))) {
            chain = chains.readUntil(seen -> seen.stream().anyMatch(ReferralAnswerITCase::answered), Duration.ofSeconds(60))
                    .stream().filter(ReferralAnswerITCase::answered).findFirst().orElseThrow().value();
        }
        assertThat(chain.path("openReferrals")).isEmpty();
        assertThat(chain.toString()).doesNotContain(HEAD);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"chain", HOUSEHOLD, "--bootstrap", kafka.bootstrap(),
                "--client-properties", kafka.clientPropertiesFile(Principals.MONITORING_CENTRE).toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Household " + HOUSEHOLD + " — 南宁市 兴宁区")
                .contains("REFERRAL  → housing")
                .contains("ANSWER    ← housing            granted")
                .contains("resolved");
    }

    static boolean answered(TopicReader.Read r) {
        if (!HOUSEHOLD.equals(r.key())) {
            return false;
        }
        for (JsonNode e : r.value().path("entries")) {
            if (e.path("entry").asText().equals("answer") && e.path("outcome").asText().equals("granted")) {
                return true;
            }
        }
        return false;
    }
}
