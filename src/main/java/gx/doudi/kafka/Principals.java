package gx.doudi.kafka;

import static org.apache.kafka.common.acl.AclOperation.DESCRIBE;
import static org.apache.kafka.common.acl.AclOperation.IDEMPOTENT_WRITE;
import static org.apache.kafka.common.acl.AclOperation.READ;
import static org.apache.kafka.common.acl.AclOperation.WRITE;
import static org.apache.kafka.common.resource.PatternType.LITERAL;
import static org.apache.kafka.common.resource.PatternType.PREFIXED;

import gx.doudi.event.Departments;
import gx.doudi.event.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.Resource;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on Doudi's topics (issue 6, item 6): each department writes its own events topic and
 * reads its own referrals; the engine, the monitoring centre, the indicator engineers and the generator
 * have principals of their own. The embedded broker creates these ACLs; {@code jobs/kafka-access.sh}
 * creates the same on docker-compose's broker ({@code KafkaAccessScriptTest} holds the two together).
 */
public final class Principals {
    /** Super user: creates topics, users and ACLs; the broker itself authenticates as it. */
    public static final String ADMIN = "admin";
    /** The streaming job. */
    public static final String ENGINE = "engine";
    /** The monitoring centre's console. */
    public static final String MONITORING_CENTRE = "monitoring-centre";
    /** Whoever runs {@code publish-indicators}. */
    public static final String INDICATOR_ENGINEER = "indicator-engineer";
    /** The synthetic event feed of {@code demo} and docker-compose: it writes every department's topic. */
    public static final String GENERATOR = "generator";

    /** The engine's consumer groups and transactional ids start with this: JobConfig's default groupId. */
    public static final String ENGINE_PREFIX = "doudi-engine";
    /** The console's consumer groups ({@code doudi-console-<uuid>}) start with this. */
    public static final String MONITORING_CENTRE_GROUP_PREFIX = "doudi-console-";

    private Principals() {}

    /** Every principal, admin first, then the services, then the ten departments of contract §1. */
    public static List<String> all() {
        List<String> all = new ArrayList<>(List.of(ADMIN, ENGINE, MONITORING_CENTRE, INDICATOR_ENGINEER, GENERATOR));
        all.addAll(Departments.ALL);
        return List.copyOf(all);
    }

    /** A department's consumer groups must start with this. */
    public static String groupPrefix(String department) {
        return department + "-";
    }

    /** The ACLs of every principal but admin, who as a super user needs none. Nobody else may do anything. */
    public static List<AclBinding> acls() {
        Acls acls = new Acls();
        for (String d : Departments.ALL) {
            acls.allow(d, ResourceType.TOPIC, LITERAL, Topics.events(d), WRITE, DESCRIBE);
            acls.allow(d, ResourceType.TOPIC, LITERAL, Topics.referrals(d), READ, DESCRIBE);
            acls.allow(d, ResourceType.GROUP, PREFIXED, groupPrefix(d), READ);
        }

        acls.allow(ENGINE, ResourceType.TOPIC, PREFIXED, Topics.EVENTS_PREFIX, READ, DESCRIBE);
        acls.allow(ENGINE, ResourceType.TOPIC, LITERAL, Topics.INDICATORS, READ, DESCRIBE);
        for (String output : List.of(Topics.ALERTS, Topics.CHAINS, Topics.REJECTED, Topics.INDICATORS_STATUS)) {
            acls.allow(ENGINE, ResourceType.TOPIC, LITERAL, output, WRITE, DESCRIBE);
        }
        acls.allow(ENGINE, ResourceType.TOPIC, PREFIXED, Topics.REFERRALS_PREFIX, WRITE, DESCRIBE);
        acls.allow(ENGINE, ResourceType.GROUP, PREFIXED, ENGINE_PREFIX, READ);
        acls.allow(ENGINE, ResourceType.TRANSACTIONAL_ID, PREFIXED, ENGINE_PREFIX, WRITE, DESCRIBE);
        acls.allow(ENGINE, ResourceType.CLUSTER, LITERAL, Resource.CLUSTER_NAME, IDEMPOTENT_WRITE);

        for (String read : List.of(Topics.ALERTS, Topics.CHAINS, Topics.INDICATORS_STATUS)) {
            acls.allow(MONITORING_CENTRE, ResourceType.TOPIC, LITERAL, read, READ, DESCRIBE);
        }
        acls.allow(MONITORING_CENTRE, ResourceType.TOPIC, PREFIXED, Topics.REFERRALS_PREFIX, READ, DESCRIBE);
        // The console records a signed-in department's answer (assistance.result) on that department's topic.
        acls.allow(MONITORING_CENTRE, ResourceType.TOPIC, PREFIXED, Topics.EVENTS_PREFIX, WRITE, DESCRIBE);
        acls.allow(MONITORING_CENTRE, ResourceType.GROUP, PREFIXED, MONITORING_CENTRE_GROUP_PREFIX, READ);

        acls.allow(INDICATOR_ENGINEER, ResourceType.TOPIC, LITERAL, Topics.INDICATORS, READ, WRITE, DESCRIBE);
        acls.allow(INDICATOR_ENGINEER, ResourceType.TOPIC, LITERAL, Topics.INDICATORS_STATUS, READ, DESCRIBE);

        acls.allow(GENERATOR, ResourceType.TOPIC, PREFIXED, Topics.EVENTS_PREFIX, WRITE, DESCRIBE);
        return List.copyOf(acls.bindings);
    }

    private static final class Acls {
        final List<AclBinding> bindings = new ArrayList<>();

        void allow(String principal, ResourceType type, PatternType pattern, String name, AclOperation... operations) {
            for (AclOperation operation : operations) {
                bindings.add(new AclBinding(new ResourcePattern(type, name, pattern),
                        new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW)));
            }
        }
    }
}
