package gx.doudi.console;

import gx.doudi.indicator.IndicatorSetLoader;
import gx.doudi.kafka.EmbeddedKafka;
import gx.doudi.kafka.EventProducer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * One real Kafka broker (KRaft) with the contract's topics, and a console on it with three users from a
 * users file: the centre, medical security and health. One per test class.
 */
final class ConsoleFixture implements AutoCloseable {
    static final String CENTRE = "centre";
    static final String MEDICAL = "medical";
    static final String HEALTH = "health";
    /** The fixture's "now": after the test records' referrals and before their due dates unless said otherwise. */
    static final Instant NOW = Instant.parse("2025-03-03T00:00:00Z");

    final EmbeddedKafka kafka;
    final EventProducer producer;
    final MonitoringConsole console;
    final Path users;

    private ConsoleFixture(EmbeddedKafka kafka, Path users, Clock clock) throws Exception {
        this.kafka = kafka;
        this.users = users;
        this.producer = new EventProducer(kafka.clientProperties());
        this.console = MonitoringConsole.start(new MonitoringConsole.Settings(kafka.clientProperties(), "127.0.0.1", 0,
                Users.load(users), IndicatorSetLoader.load(Path.of("warning-indicators")), clock));
    }

    static ConsoleFixture start(Path dir) throws Exception {
        return start(dir, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static ConsoleFixture start(Path dir, Clock clock) throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.start();
        kafka.createTopics(1);
        return new ConsoleFixture(kafka, writeUsers(dir.resolve("console-users.yaml")), clock);
    }

    static String password(String user) {
        return user + "-secret";
    }

    static Path writeUsers(Path file) throws Exception {
        Files.writeString(file, """
                users:
                  - name: %s
                    role: monitoring-centre
                    password: "%s"
                  - name: %s
                    role: department
                    department: medical-security
                    password: "%s"
                  - name: %s
                    role: department
                    department: health
                    password: "%s"
                """.formatted(CENTRE, hash(CENTRE), MEDICAL, hash(MEDICAL), HEALTH, hash(HEALTH)));
        return file;
    }

    private static String hash(String user) {
        return PasswordHash.create(password(user).toCharArray(), 1000);
    }

    void send(String topic, String key, String json) {
        producer.send(topic, key, json);
        producer.flush();
    }

    @Override
    public void close() throws Exception {
        console.close();
        producer.close();
        kafka.close();
    }
}
