package gx.doudi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.event.Households;
import gx.doudi.event.Json;
import gx.doudi.event.PersonIds;
import gx.doudi.event.Regions;
import gx.doudi.event.Topics;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** {@code chain HOUSEHOLD_ID --bootstrap HOST:PORT}: one household's assistance chain as a readable timeline. */
final class ChainCommand {
    private ChainCommand() {}

    static int run(String[] argv, PrintStream out, PrintStream err) throws Exception {
        Args args = new Args(argv, 1, Set.of("bootstrap", "client-properties"), Set.of("json"));
        String id = args.positional(0, "HOUSEHOLD_ID");
        args.atMostPositional(1);
        if (!args.has("bootstrap")) {
            throw new Args.UsageException("missing --bootstrap HOST:PORT");
        }
        // doudi.chains is keyed like doudi.alerts: a household of one by its masked id
        String key = PersonIds.maskHouseholdKey(id.length() == 18 && !id.contains("-") ? Households.ofPerson(id) : id);
        Properties client = Main.clientProperties(args);
        client.put("bootstrap.servers", args.get("bootstrap"));
        JsonNode chain = latest(client, key);
        if (chain == null) {
            err.println("no chain for household " + key + " on " + Topics.CHAINS);
            return 1;
        }
        if (args.has("json")) {
            out.println(chain.toPrettyString());
        } else {
            print(chain, out);
        }
        return 0;
    }

    /** Reads doudi.chains to its end and returns the latest document under {@code key}. */
    static JsonNode latest(Properties client, String key) throws Exception {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        byte[] wanted = key.getBytes(StandardCharsets.UTF_8);
        byte[] found = null;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(Topics.CHAINS, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.key() != null && java.util.Arrays.equals(r.key(), wanted)) {
                        found = r.value();
                    }
                }
            }
        }
        return found == null ? null : Json.MAPPER.readTree(found);
    }

    static void print(JsonNode c, PrintStream out) {
        List<String> categories = new ArrayList<>();
        c.path("categories").forEach(n -> categories.add(n.asText()));
        out.printf("Household %s — %s, %s, %d member(s), categories: %s, annual income: %s%n",
                c.path("householdId").asText(), Regions.nameOf(c.path("region").asText()), c.path("residence").asText("?"),
                c.path("members").asInt(), categories.isEmpty() ? "none" : String.join(", ", categories),
                c.path("annualIncome").isNumber() ? String.format("%,.0f", c.path("annualIncome").asDouble()) : "unknown");
        out.printf("Open referrals: %d%n", c.path("openReferrals").size());
        for (JsonNode r : c.path("openReferrals")) {
            out.printf("  %-42s %-16s %-6s due %s%s%n", r.path("referralId").asText(), r.path("department").asText(),
                    r.path("grade").asText(), r.path("dueBy").asText(), r.path("overdue").asBoolean() ? "  OVERDUE" : "");
        }
        out.println();
        for (JsonNode e : c.path("entries")) {
            out.println(line(e));
        }
    }

    private static String line(JsonNode e) {
        String at = e.path("at").asText().replace('T', ' ').substring(0, 16);
        return switch (e.path("entry").asText()) {
            case "alert" -> String.format("%s  ALERT     %-20s %-6s %-9s %s %s", at, e.path("indicator").asText(),
                    e.path("grade").asText(), e.path("status").asText(), e.path("action").asText(), e.path("types"));
            case "referral" -> String.format("%s  REFERRAL  → %-18s %-6s due %s  (%s)", at, e.path("department").asText(),
                    e.path("grade").asText(), e.path("dueBy").asText(), e.path("indicator").asText());
            case "answer" -> String.format("%s  ANSWER    ← %-18s %s%s  (%s)", at, e.path("department").asText(),
                    e.path("outcome").asText(), e.path("late").asBoolean() ? ", LATE" : "", e.path("referralId").asText());
            case "grant" -> String.format("%s  GRANT     %s %s%s", at, e.path("type").asText(), e.path("kind").asText(""),
                    e.path("amount").isNumber() ? String.format(" %,.0f yuan", e.path("amount").asDouble()) : "");
            case "overdue" -> String.format("%s  OVERDUE   %s had no answer by %s", at, e.path("department").asText(),
                    e.path("referralId").asText());
            case "withdrawn" -> String.format("%s  WITHDRAWN %s: the need cleared  (%s)", at, e.path("department").asText(),
                    e.path("referralId").asText());
            default -> at + "  " + e;
        };
    }
}
