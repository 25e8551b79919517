package gx.doudi.console;

import gx.doudi.indicator.IndicatorSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * The monitoring centre's web console (issue 4): follows the engine's output topics on a Kafka and serves
 * the live page, the department views and their API. {@code demo} and {@code console} start it.
 */
public final class MonitoringConsole implements AutoCloseable {
    /** How many alerts the console holds; past that the longest-unchanged go. */
    public static final int ALERTS_HELD = 200_000;
    /** How many referrals the console holds; past that the closed go first, oldest first, then the oldest open. */
    public static final int REFERRALS_HELD = 500_000;
    /** How many households' chains the console holds; past that the longest-unchanged go. */
    public static final int CHAINS_HELD = 200_000;

    /**
     * @param client     Kafka client settings (bootstrap.servers, security)
     * @param host       the address to listen on (127.0.0.1 keeps the console on this machine)
     * @param port       0 for any free port
     * @param indicators the set whose indicator names the page shows; null shows indicator ids
     * @param clock      the time answers are stamped with and referrals fall overdue by: the wall clock,
     *                   or the demo's event clock
     */
    public record Settings(Properties client, String host, int port, Users users, IndicatorSet indicators, Clock clock) {}

    private final AlertBoard alerts = new AlertBoard(ALERTS_HELD);
    private final EngineOutputs outputs;
    private final AnswerSender answers;
    private final Sessions sessions;
    private final Users users;
    private final ConsoleServer server;
    private final String host;

    private MonitoringConsole(Settings s) {
        ReferralBoard referrals = new ReferralBoard(s.clock(), REFERRALS_HELD);
        ChainBoard chains = new ChainBoard(CHAINS_HELD);
        this.users = s.users();
        this.host = s.host();
        this.answers = new AnswerSender(s.client(), s.clock());
        this.outputs = new EngineOutputs(s.client(), alerts, referrals, chains);
        this.sessions = new Sessions(Duration.ofHours(8), Clock.systemUTC());
        ConsoleApi api = new ConsoleApi(alerts, referrals, chains, new Labels(s.indicators()), answers);
        this.server = new ConsoleServer(s.host(), s.port(), users, sessions, api, new LiveUpdates(api, Duration.ofMillis(300)));
    }

    public static MonitoringConsole start(Settings settings) {
        return new MonitoringConsole(settings);
    }

    /** The page's address. */
    public String address() {
        String shown = host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host;
        return "http://" + shown + ":" + server.port() + "/";
    }

    /** An address that signs this user in, once, within twelve hours. */
    public String signInLink(String userName) {
        User user = users.named(userName).orElseThrow(() -> new IllegalArgumentException("no user " + userName));
        return address() + "signin/link?token=" + sessions.link(user);
    }

    /** The held alerts by grade, type and status ("grade red" → n). */
    public Map<String, Long> alertCounts() {
        return alerts.counts();
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
        outputs.close();
        answers.close();
    }
}
