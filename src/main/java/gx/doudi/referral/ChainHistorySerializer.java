package gx.doudi.referral;

import gx.doudi.event.CompactSerializer;
import gx.doudi.event.Times;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * A household's chain as RocksDB stores it: per entry, one bit per optional field and then only the
 * fields its kind sets, with no reflection. The entry's {@code at} is written only when it is not the
 * ISO form of its {@code time}, which it always is in the engine's own chains.
 *
 * <p>Each value starts with a format version; a change of {@link ChainEntry} adds a version and keeps
 * reading the older ones.
 */
public final class ChainHistorySerializer extends CompactSerializer<ChainHistory> {
    public static final ChainHistorySerializer INSTANCE = new ChainHistorySerializer();

    private ChainHistorySerializer() {
        super("chain", 1);
    }

    @Override
    public ChainHistory createInstance() {
        return new ChainHistory();
    }

    @Override
    protected void write(ChainHistory chain, DataOutputView out) throws IOException {
        out.writeInt(chain.entries.size());
        for (ChainEntry e : chain.entries) {
            String at = e.at == null || e.at.equals(Times.iso(e.time)) ? null : e.at;
            Object[] optional = {at, e.entry, e.alertId, e.referralId, e.indicator, e.grade, e.status, e.types, e.action,
                    e.department, e.dueBy, e.outcome, e.late, e.eventId, e.type, e.kind, e.amount, e.note};
            int present = 0;
            for (int i = 0; i < optional.length; i++) {
                present |= optional[i] == null ? 0 : 1 << i;
            }
            // whether at was left out because it follows from time, or because it was null
            present |= e.at == null ? 0 : 1 << optional.length;
            out.writeInt(present);
            out.writeLong(e.time);
            for (Object value : optional) {
                if (value instanceof String s) {
                    StringValue.writeString(s, out);
                } else if (value instanceof List<?> list) {
                    out.writeInt(list.size());
                    for (Object s : list) {
                        StringValue.writeString((String) s, out);
                    }
                } else if (value instanceof Boolean b) {
                    out.writeBoolean(b);
                } else if (value instanceof Double d) {
                    out.writeDouble(d);
                }
            }
        }
    }

    @Override
    protected ChainHistory read(DataInputView in, int format) throws IOException {
        ChainHistory chain = new ChainHistory();
        int n = in.readInt();
        chain.entries = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int present = in.readInt();
            ChainEntry e = new ChainEntry();
            e.time = in.readLong();
            int bit = 0;
            e.at = has(present, bit++) ? str(in) : null;
            e.entry = has(present, bit++) ? str(in) : null;
            e.alertId = has(present, bit++) ? str(in) : null;
            e.referralId = has(present, bit++) ? str(in) : null;
            e.indicator = has(present, bit++) ? str(in) : null;
            e.grade = has(present, bit++) ? str(in) : null;
            e.status = has(present, bit++) ? str(in) : null;
            if (has(present, bit++)) {
                int size = in.readInt();
                e.types = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    e.types.add(str(in));
                }
            }
            e.action = has(present, bit++) ? str(in) : null;
            e.department = has(present, bit++) ? str(in) : null;
            e.dueBy = has(present, bit++) ? str(in) : null;
            e.outcome = has(present, bit++) ? str(in) : null;
            e.late = has(present, bit++) ? in.readBoolean() : null;
            e.eventId = has(present, bit++) ? str(in) : null;
            e.type = has(present, bit++) ? str(in) : null;
            e.kind = has(present, bit++) ? str(in) : null;
            e.amount = has(present, bit++) ? in.readDouble() : null;
            e.note = has(present, bit++) ? str(in) : null;
            if (e.at == null && has(present, bit)) {
                e.at = Times.iso(e.time);
            }
            chain.entries.add(e);
        }
        return chain;
    }

    @Override
    public TypeSerializerSnapshot<ChainHistory> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores this serializer from a checkpoint; the value's own version byte covers format changes. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<ChainHistory> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }

    private static boolean has(int present, int bit) {
        return (present & (1 << bit)) != 0;
    }

    private static String str(DataInputView in) throws IOException {
        return StringValue.readString(in);
    }
}
