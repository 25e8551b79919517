package gx.doudi.console;

import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.event.Times;
import gx.doudi.event.PersonIds;
import gx.doudi.event.Topics;
import gx.doudi.generate.Generator;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.indicator.IndicatorSetLoader;
import gx.doudi.kafka.EngineUnderTest;
import gx.doudi.kafka.EmbeddedKafka;
import gx.doudi.kafka.EventProducer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;

/**
 * The demo's setup, end to end: a generator's department events into a real broker, the engine on a
 * local Flink cluster, and the console with the demo's users. The centre signs in with the ready address
 * the demo prints and sees the engine's alerts live; the test browser's screenshot of that page is the
 * README's ({@code -Ddoudi.console.screenshot=docs/console.png} writes it there; else target/console.png).
 * A household's medical bills make the engine refer it to medical security, which answers from the page;
 * the engine takes the answer into the household's chain, and the chain view shows it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleDemoITCase {
    static final Duration SPAN = Duration.ofDays(300);
    /** Waits on the engine: it reads, judges and commits (checkpoints) before the console sees anything. */
    static final Duration ENGINE = Duration.ofSeconds(120);
    static final String HOUSEHOLD = "450102-77700001";
    static final String HEAD = "45010219800101002";

    @TempDir
    static Path dir;
    static EmbeddedKafka kafka;
    static JobClient job;
    static MonitoringConsole console;
    static Users.Generated users;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafka.start();
        kafka.createTopics(2);
        IndicatorSet indicators = IndicatorSetLoader.load(Path.of("warning-indicators"));
        job = EngineUnderTest.start(EngineUnderTest.config(kafka), indicators, kafka.clientProperties(), "doudi console demo");

        users = Users.generate(1000);
        // the departments' "now": a few days after the generator's last event and this household's bills
        Clock endOfSpan = Clock.fixed(Generator.DEFAULT_START.plus(SPAN).plus(Duration.ofDays(4)), ZoneOffset.UTC);
        console = MonitoringConsole.start(new MonitoringConsole.Settings(kafka.clientProperties(), "127.0.0.1", 0,
                users.users(), indicators, endOfSpan));
        browser = new Browser(dir.resolve("chromium"));
        browser.driver.get(console.signInLink("centre"));
        browser.until(d -> browser.text("#user").startsWith("centre"));

        Generator generator = new Generator(42, 1500, 20_000, Generator.DEFAULT_START, SPAN, 0.005);
        try (EventProducer producer = new EventProducer(kafka.clientProperties())) {
            generator.forEachRemaining(producer::send);
            medicalBills(producer, Generator.DEFAULT_START.plus(SPAN).plus(Duration.ofDays(2)));
        }
    }

    /** A one-person household in 南宁 兴宁区 with 30,000 yuan a year and 48,000 yuan out of pocket for a stay in hospital. */
    static void medicalBills(EventProducer producer, Instant day) {
        String head = HEAD + PersonIds.checkChar(HEAD);
        String at = Times.iso(day.toEpochMilli());
        producer.send(Topics.events("civil-affairs"), HOUSEHOLD, """
                {"eventId":"ca-console-1","source":"civil-affairs","type":"household.registered","occurredAt":"%s",
                 "householdId":"%s","region":"450102","payload":{"residence":"urban","members":[
                 {"personId":"%s","relation":"head","birthDate":"1980-01-01","mainEarner":true}]}}""".formatted(at, HOUSEHOLD, head));
        producer.send(Topics.events("civil-affairs"), HOUSEHOLD, """
                {"eventId":"ca-console-2","source":"civil-affairs","type":"household.income.assessed","occurredAt":"%s",
                 "householdId":"%s","payload":{"annualIncome":30000}}""".formatted(Times.iso(day.toEpochMilli() + 60_000), HOUSEHOLD));
        producer.send(Topics.events("medical-security"), HOUSEHOLD, """
                {"eventId":"ms-console-1","source":"medical-security","type":"medical.expense.settled","occurredAt":"%s",
                 "householdId":"%s","payload":{"total":60000,"reimbursed":12000,"outOfPocket":48000,"inpatient":true}}"""
                .formatted(Times.iso(day.toEpochMilli() + 3_600_000), HOUSEHOLD));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (console != null) {
            console.close();
        }
        EngineUnderTest.stop(job, kafka);
    }

    @Test
    @Order(1)
    void theCentreWatchesTheEnginesAlertsArriveAndTheScreenshotShowsThem() throws Exception {
        browser.until(d -> browser.all("#feed tr[data-alert-id]").size() == ConsoleApi.PAGE);
        browser.until(d -> browser.attributes("#chart-cities g[data-key]", "data-value").stream().filter(v -> !v.equals("0")).count() >= 10);
        assertThat(browser.texts("#feed .indicator .zh")).allMatch(name -> !name.isBlank());
        assertThat(browser.texts("#feed .city")).allMatch(city -> city.endsWith("市"));
        assertThat(browser.driver.getCurrentUrl()).as("the sign-in link was used up and left").doesNotContain("token");
        assertThat(browser.attribute("#live", "class")).isEqualTo("live");

        Path shot = Path.of(System.getProperty("doudi.console.screenshot", "target/console.png"));
        Files.createDirectories(shot.toAbsolutePath().getParent());
        Files.copy(browser.driver.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(shot)).isBetween(10_000L, 1_000_000L);
    }

    @Test
    @Order(2)
    void aDepartmentSignsInWithItsDemoPasswordAndSeesItsReferralsFromTheEngine() throws Exception {
        try (Browser department = new Browser(dir.resolve("chromium-department"))) {
            department.signIn(console.address(), "civil-affairs", users.passwords().get("civil-affairs"));
            department.until(d -> !department.all("#referrals tr[data-referral-id]").isEmpty());
            assertThat(department.attributes("#referrals tr[data-referral-id]", "data-department")).containsOnly("civil-affairs");
            assertThat(department.texts("#referrals .subjects")).anyMatch(ids -> ids.matches("(?s).*\\d{17}[\\dX].*"));
        }
    }

    @Test
    @Order(3)
    void aDepartmentsAnswerFromThePageAppearsInTheHouseholdsChain() throws Exception {
        String referral = "#referrals tr[data-household='" + HOUSEHOLD + "'][data-department=medical-security]";
        try (Browser department = new Browser(dir.resolve("chromium-medical"))) {
            department.signIn(console.address(), "medical-security", users.passwords().get("medical-security"));
            department.one("#r-query").sendKeys(HOUSEHOLD);
            department.until(d -> !department.all(referral).isEmpty(), ENGINE);
            assertThat(department.text(referral + " .indicator .zh")).isEqualTo("医疗负担过重");
            assertThat(department.text(referral + " .subjects")).isEqualTo(HEAD + PersonIds.checkChar(HEAD));

            department.click(referral + " button.answer");
            department.choose("#answer-outcome", "granted");
            department.one("#answer-amount").sendKeys("2000");
            department.click("#answer-send");
            department.until(d -> department.text(referral + " td.state").contains("已提交"));

            department.click(referral + " td.household");
            department.until(d -> !department.all("#timeline li[data-entry=answer]").isEmpty(), ENGINE);
            assertThat(department.text("#timeline li[data-entry=answer]")).contains("医疗保障").contains("已给予救助");
            department.until(d -> department.attribute(referral, "data-state").equals("answered"));
        }
    }

    @Test
    @Order(4)
    void theCentresChainViewShowsTheReferralAndItsAnswer() {
        browser.driver.navigate().refresh();
        browser.until(d -> browser.text("#user").startsWith("centre"));
        browser.one("#f-household").sendKeys(HOUSEHOLD);
        browser.until(d -> !browser.all("#feed tr[data-household='" + HOUSEHOLD + "']").isEmpty());
        browser.click("#feed tr[data-household='" + HOUSEHOLD + "'] .indicator");
        browser.until(d -> !browser.all("#timeline li[data-entry=answer]").isEmpty());
        assertThat(browser.text("#chain-household")).isEqualTo(HOUSEHOLD);
        assertThat(browser.texts("#timeline li[data-entry=referral]")).anyMatch(t -> t.contains("医疗保障"));
        assertThat(browser.texts("#timeline li[data-entry=answer]")).anyMatch(t -> t.contains("已给予救助"));
        assertThat(browser.driver.getPageSource()).doesNotContain(HEAD + PersonIds.checkChar(HEAD));
    }
}
