package gx.doudi.generate;

import gx.doudi.generate.Generator.Record;
import java.util.Random;

/** Bad records, mixed in on purpose: each must end on doudi.rejected with its reason. */
final class BadRecords {
    private BadRecords() {}

    static Record corrupt(Record good, Record previous, Random random) {
        String json = good.json();
        String bad = switch (random.nextInt(7)) {
            case 0 -> json.substring(0, json.length() / 2);
            case 1 -> json.replaceFirst("\"type\":\"[^\"]+\"", "\"type\":\"household.teleported\"");
            case 2 -> json.replaceFirst("\"occurredAt\":\"[^\"]+\"", "\"occurredAt\":\"yesterday\"");
            case 3 -> json.replaceFirst("\"eventId\":\"[^\"]+\",", "");
            case 4 -> json.replaceFirst("(\"(?:amount|outOfPocket|annualIncome|loss|total|previousAnnual)\":)(\\d)", "$1-$2");
            case 5 -> json.replaceFirst("\"personId\":\"(\\d{17})(.)\"", "\"personId\":\"$1" + "Z" + "\"");
            default -> null;
        };
        if (bad == null || bad.equals(json)) {
            // a re-send of the previous record: a duplicate, which must change nothing
            return previous;
        }
        return new Record(good.topic(), good.key(), bad, good.at());
    }
}
