package gx.doudi.event;

/**
 * Contract §8: input the engine refused, with its origin, its reason and its original text, in which
 * personal identity numbers are masked (issue 6: full ids appear only in a department's referrals).
 */
public class Rejected {
    public String topic;
    public int partition;
    public long offset;
    public String reason;
    public String raw;

    public Rejected() {}

    public Rejected(String topic, int partition, long offset, String reason, String raw) {
        this.topic = topic;
        this.partition = partition;
        this.offset = offset;
        this.reason = PersonIds.maskAll(reason);
        this.raw = PersonIds.maskAll(raw);
    }

    public static Rejected of(RawRecord record, String reason) {
        return new Rejected(record.topic, record.partition, record.offset, reason, record.value);
    }

    public static Rejected of(Event event, String reason) {
        return new Rejected(event.topic, event.partition, event.offset, reason, event.raw);
    }

    public String key() {
        return topic + "@" + partition + ":" + offset;
    }
}
