package gx.doudi.event;

/** One record as read, before parsing: a Kafka record or a line of an events file. */
public class RawRecord {
    public String topic;
    public int partition;
    public long offset;
    public String value;

    public RawRecord() {}

    public RawRecord(String topic, int partition, long offset, String value) {
        this.topic = topic;
        this.partition = partition;
        this.offset = offset;
        this.value = value;
    }
}
