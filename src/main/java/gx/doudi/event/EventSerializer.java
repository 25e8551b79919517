package gx.doudi.event;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * An {@link Event} on the wire between the engine's stages and in checkpoints: the envelope, then one
 * bit per payload field and only the fields the event's type sets (an event sets a few of the
 * payload's 36), with no reflection. Every event crosses the network once or twice.
 *
 * <p>Each value starts with a format version; a change of {@link Event} or {@link Payload} adds a
 * version and keeps reading the older ones. Format 2 writes strings in blocks ({@link Wire#text}), format
 * 1 a char at a time; the fields are the same.
 */
public final class EventSerializer extends CompactSerializer<Event> {
    public static final EventSerializer INSTANCE = new EventSerializer();

    private EventSerializer() {
        super("event", 2);
    }

    @Override
    public Event createInstance() {
        return new Event();
    }

    @Override
    protected void write(Event e, DataOutputView out) throws IOException {
        Wire.text(out, e.eventId);
        Wire.text(out, e.source);
        Wire.text(out, e.type);
        out.writeLong(e.occurredAt);
        Wire.text(out, e.householdId);
        Wire.text(out, e.personId);
        Wire.text(out, e.region);
        Wire.text(out, e.householdKey);
        Wire.text(out, e.topic);
        out.writeInt(e.partition);
        out.writeLong(e.offset);
        Wire.text(out, e.raw);
        out.writeBoolean(e.payload != null);
        if (e.payload != null) {
            Payload p = e.payload;
            long present = presence(p);
            out.writeLong(present);
            if (p.residence != null) {
                Wire.text(out, p.residence);
            }
            if (p.members != null) {
                out.writeInt(p.members.length);
                for (Member m : p.members) {
                    out.writeBoolean(m != null);
                    if (m != null) {
                        Wire.text(out, m.personId);
                        Wire.text(out, m.relation);
                        Wire.text(out, m.birthDate);
                        out.writeBoolean(m.mainEarner);
                    }
                }
            }
            if (p.annualIncome != null) {
                out.writeDouble(p.annualIncome);
            }
            if (p.category != null) {
                Wire.text(out, p.category);
            }
            if (p.personId != null) {
                Wire.text(out, p.personId);
            }
            if (p.amount != null) {
                out.writeDouble(p.amount);
            }
            if (p.insured != null) {
                out.writeBoolean(p.insured);
            }
            if (p.seekingWork != null) {
                out.writeBoolean(p.seekingWork);
            }
            if (p.reason != null) {
                Wire.text(out, p.reason);
            }
            if (p.kind != null) {
                Wire.text(out, p.kind);
            }
            if (p.severity != null) {
                Wire.text(out, p.severity);
            }
            if (p.disease != null) {
                Wire.text(out, p.disease);
            }
            if (p.total != null) {
                out.writeDouble(p.total);
            }
            if (p.reimbursed != null) {
                out.writeDouble(p.reimbursed);
            }
            if (p.outOfPocket != null) {
                out.writeDouble(p.outOfPocket);
            }
            if (p.inpatient != null) {
                out.writeBoolean(p.inpatient);
            }
            if (p.year != null) {
                out.writeInt(p.year);
            }
            if (p.stage != null) {
                Wire.text(out, p.stage);
            }
            if (p.condition != null) {
                Wire.text(out, p.condition);
            }
            if (p.onlyHouse != null) {
                out.writeBoolean(p.onlyHouse);
            }
            if (p.seismicIntensity != null) {
                out.writeInt(p.seismicIntensity);
            }
            if (p.seismicCompliant != null) {
                out.writeBoolean(p.seismicCompliant);
            }
            if (p.disaster != null) {
                Wire.text(out, p.disaster);
            }
            if (p.houseDamage != null) {
                Wire.text(out, p.houseDamage);
            }
            if (p.loss != null) {
                out.writeDouble(p.loss);
            }
            if (p.injured != null) {
                out.writeInt(p.injured);
            }
            if (p.died != null) {
                out.writeInt(p.died);
            }
            if (p.risk != null) {
                Wire.text(out, p.risk);
            }
            if (p.previousAnnual != null) {
                out.writeDouble(p.previousAnnual);
            }
            if (p.currentAnnual != null) {
                out.writeDouble(p.currentAnnual);
            }
            if (p.level != null) {
                Wire.text(out, p.level);
            }
            if (p.grade != null) {
                out.writeInt(p.grade);
            }
            if (p.referralId != null) {
                Wire.text(out, p.referralId);
            }
            if (p.outcome != null) {
                Wire.text(out, p.outcome);
            }
            if (p.assistance != null) {
                Wire.text(out, p.assistance);
            }
            if (p.note != null) {
                Wire.text(out, p.note);
            }
        }
    }

    private static long presence(Payload p) {
        long present = 0;
        present |= p.residence == null ? 0 : 1L << 0;
        present |= p.members == null ? 0 : 1L << 1;
        present |= p.annualIncome == null ? 0 : 1L << 2;
        present |= p.category == null ? 0 : 1L << 3;
        present |= p.personId == null ? 0 : 1L << 4;
        present |= p.amount == null ? 0 : 1L << 5;
        present |= p.insured == null ? 0 : 1L << 6;
        present |= p.seekingWork == null ? 0 : 1L << 7;
        present |= p.reason == null ? 0 : 1L << 8;
        present |= p.kind == null ? 0 : 1L << 9;
        present |= p.severity == null ? 0 : 1L << 10;
        present |= p.disease == null ? 0 : 1L << 11;
        present |= p.total == null ? 0 : 1L << 12;
        present |= p.reimbursed == null ? 0 : 1L << 13;
        present |= p.outOfPocket == null ? 0 : 1L << 14;
        present |= p.inpatient == null ? 0 : 1L << 15;
        present |= p.year == null ? 0 : 1L << 16;
        present |= p.stage == null ? 0 : 1L << 17;
        present |= p.condition == null ? 0 : 1L << 18;
        present |= p.onlyHouse == null ? 0 : 1L << 19;
        present |= p.seismicIntensity == null ? 0 : 1L << 20;
        present |= p.seismicCompliant == null ? 0 : 1L << 21;
        present |= p.disaster == null ? 0 : 1L << 22;
        present |= p.houseDamage == null ? 0 : 1L << 23;
        present |= p.loss == null ? 0 : 1L << 24;
        present |= p.injured == null ? 0 : 1L << 25;
        present |= p.died == null ? 0 : 1L << 26;
        present |= p.risk == null ? 0 : 1L << 27;
        present |= p.previousAnnual == null ? 0 : 1L << 28;
        present |= p.currentAnnual == null ? 0 : 1L << 29;
        present |= p.level == null ? 0 : 1L << 30;
        present |= p.grade == null ? 0 : 1L << 31;
        present |= p.referralId == null ? 0 : 1L << 32;
        present |= p.outcome == null ? 0 : 1L << 33;
        present |= p.assistance == null ? 0 : 1L << 34;
        present |= p.note == null ? 0 : 1L << 35;
        return present;
    }

    @Override
    protected Event read(DataInputView in, int format) throws IOException {
        // an event waiting at a checkpoint may be in either format
        StringTable.Source text = format == 1 ? Wire::str : Wire::text;
        Event e = new Event();
        e.eventId = text.read(in);
        e.source = text.read(in);
        e.type = text.read(in);
        e.occurredAt = in.readLong();
        e.householdId = text.read(in);
        e.personId = text.read(in);
        e.region = text.read(in);
        e.householdKey = text.read(in);
        e.topic = text.read(in);
        e.partition = in.readInt();
        e.offset = in.readLong();
        e.raw = text.read(in);
        if (in.readBoolean()) {
            e.payload = payload(in, in.readLong(), text);
        }
        return e;
    }

    private static Payload payload(DataInputView in, long present, StringTable.Source text) throws IOException {
        Payload p = new Payload();
        if (has(present, 0)) {
            p.residence = text.read(in);
        }
        if (has(present, 1)) {
            p.members = new Member[in.readInt()];
            for (int i = 0; i < p.members.length; i++) {
                if (in.readBoolean()) {
                    p.members[i] = new Member(text.read(in), text.read(in), text.read(in),
                            in.readBoolean());
                }
            }
        }
        if (has(present, 2)) {
            p.annualIncome = in.readDouble();
        }
        if (has(present, 3)) {
            p.category = text.read(in);
        }
        if (has(present, 4)) {
            p.personId = text.read(in);
        }
        if (has(present, 5)) {
            p.amount = in.readDouble();
        }
        if (has(present, 6)) {
            p.insured = in.readBoolean();
        }
        if (has(present, 7)) {
            p.seekingWork = in.readBoolean();
        }
        if (has(present, 8)) {
            p.reason = text.read(in);
        }
        if (has(present, 9)) {
            p.kind = text.read(in);
        }
        if (has(present, 10)) {
            p.severity = text.read(in);
        }
        if (has(present, 11)) {
            p.disease = text.read(in);
        }
        if (has(present, 12)) {
            p.total = in.readDouble();
        }
        if (has(present, 13)) {
            p.reimbursed = in.readDouble();
        }
        if (has(present, 14)) {
            p.outOfPocket = in.readDouble();
        }
        if (has(present, 15)) {
            p.inpatient = in.readBoolean();
        }
        if (has(present, 16)) {
            p.year = in.readInt();
        }
        if (has(present, 17)) {
            p.stage = text.read(in);
        }
        if (has(present, 18)) {
            p.condition = text.read(in);
        }
        if (has(present, 19)) {
            p.onlyHouse = in.readBoolean();
        }
        if (has(present, 20)) {
            p.seismicIntensity = in.readInt();
        }
        if (has(present, 21)) {
            p.seismicCompliant = in.readBoolean();
        }
        if (has(present, 22)) {
            p.disaster = text.read(in);
        }
        if (has(present, 23)) {
            p.houseDamage = text.read(in);
        }
        if (has(present, 24)) {
            p.loss = in.readDouble();
        }
        if (has(present, 25)) {
            p.injured = in.readInt();
        }
        if (has(present, 26)) {
            p.died = in.readInt();
        }
        if (has(present, 27)) {
            p.risk = text.read(in);
        }
        if (has(present, 28)) {
            p.previousAnnual = in.readDouble();
        }
        if (has(present, 29)) {
            p.currentAnnual = in.readDouble();
        }
        if (has(present, 30)) {
            p.level = text.read(in);
        }
        if (has(present, 31)) {
            p.grade = in.readInt();
        }
        if (has(present, 32)) {
            p.referralId = text.read(in);
        }
        if (has(present, 33)) {
            p.outcome = text.read(in);
        }
        if (has(present, 34)) {
            p.assistance = text.read(in);
        }
        if (has(present, 35)) {
            p.note = text.read(in);
        }
        return p;
    }

    @Override
    public TypeSerializerSnapshot<Event> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores this serializer from a checkpoint; the value's own version byte covers format changes. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<Event> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }

    private static boolean has(long present, int bit) {
        return (present & (1L << bit)) != 0;
    }
}
