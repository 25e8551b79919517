package gx.doudi.console;

import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.event.Topics;
import gx.doudi.kafka.TopicReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console in real headless Chromium, over a real broker with records put on the engine's topics by
 * the test: alerts appear without a reload, the filters narrow the feed, an open chain view follows its
 * chain, a department answers from the page and sees only its own channel, and the feed pages 100,000
 * alerts. {@link ConsoleDemoITCase} runs the same page over the real engine.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserITCase {
    @TempDir
    static Path dir;
    static ConsoleFixture fixture;
    static Browser browser;
    static String address;

    @BeforeAll
    static void start() throws Exception {
        fixture = ConsoleFixture.start(dir);
        address = fixture.console.address();
        browser = new Browser(dir.resolve("chromium"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        fixture.close();
    }

    static void alert(String id, String household, String region, String grade, String type, String status, String department) {
        fixture.send(Topics.ALERTS, household, Records.alert(id, household, region, "medical-burden", grade,
                List.of(type), status, List.of(department)));
    }

    Set<String> feedIds() {
        return Set.copyOf(browser.attributes("#feed tr[data-alert-id]", "data-alert-id"));
    }

    @Test
    @Order(1)
    void anAlertProducedIntoKafkaAppearsWithoutAReload() {
        browser.signIn(address, ConsoleFixture.CENTRE, ConsoleFixture.password(ConsoleFixture.CENTRE));
        browser.until(d -> browser.attribute("#live", "class").equals("live"));
        browser.driver.executeScript("window.stillTheSamePage = true;");
        String redBefore = browser.attribute("#chart-grades g[data-key=red]", "data-value");

        alert("a-live-1", "450102-00000001", "450102", "red", "medical", "raised", "medical-security");

        String row = "#feed tr[data-alert-id='a-live-1'] ";
        browser.until(d -> !browser.all(row).isEmpty());
        assertThat(browser.attribute(row + ".grade", "class")).contains("red");
        assertThat(browser.text(row + ".tag")).isEqualTo("医疗");
        assertThat(browser.text(row + ".city")).isEqualTo("南宁市");
        assertThat(browser.text(row + ".county")).isEqualTo("兴宁区");
        assertThat(browser.text(row + ".indicator .zh")).isEqualTo("医疗负担过重");
        assertThat(browser.text(row + ".indicator .en")).isEqualTo("Heavy medical burden");
        assertThat(browser.text(row + ".action")).isEqualTo("转介救助");
        assertThat(browser.text(row + ".status")).isEqualTo("新发");
        browser.until(d -> !redBefore.equals(browser.attribute("#chart-grades g[data-key=red]", "data-value")));
        assertThat(browser.attribute("#chart-grades g[data-key=red]", "data-value"))
                .isEqualTo(String.valueOf(Integer.parseInt(redBefore) + 1));
        assertThat(browser.attribute("#chart-cities g[data-key='450100']", "data-value")).isNotEqualTo("0");

        alert("a-live-1", "450102-00000001", "450102", "red", "medical", "resolved", "medical-security");
        browser.until(d -> browser.text(row + ".status").equals("已解除"));
        assertThat(browser.all("#feed tr[data-alert-id='a-live-1']")).as("one row per alert").hasSize(1);
        assertThat(browser.driver.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
    }

    @Test
    @Order(2)
    void theFiltersNarrowTheFeed() {
        alert("a-f-1", "450102-10000001", "450102", "red", "medical", "raised", "medical-security");
        alert("a-f-2", "450203-10000002", "450203", "orange", "housing", "raised", "housing");
        alert("a-f-3", "450305-10000003", "450305", "yellow", "employment", "resolved", "human-resources");
        alert("a-f-4", "450103-10000004", "450103", "orange", "medical", "escalated", "medical-security");
        browser.signIn(address, ConsoleFixture.CENTRE, ConsoleFixture.password(ConsoleFixture.CENTRE));
        browser.until(d -> feedIds().containsAll(Set.of("a-f-1", "a-f-2", "a-f-3", "a-f-4")));

        narrowed("#f-grade", "orange", Set.of("a-f-2", "a-f-4"), Set.of("a-f-1", "a-f-3"), "[data-grade=orange]");
        narrowed("#f-type", "medical", Set.of("a-f-1", "a-f-4"), Set.of("a-f-2", "a-f-3"), "[data-type=medical]");
        narrowed("#f-status", "resolved", Set.of("a-f-3"), Set.of("a-f-1", "a-f-2", "a-f-4"), "[data-status=resolved]");
        narrowed("#f-status", "open", Set.of("a-f-1", "a-f-2", "a-f-4"), Set.of("a-f-3"), null);
        narrowed("#f-department", "housing", Set.of("a-f-2"), Set.of("a-f-1", "a-f-3", "a-f-4"), null);
        narrowed("#f-city", "450100", Set.of("a-f-1", "a-f-4"), Set.of("a-f-2", "a-f-3"), null);
        assertThat(browser.texts("#feed .city")).containsOnly("南宁市");
        browser.choose("#f-county", "450103");
        browser.until(d -> feedIds().contains("a-f-4") && !feedIds().contains("a-f-1"));
        assertThat(browser.texts("#feed .county")).containsOnly("青秀区");

        browser.click("#f-clear");
        browser.until(d -> feedIds().containsAll(Set.of("a-f-1", "a-f-2", "a-f-3", "a-f-4")));
        browser.one("#f-household").sendKeys("10000003");
        browser.until(d -> feedIds().equals(Set.of("a-f-3")));
        browser.click("#f-clear");
        browser.until(d -> feedIds().size() > 1);
    }

    private void narrowed(String select, String value, Set<String> kept, Set<String> dropped, String eachRowHas) {
        browser.click("#f-clear");
        browser.until(d -> feedIds().containsAll(dropped));
        browser.choose(select, value);
        browser.until(d -> feedIds().containsAll(kept) && dropped.stream().noneMatch(feedIds()::contains));
        if (eachRowHas != null) {
            assertThat(browser.all("#feed tr[data-alert-id] " + eachRowHas)).as("every row shows " + eachRowHas)
                    .hasSize(browser.all("#feed tr[data-alert-id]").size());
        }
    }

    @Test
    @Order(3)
    void theOpenChainViewShowsTheReferralAndTakesItsAnswerWhenANewChainArrives() {
        String household = "450602-20000001";
        alert("a-chain-1", household, "450602", "red", "medical", "raised", "medical-security");
        fixture.send(Topics.CHAINS, household, Records.chain("a-chain-1", "medical-security", household, "450602", null));
        browser.signIn(address, ConsoleFixture.CENTRE, ConsoleFixture.password(ConsoleFixture.CENTRE));
        browser.one("#f-household").sendKeys(household);
        browser.until(d -> feedIds().equals(Set.of("a-chain-1")));
        browser.click("#feed tr[data-alert-id='a-chain-1']");

        browser.until(d -> !browser.all("#timeline li[data-entry=referral]").isEmpty());
        assertThat(browser.text("#chain-household")).isEqualTo(household);
        assertThat(browser.text("#timeline li[data-entry=alert]")).contains("医疗负担过重");
        assertThat(browser.text("#timeline li[data-entry=referral]")).contains("医疗保障");
        assertThat(browser.all("#timeline li[data-entry=answer]")).isEmpty();
        assertThat(browser.all("#open-referrals li")).hasSize(1);

        // the answer arrives in a new version of the chain while the household is open
        fixture.send(Topics.CHAINS, household, Records.chain("a-chain-1", "medical-security", household, "450602", "granted"));
        browser.until(d -> !browser.all("#timeline li[data-entry=answer]").isEmpty());
        assertThat(browser.text("#timeline li[data-entry=answer]")).contains("已给予救助").contains("医疗保障");
        assertThat(browser.all("#open-referrals li")).isEmpty();
        browser.click("#household-close");
    }

    @Test
    @Order(4)
    void aDepartmentRecordsAnAnswerOnThePageAndItIsWrittenToItsEventsTopic() throws Exception {
        fixture.send(Topics.referrals("medical-security"), "450102-30000001", Records.referral("a-ans-1", "medical-security",
                "450102-30000001", "450102", "red", "450102201003150014", "2025-03-05T10:00:00+08:00"));
        browser.signIn(address, ConsoleFixture.MEDICAL, ConsoleFixture.password(ConsoleFixture.MEDICAL));
        String row = "#referrals tr[data-referral-id='a-ans-1/medical-security']";
        browser.until(d -> !browser.all(row).isEmpty());
        assertThat(browser.text(row + " .subjects")).as("a department sees its persons in full").isEqualTo("450102201003150014");
        assertThat(browser.attribute(row, "data-state")).isEqualTo("open");

        browser.click(row + " button.answer");
        browser.choose("#answer-outcome", "granted");
        browser.one("#answer-amount").sendKeys("2000");
        browser.one("#answer-note").sendKeys("已发放医疗救助");
        browser.click("#answer-send");
        browser.until(d -> browser.text(row + " td.state").contains("已提交"));

        try (TopicReader reader = new TopicReader(fixture.kafka.clientProperties(), List.of(Topics.events("medical-security")))) {
            List<TopicReader.Read> read = reader.readUntil(rs -> rs.stream().anyMatch(ConsoleBrowserITCase::isTheAnswer), Duration.ofSeconds(30));
            TopicReader.Read answer = read.stream().filter(ConsoleBrowserITCase::isTheAnswer).findFirst().orElseThrow();
            assertThat(answer.value().path("payload").path("outcome").asText()).isEqualTo("granted");
            assertThat(answer.value().path("payload").path("amount").asDouble()).isEqualTo(2000.0);
            assertThat(answer.value().path("source").asText()).isEqualTo("medical-security");
        }
    }

    private static boolean isTheAnswer(TopicReader.Read r) {
        return r.value().path("payload").path("referralId").asText().equals("a-ans-1/medical-security");
    }

    @Test
    @Order(5)
    void aDepartmentCannotSeeAnotherDepartmentsReferralsOnThePage() {
        fixture.send(Topics.referrals("health"), "450203-30000002", Records.referral("a-hea-2", "health",
                "450203-30000002", "450203", "orange", "450203198507070031", "2025-03-09T10:00:00+08:00"));
        browser.signIn(address, ConsoleFixture.HEALTH, ConsoleFixture.password(ConsoleFixture.HEALTH));
        browser.until(d -> !browser.all("#referrals tr[data-referral-id='a-hea-2/health']").isEmpty());
        assertThat(browser.attributes("#referrals tr[data-referral-id]", "data-department")).containsOnly("health");
        assertThat(browser.texts("#tabs button")).containsExactly("转介 Referrals");
        assertThat(browser.all("#r-department")).allMatch(s -> !s.isDisplayed());
        assertThat(browser.driver.getPageSource()).doesNotContain("a-ans-1").doesNotContain("450102201003150014");

        browser.driver.get(address + "api/referrals?department=medical-security");
        assertThat(browser.driver.getPageSource()).doesNotContain("a-ans-1").doesNotContain("450102-30000001");
        browser.driver.get(address + "api/alerts");
        assertThat(browser.driver.getPageSource()).doesNotContain("a-live-1").doesNotContain("450102-00000001");
    }

    @Test
    @Order(6)
    void theFeedPagesAHundredThousandAlertsWithoutDrawingThemAll() {
        for (int i = 0; i < 100_000; i++) {
            String household = String.format("451200-%08d", i);
            fixture.producer.send(Topics.ALERTS, household, Records.alert("a-bulk-" + i, household, "451202", "below-dibao",
                    i % 3 == 0 ? "red" : "yellow", List.of("basic-living"), "raised", List.of("civil-affairs")));
        }
        fixture.producer.flush();
        browser.signIn(address, ConsoleFixture.CENTRE, ConsoleFixture.password(ConsoleFixture.CENTRE));
        browser.choose("#f-city", "451200");
        browser.until(d -> browser.text("#range").endsWith("/ 100,000"));
        assertThat(browser.all("#feed tr[data-alert-id]")).hasSize(ConsoleApi.PAGE);
        assertThat(browser.attribute("#chart-cities g[data-key='451200']", "data-value")).isEqualTo("100000");
        browser.click("#next");
        browser.until(d -> browser.text("#range").startsWith("51–100"));
        assertThat(browser.all("#feed tr[data-alert-id]")).hasSize(ConsoleApi.PAGE);
        assertThat(feedIds()).contains("a-bulk-99949");
    }
}
