package gx.doudi.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.event.Parsed;
import gx.doudi.event.RawRecord;
import gx.doudi.event.Topics;
import gx.doudi.kafka.TopicReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who sees what, tried directly against the HTTP API (issue 4 §5) with a real broker behind the console:
 * nothing without signing in; the centre sees everything masked; a department sees its own referral
 * channel with full ids and nothing of another's; an answer lands on the department's own events topic.
 */
class ConsoleAccessITCase {
    static final String PERSON = "450102201003150014";
    static final String MEDICAL_HOUSEHOLD = "450102-00012345";
    static final String HEALTH_HOUSEHOLD = "450203-00000077";
    static final String MEDICAL_REFERRAL = "a-med-1/medical-security";
    static final String HEALTH_REFERRAL = "a-hea-1/health";

    @TempDir
    static Path dir;
    static ConsoleFixture fixture;
    static String address;

    @BeforeAll
    static void start() throws Exception {
        fixture = ConsoleFixture.start(dir);
        address = fixture.console.address();
        fixture.send(Topics.ALERTS, MEDICAL_HOUSEHOLD, Records.alert("a-med-1", MEDICAL_HOUSEHOLD, "450102", "medical-burden",
                "red", List.of("medical"), "raised", List.of("medical-security")));
        fixture.send(Topics.referrals("medical-security"), MEDICAL_HOUSEHOLD, Records.referral("a-med-1", "medical-security",
                MEDICAL_HOUSEHOLD, "450102", "red", PERSON, "2025-03-05T10:00:00+08:00"));
        fixture.send(Topics.referrals("health"), HEALTH_HOUSEHOLD, Records.referral("a-hea-1", "health",
                HEALTH_HOUSEHOLD, "450203", "orange", "450203198507070031", "2025-03-09T10:00:00+08:00"));
        fixture.send(Topics.CHAINS, MEDICAL_HOUSEHOLD, Records.chain("a-med-1", "medical-security", MEDICAL_HOUSEHOLD, "450102", null));
        fixture.send(Topics.CHAINS, HEALTH_HOUSEHOLD, Records.chain("a-hea-1", "health", HEALTH_HOUSEHOLD, "450203", null));
        Http centre = signedIn(ConsoleFixture.CENTRE);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (centre.get("api/referrals").json().path("total").asInt() < 2 || centre.get("api/chain?household=" + HEALTH_HOUSEHOLD).status() != 200) {
            assertThat(System.nanoTime()).as("the console read the topics within a minute").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    static Http signedIn(String user) throws Exception {
        Http http = new Http(address);
        assertThat(http.signIn(user, ConsoleFixture.password(user))).as(user + " signs in").isTrue();
        return http;
    }

    @Test
    void withoutSigningInNothingIsShown() throws Exception {
        Http stranger = new Http(address);
        for (String api : List.of("api/alerts", "api/glance", "api/referrals", "api/referrals?department=health",
                "api/chain?household=" + MEDICAL_HOUSEHOLD, "api/me", "api/meta", "api/stream")) {
            Http.Answer a = stranger.get(api);
            assertThat(a.status()).as(api).isEqualTo(401);
            assertThat(a.body()).as(api).doesNotContain(MEDICAL_HOUSEHOLD).doesNotContain("a-med-1");
        }
        for (String page : List.of("", "assets/app.js", "assets/app.css")) {
            Http.Answer a = stranger.get(page);
            assertThat(a.status()).as(page).isEqualTo(303);
            assertThat(a.location()).as(page).isEqualTo("/signin");
        }
        assertThat(stranger.post("api/answers", answer(MEDICAL_REFERRAL, "granted"), true).status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsTurnedAway() throws Exception {
        assertThat(new Http(address).signIn(ConsoleFixture.MEDICAL, "not-the-password")).isFalse();
        assertThat(new Http(address).signIn("nobody", "whatever")).isFalse();
        assertThat(new Http(address).signIn(ConsoleFixture.MEDICAL, ConsoleFixture.password(ConsoleFixture.MEDICAL))).isTrue();
    }

    @Test
    void aDepartmentSeesItsOwnReferralsInFullAndNoOtherChannel() throws Exception {
        Http medical = signedIn(ConsoleFixture.MEDICAL);
        JsonNode own = medical.get("api/referrals").json();
        assertThat(ids(own)).containsExactly(MEDICAL_REFERRAL);
        assertThat(own.path("rows").get(0).path("subjects").get(0).asText()).isEqualTo(PERSON);

        assertThat(medical.get("api/referrals?department=health").status()).isEqualTo(403);
        assertThat(medical.get("api/referrals?department=health").body()).doesNotContain(HEALTH_HOUSEHOLD);
        assertThat(medical.get("api/referrals?q=" + HEALTH_HOUSEHOLD).json().path("total").asInt()).isZero();
        assertThat(medical.get("api/chain?household=" + HEALTH_HOUSEHOLD).status()).isEqualTo(404);
        assertThat(medical.get("api/chain?household=" + MEDICAL_HOUSEHOLD).status()).isEqualTo(200);
        assertThat(medical.get("api/alerts").status()).isEqualTo(403);
        assertThat(medical.post("api/answers", answer(HEALTH_REFERRAL, "granted"), true).status()).isEqualTo(404);

        Http health = signedIn(ConsoleFixture.HEALTH);
        assertThat(ids(health.get("api/referrals").json())).containsExactly(HEALTH_REFERRAL);
        assertThat(health.get("api/referrals?department=medical-security").status()).isEqualTo(403);
    }

    @Test
    void theCentreSeesEveryChannelButEveryPersonalIdMasked() throws Exception {
        Http centre = signedIn(ConsoleFixture.CENTRE);
        JsonNode all = centre.get("api/referrals").json();
        assertThat(ids(all)).containsExactlyInAnyOrder(MEDICAL_REFERRAL, HEALTH_REFERRAL);
        for (String api : List.of("api/referrals", "api/referrals?department=medical-security", "api/alerts",
                "api/chain?household=" + MEDICAL_HOUSEHOLD)) {
            assertThat(centre.get(api).body()).as(api).doesNotContain(PERSON).doesNotContain("450203198507070031");
        }
        assertThat(centre.get("api/referrals?department=medical-security").json().path("rows").get(0)
                .path("subjects").get(0).asText()).isEqualTo("4501**********0014");
        assertThat(centre.get("api/referrals?q=" + PERSON).json().path("total").asInt())
                .as("the centre cannot find a person by the full id it is not shown").isZero();
        assertThat(centre.post("api/answers", answer(MEDICAL_REFERRAL, "granted"), true).status()).isEqualTo(403);
    }

    @Test
    void aChangeWithoutThePagesTokenIsRefused() throws Exception {
        Http medical = signedIn(ConsoleFixture.MEDICAL);
        assertThat(medical.post("api/answers", answer(MEDICAL_REFERRAL, "granted"), false).status()).isEqualTo(403);
    }

    @Test
    void anAnswerIsWrittenToTheDepartmentsOwnEventsTopicAsAValidEvent() throws Exception {
        Http medical = signedIn(ConsoleFixture.MEDICAL);
        Http.Answer sent = medical.post("api/answers",
                "{\"referralId\":\"" + MEDICAL_REFERRAL + "\",\"outcome\":\"in-progress\",\"note\":\"家访已安排\",\"amount\":\"\"}", true);
        assertThat(sent.status()).isEqualTo(202);
        String eventId = sent.json().path("eventId").asText();

        try (TopicReader reader = new TopicReader(fixture.kafka.clientProperties(), List.of(Topics.events("medical-security")))) {
            List<TopicReader.Read> read = reader.readUntil(rs -> rs.stream().anyMatch(r -> r.value().path("eventId").asText().equals(eventId)),
                    Duration.ofSeconds(30));
            TopicReader.Read event = read.stream().filter(r -> r.value().path("eventId").asText().equals(eventId)).findFirst().orElseThrow();
            assertThat(event.key()).isEqualTo(MEDICAL_HOUSEHOLD);
            assertThat(event.value().path("source").asText()).isEqualTo("medical-security");
            assertThat(event.value().path("type").asText()).isEqualTo("assistance.result");
            assertThat(event.value().path("payload").path("referralId").asText()).isEqualTo(MEDICAL_REFERRAL);
            assertThat(event.value().path("payload").path("outcome").asText()).isEqualTo("in-progress");
            assertThat(event.value().path("payload").path("note").asText()).isEqualTo("家访已安排");
            Parsed parsed = Parsed.of(new RawRecord(Topics.events("medical-security"), 0, 0, event.value().toString()),
                    ConsoleFixture.NOW.toEpochMilli());
            assertThat(parsed.rejected).as("the engine accepts the answer").isNull();
        }
        JsonNode row = medical.get("api/referrals").json().path("rows").get(0);
        assertThat(row.path("answer").path("outcome").asText()).isEqualTo("in-progress");
        assertThat(row.path("answer").path("confirmed").asBoolean()).isFalse();
    }

    private static String answer(String referralId, String outcome) {
        return "{\"referralId\":\"" + referralId + "\",\"outcome\":\"" + outcome + "\"}";
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("rows").forEach(r -> ids.add(r.path("referralId").asText()));
        return ids;
    }
}
