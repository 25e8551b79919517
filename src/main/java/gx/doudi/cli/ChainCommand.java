package gx.doudi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.event.Households;
import gx.doudi.event.Json;
import gx.doudi.event.PersonIds;
import gx.doudi.event.Regions;
import gx.doudi.event.Topics;
import gx.doudi.kafka.CompactedTopic;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

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
        String latest = CompactedTopic.latest(client, Topics.CHAINS, key);
        JsonNode chain = latest == null ? null : Json.MAPPER.readTree(latest);
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
