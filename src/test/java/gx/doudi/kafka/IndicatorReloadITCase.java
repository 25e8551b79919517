package gx.doudi.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.cli.Main;
import gx.doudi.event.Json;
import gx.doudi.event.Topics;
import gx.doudi.indicator.IndicatorRelease;
import gx.doudi.pipeline.JobConfig;
import gx.doudi.pipeline.TestEvents;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hot reload on a real broker: the running job switches to a published set without a restart, stamps
 * alerts with its version, refuses an invalid set whole, and still runs the new set after a restore.
 */
class IndicatorReloadITCase {
    @TempDir
    static Path dir;
    static EmbeddedKafka kafka;
    static JobClient job;

    @AfterAll
    static void stop() throws Exception {
        EngineUnderTest.stop(job, kafka);
    }

    @Test
    void alertsCarryTheVersionThatRaisedThemAcrossASwitchARefusalAndARestore() throws Exception {
        kafka = EmbeddedKafka.start();
        kafka.createTopics(2);
        job = start(null);

        // v1, from the files the job started with
        assertThat(unsafeHousingAlert(1, "2025-03-01").path("indicatorVersion").asInt()).isEqualTo(1);

        // v2: unsafe housing becomes red; published with the command an engineer uses
        Path candidate = copyOfDefaultSet("candidate");
        Path housing = candidate.resolve("housing.yaml");
        Files.writeString(housing, Files.readString(housing).replace("grades: {unsafe: orange}", "grades: {unsafe: red}"));
        String published = run("publish-indicators", candidate.toString(), "--bootstrap", kafka.bootstrap(),
                "--client-properties", kafka.clientPropertiesFile(Principals.INDICATOR_ENGINEER).toString());
        assertThat(published).contains("as indicator set v2").contains("the running job switched to v2");
        JsonNode after = unsafeHousingAlert(2, "2025-03-02");
        assertThat(after.path("indicatorVersion").asInt()).isEqualTo(2);
        assertThat(after.path("grade").asText()).isEqualTo("red");

        // a broken set, sent by some other tool: refused whole with its file and line, v2 stays
        Path broken = copyOfDefaultSet("broken");
        Path medical = broken.resolve("medical.yaml");
        Files.writeString(medical, Files.readString(medical).replace("yellowRatio: 0.3", "yellowRatio: lots"));
        try (EventProducer producer = new EventProducer(kafka.clientProperties());
             TopicReader status = new TopicReader(kafka.clientProperties(), List.of(Topics.INDICATORS_STATUS))) {
            producer.send(Topics.INDICATORS, Topics.CURRENT, Json.write(IndicatorRelease.of(broken, 3, "now")));
            producer.flush();
            JsonNode refused = status.readUntil(seen -> seen.stream().anyMatch(r -> r.value().path("version").asInt() == 3),
                    Duration.ofSeconds(60)).stream().map(TopicReader.Read::value)
                    .filter(v -> v.path("version").asInt() == 3).findFirst().orElseThrow();
            assertThat(refused.path("status").asText()).isEqualTo("refused");
            assertThat(refused.path("runningVersion").asInt()).isEqualTo(2);
            assertThat(refused.path("problems").get(0).asText()).startsWith("medical.yaml:").contains("yellowRatio");
        }
        assertThat(unsafeHousingAlert(3, "2025-03-03").path("indicatorVersion").asInt()).isEqualTo(2);

        // stop with a savepoint; empty doudi.indicators, so only the job's own state can remember v2
        String savepoint = job.stopWithSavepoint(false, dir.resolve("savepoints").toUri().toString(),
                SavepointFormatType.CANONICAL).get(60, TimeUnit.SECONDS);
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            admin.deleteTopics(List.of(Topics.INDICATORS)).all().get(30, TimeUnit.SECONDS);
            while (admin.listTopics().names().get().contains(Topics.INDICATORS)) {
                Thread.sleep(100);
            }
            admin.createTopics(List.of(new NewTopic(Topics.INDICATORS, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        job = start(savepoint);
        assertThat(unsafeHousingAlert(4, "2025-03-04").path("indicatorVersion").asInt()).isEqualTo(2);
    }

    static JobClient start(String savepoint) throws Exception {
        JobConfig config = EngineUnderTest.config(kafka);
        if (savepoint != null) {
            config = config.withFlink("execution.state-recovery.path", savepoint);
        }
        return EngineUnderTest.start(config, EngineUnderTest.defaultIndicators(), kafka.clientProperties(),
                "doudi hot reload under test");
    }

    /** A dibao household whose only house is dilapidated: an unsafe-housing alert, read from doudi.alerts. */
    static JsonNode unsafeHousingAlert(int n, String day) throws Exception {
        String household = "450102-0000010" + n;
        String head = TestEvents.person("4501021980010110" + n);
        try (EventProducer producer = new EventProducer(kafka.clientProperties())) {
            producer.send(Topics.events("civil-affairs"), household, """
                    {"eventId":"ca-r%d","source":"civil-affairs","type":"household.registered","occurredAt":"%sT08:00:00+08:00",
                     "householdId":"%s","region":"450102","payload":{"residence":"urban","members":[
                     {"personId":"%s","relation":"head","birthDate":"1980-01-01","mainEarner":true}]}}"""
                    .formatted(n, day, household, head));
            producer.send(Topics.events("civil-affairs"), household, """
                    {"eventId":"ca-c%d","source":"civil-affairs","type":"category.changed","occurredAt":"%sT08:01:00+08:00",
                     "householdId":"%s","payload":{"category":"dibao"}}""".formatted(n, day, household));
            producer.send(Topics.events("housing"), household, """
                    {"eventId":"hs-%d","source":"housing","type":"housing.assessed","occurredAt":"%sT08:02:00+08:00",
                     "householdId":"%s","payload":{"condition":"dilapidated-d","onlyHouse":true,"seismicIntensity":6,"seismicCompliant":true}}"""
                    .formatted(n, day, household));
        }
        try (TopicReader alerts = new TopicReader(kafka.clientProperties(), List.of(Topics.ALERTS))) {
            return alerts.readUntil(seen -> seen.stream().anyMatch(r -> household.equals(r.key())), Duration.ofSeconds(90))
                    .stream().filter(r -> household.equals(r.key())).findFirst().orElseThrow().value();
        }
    }

    static Path copyOfDefaultSet(String name) throws Exception {
        Path copy = Files.createDirectories(dir.resolve(name));
        try (var files = Files.list(Path.of("warning-indicators"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    static String run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).as(String.join(" ", argv)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
