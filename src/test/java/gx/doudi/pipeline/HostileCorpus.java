package gx.doudi.pipeline;

import gx.doudi.event.Times;
import gx.doudi.generate.Generator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated department events with malformed and adversarial records mixed in (issue 6): each hostile
 * record is either bad (it must be rejected with a reason) or odd but valid (it must be processed).
 */
public final class HostileCorpus {
    /** One record and the topic a department would have sent it on. */
    public record Line(String topic, String key, String json, boolean bad) {}

    /** A resident id whose check character is wrong. */
    static final String WRONG_CHECK = "45010219900101001" + (gx.doudi.event.PersonIds.checkChar("45010219900101001") == '0' ? '1' : '0');

    static final String THIRTY_DAYS_MARK = "resentFromArchive";

    public final List<Line> lines = new ArrayList<>();
    public int bad;
    public int odd;
    /**
     * Bad records that are 30 days behind their neighbours. A file replay always finds them too late; on
     * Kafka the engine's clock is the slowest partition's, which may lag further, and then they are
     * applied as late data instead. Either way each is accounted for.
     */
    public int thirtyDaysBehind;

    public HostileCorpus(long seed, int households, int goodRecords, double hostileShare) {
        Random random = new Random(seed);
        List<Generator.Record> good = new ArrayList<>();
        new Generator(seed, households, goodRecords, Generator.DEFAULT_START, Duration.ofDays(365), 0).forEachRemaining(good::add);
        int n = 0;
        for (int i = 0; i < good.size(); i++) {
            Generator.Record r = good.get(i);
            lines.add(new Line(r.topic(), r.key(), r.json(), false));
            // not in the first fifth: before the first watermarks nothing can be told late, so a too-late
            // record there would be taken in time
            if (random.nextDouble() < hostileShare && i > good.size() / 5) {
                add(hostile(r, good.get(i - 1 - random.nextInt(20)), random, n++));
            }
        }
        // out of order: some good records arrive a few hours of event time after their neighbours
        for (int i = 0; i < lines.size() / 200; i++) {
            int from = 1000 + random.nextInt(lines.size() - 2000);
            if (!lines.get(from).bad()) {
                lines.add(from + 50, lines.remove(from));
                odd++;
            }
        }
    }

    private void add(Line line) {
        lines.add(line);
        if (line.json().contains("\"eventId\":\"hostile-") && line.json().contains(THIRTY_DAYS_MARK)) {
            thirtyDaysBehind++;
        }
        if (line.bad()) {
            bad++;
        } else {
            odd++;
        }
    }

    private static Line hostile(Generator.Record r, Generator.Record earlier, Random random, int n) {
        String j = r.json();
        String id = "\"eventId\":\"hostile-" + n + "\"";
        String renamed = j.replaceFirst("\"eventId\":\"[^\"]+\"", id.replace("$", "\\$"));
        return switch (n % 16) {
            case 0 -> bad(r, j.substring(0, 1 + random.nextInt(j.length() - 2)));
            case 1 -> bad(r, renamed.replaceFirst("\"payload\":\\{", "\"payload\":{\"annualIncome\":\"lots\",\"outOfPocket\":\"lots\","
                    + "\"members\":\"everyone\",\"severity\":[1],\"condition\":{},\"stage\":7,\"level\":null,\"grade\":\"one\","
                    + "\"risk\":true,\"category\":5,\"kind\":[],\"reason\":{},\"disaster\":0,\"insured\":\"maybe\","
                    + "\"previousAnnual\":\"x\",\"total\":\"x\",\"referralId\":1,\"amount\":\"x\","));
            case 2 -> bad(r, renamed.replaceFirst("\\}$", ",\"note\":\"" + "长".repeat(70_000) + "\"}"));
            case 3 -> bad(r, "{\"eventId\":\"hostile-" + n + "\",\"payload\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
            case 4 -> good(r, renamed.replaceFirst("\\{", "{\"sentBy\":{\"system\":\"county-7\",\"batch\":[1,2,3]},\"extra\":null,"));
            case 5 -> bad(r, "{" + id + ",\"source\":\"emergency\",\"type\":\"accident.reported\",\"occurredAt\":\""
                    + Times.iso(r.at()) + "\",\"personId\":\"" + WRONG_CHECK + "\",\"region\":\"450102\","
                    + "\"payload\":{\"kind\":\"fall\",\"injured\":1,\"died\":0}}", "doudi.events.emergency");
            case 6 -> bad(r, renamed.replaceFirst("\"occurredAt\":\"[^\"]+\"", "\"occurredAt\":\"2099-01-01T00:00:00+08:00\""));
            case 7 -> bad(r, renamed.replaceFirst("\"occurredAt\":\"[^\"]+\"", "\"occurredAt\":\"1999-12-31T23:59:59+08:00\""));
            case 8 -> bad(r, "{" + id + ",\"source\":\"civil-affairs\",\"type\":\"household.income.assessed\",\"occurredAt\":\""
                    + Times.iso(r.at()) + "\",\"householdId\":\"450102-00000001\",\"payload\":{\"annualIncome\":-1200}}");
            case 9 -> bad(new Generator.Record(earlier.topic(), earlier.key(), earlier.json(), earlier.at()), earlier.json());
            case 10 -> good(r, "{" + id + ",\"source\":\"medical-security\",\"type\":\"medical.expense.settled\",\"occurredAt\":\""
                    + Times.iso(r.at()) + "\",\"householdId\":\"451402-99999999\",\"region\":\"451402\",\"payload\":"
                    + "{\"total\":900,\"reimbursed\":300,\"outOfPocket\":600,\"inpatient\":false}}", "doudi.events.medical-security");
            case 11 -> bad(r, "{" + id + ",\"source\":\"emergency\",\"type\":\"accident.reported\",\"occurredAt\":\""
                    + Times.iso(r.at()) + "\",\"personId\":\"" + TestEvents.person("45140219851111" + String.format("%03d", n % 1000))
                    + "\",\"payload\":{\"kind\":\"traffic\",\"injured\":1,\"died\":0}}", "doudi.events.emergency");
            case 12 -> bad(r, renamed.replaceFirst("\"occurredAt\":\"[^\"]+\"",
                    "\"occurredAt\":\"" + Times.iso(r.at() - Duration.ofDays(30).toMillis()) + "\",\"" + THIRTY_DAYS_MARK + "\":1"));
            case 13 -> good(r, renamed.replaceFirst("\\}$", ",\"note\":\"\\u202e家庭 👨‍👩‍👧 zero\\u200bwidth \\ud83d\\ude00 ﷽\"}"));
            case 14 -> bad(r, random.nextBoolean() ? "[" + renamed + "]" : "null");
            default -> bad(r, renamed.replaceFirst("\"type\":\"[^\"]+\"", "\"type\":\"household.deleted\""));
        };
    }

    private static Line bad(Generator.Record r, String json) {
        return new Line(r.topic(), r.key(), json, true);
    }

    private static Line bad(Generator.Record r, String json, String topic) {
        return new Line(topic, r.key(), json, true);
    }

    private static Line good(Generator.Record r, String json) {
        return new Line(r.topic(), r.key(), json, false);
    }

    private static Line good(Generator.Record r, String json, String topic) {
        return new Line(topic, r.key(), json, false);
    }
}
