package gx.doudi.console;

import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.generate.Generator;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.indicator.IndicatorSetLoader;
import gx.doudi.kafka.EmbeddedKafka;
import gx.doudi.kafka.EventProducer;
import gx.doudi.kafka.KafkaDriver;
import gx.doudi.pipeline.JobConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;

/**
 * The demo's setup, end to end: a generator's department events into a real broker, the engine on a
 * local Flink cluster, and the console with the demo's users. The centre signs in with the ready address
 * the demo prints and sees the engine's alerts live; the test browser's screenshot of that page is the
 * README's ({@code -Ddoudi.console.screenshot=docs/console.png} writes it there; else target/console.png).
 */
class ConsoleDemoITCase {
    static final Duration SPAN = Duration.ofDays(300);

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
        JobConfig config = JobConfig.defaults().with(c -> c.bootstrap = kafka.bootstrap()).with(c -> c.parallelism = 2)
                .withFlink("execution.checkpointing.interval", "1s");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config.flinkConfiguration());
        env.setParallelism(2);
        KafkaDriver.wire(env, indicators, config, kafka.clientProperties());
        job = env.executeAsync("doudi console demo");

        users = Users.generate(1000);
        Clock endOfSpan = Clock.fixed(Generator.DEFAULT_START.plus(SPAN), ZoneOffset.UTC);
        console = MonitoringConsole.start(new MonitoringConsole.Settings(kafka.clientProperties(), "127.0.0.1", 0,
                users.users(), indicators, endOfSpan));
        browser = new Browser(dir.resolve("chromium"));
        browser.driver.get(console.signInLink("centre"));
        browser.until(d -> browser.text("#user").startsWith("centre"));

        Generator generator = new Generator(42, 1500, 20_000, Generator.DEFAULT_START, SPAN, 0.005);
        try (EventProducer producer = new EventProducer(kafka.clientProperties())) {
            generator.forEachRemaining(producer::send);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (console != null) {
            console.close();
        }
        if (job != null) {
            job.cancel().get();
        }
        kafka.close();
    }

    @Test
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
    void aDepartmentSignsInWithItsDemoPasswordAndSeesItsReferralsFromTheEngine() throws Exception {
        try (Browser department = new Browser(dir.resolve("chromium-department"))) {
            department.signIn(console.address(), "civil-affairs", users.passwords().get("civil-affairs"));
            department.until(d -> !department.all("#referrals tr[data-referral-id]").isEmpty());
            assertThat(department.attributes("#referrals tr[data-referral-id]", "data-department")).containsOnly("civil-affairs");
            assertThat(department.texts("#referrals .subjects")).anyMatch(ids -> ids.matches("(?s).*\\d{17}[\\dX].*"));
        }
    }
}
