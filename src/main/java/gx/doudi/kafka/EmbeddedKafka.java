package gx.doudi.kafka;

import gx.doudi.event.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process), from the
 * {@code kafka_2.13} jar: what {@code demo} and the tests run when there is no Kafka to hand.
 *
 * <p>It runs as docker-compose's broker does: SASL/SCRAM-SHA-256 on its one client listener (no TLS, it
 * listens on loopback alone), the StandardAuthorizer, and the ACLs of {@link Principals}. Each start
 * gives every principal a new random password and writes its client settings to
 * {@code <dir>/clients/<principal>.properties}, the file {@code --client-properties} takes.
 * {@link #clientProperties()} is the admin's, a super user.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final String LISTENER = "SASL_PLAINTEXT";
    private static final String CONTROLLER = "CONTROLLER";

    private final Path dir;
    private final boolean deleteOnClose;
    private final KafkaRaftServer server;
    private final String bootstrap;
    private final Map<String, String> passwords;

    private EmbeddedKafka(Path dir, boolean deleteOnClose, KafkaRaftServer server, String bootstrap,
                          Map<String, String> passwords) {
        this.dir = dir;
        this.deleteOnClose = deleteOnClose;
        this.server = server;
        this.bootstrap = bootstrap;
        this.passwords = passwords;
    }

    /** Starts a broker with its log in a fresh temporary directory, deleted on close. */
    public static EmbeddedKafka start() throws Exception {
        return start(Files.createTempDirectory("doudi-kafka-"), true, Map.of());
    }

    public static EmbeddedKafka start(Path dir, boolean deleteOnClose, Map<String, String> overrides) throws Exception {
        int port = freePort();
        int controllerPort = freePort();
        String logDir = dir.resolve("log").toString();
        Map<String, String> passwords = KafkaSecurity.newPasswords(Principals.all());
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        props.put("listeners", LISTENER + "://localhost:" + port + "," + CONTROLLER + "://localhost:" + controllerPort);
        props.put("advertised.listeners", LISTENER + "://localhost:" + port);
        props.put("controller.listener.names", CONTROLLER);
        props.put("inter.broker.listener.name", LISTENER);
        props.putAll(KafkaSecurity.brokerProperties(LISTENER, CONTROLLER, passwords.get(Principals.ADMIN)));
        props.put("log.dirs", logDir);
        props.put("num.partitions", "2");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "2");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "2");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("log.flush.interval.messages", Long.toString(Long.MAX_VALUE));
        props.putAll(overrides);

        new Formatter()
                .setPrintStream(new PrintStream(new ByteArrayOutputStream()))
                .setNodeId(1)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDir))
                .setMetadataLogDirectory(logDir)
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setControllerListenerName(CONTROLLER)
                .setScramArguments(KafkaSecurity.scramArguments(passwords))
                .run();
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        server.startup();
        EmbeddedKafka kafka = new EmbeddedKafka(dir, deleteOnClose, server, "localhost:" + port, passwords);
        for (String principal : passwords.keySet()) {
            KafkaSecurity.write(kafka.clientPropertiesFile(principal), kafka.clientProperties(principal),
                    "Kafka client settings of User:" + principal + " on the embedded broker (a new password each start)");
        }
        kafka.awaitReady();
        kafka.createAcls();
        return kafka;
    }

    public String bootstrap() {
        return bootstrap;
    }

    /** The admin's client settings: a super user, whom no ACL limits. */
    public Properties clientProperties() {
        return clientProperties(Principals.ADMIN);
    }

    /** The client settings of one of {@link Principals#all()}. */
    public Properties clientProperties(String principal) {
        return KafkaSecurity.clientProperties(bootstrap, principal, password(principal));
    }

    /** The file holding {@link #clientProperties(String)}, for {@code --client-properties}. */
    public Path clientPropertiesFile(String principal) {
        password(principal);
        return dir.resolve("clients").resolve(principal + ".properties");
    }

    private String password(String principal) {
        String password = passwords.get(principal);
        if (password == null) {
            throw new IllegalArgumentException("no such Kafka principal: " + principal + "; there are " + passwords.keySet());
        }
        return password;
    }

    /** Creates the contract's topics (§2), with {@code partitions} partitions each. */
    public void createTopics(int partitions) throws Exception {
        createTopics(clientProperties(), partitions);
    }

    public static void createTopics(Properties client, int partitions) throws Exception {
        List<NewTopic> topics = new ArrayList<>();
        for (String t : Topics.allEvents()) {
            topics.add(new NewTopic(t, partitions, (short) 1));
        }
        for (String t : Topics.allReferrals()) {
            topics.add(new NewTopic(t, partitions, (short) 1));
        }
        topics.add(new NewTopic(Topics.ALERTS, partitions, (short) 1));
        topics.add(new NewTopic(Topics.REJECTED, partitions, (short) 1));
        topics.add(new NewTopic(Topics.INDICATORS_STATUS, 1, (short) 1));
        topics.add(new NewTopic(Topics.CHAINS, partitions, (short) 1)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        topics.add(new NewTopic(Topics.INDICATORS, 1, (short) 1)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        try (Admin admin = Admin.create(client)) {
            for (NewTopic topic : topics) {
                try {
                    admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    /** Creates the ACLs of {@link Principals} and waits until the broker enforces them all. */
    private void createAcls() throws Exception {
        List<AclBinding> acls = Principals.acls();
        try (Admin admin = Admin.create(clientProperties())) {
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
            long deadline = System.currentTimeMillis() + 30_000;
            while (!admin.describeAcls(AclBindingFilter.ANY).values().get(30, TimeUnit.SECONDS).containsAll(acls)) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("the embedded broker did not apply its ACLs in 30 s");
                }
                Thread.sleep(50);
            }
        }
    }

    private void awaitReady() throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            try (Admin admin = Admin.create(clientProperties())) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("embedded Kafka did not become ready in 60 s", e);
                }
                Thread.sleep(200);
            }
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        if (deleteOnClose) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory left behind is harmless
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
