package gx.doudi.referral;

import gx.doudi.alert.Referral;
import gx.doudi.event.CompactSerializer;
import gx.doudi.event.StringTable;
import gx.doudi.event.Times;
import gx.doudi.event.Wire;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * A household's chain as RocksDB stores it: per entry, one bit per optional field and then only the
 * fields its kind sets, with no reflection. The entry's {@code at} is written only when it is not the
 * ISO form of its {@code time}, which it always is in the engine's own chains. Format 2 packs counts,
 * times and amounts ({@link Wire}), and leaves out a referral's id where it is its alert's and its
 * department's, and writes a dueBy that is the engine's own writing of a time as that time. Format 3
 * writes each distinct string of the chain once ({@link StringTable}): its entries name the same alert,
 * indicator, grade and department again and again.
 *
 * <p>Each value starts with a format version; a change of {@link ChainEntry} adds a version and keeps
 * reading the older ones.
 */
public final class ChainHistorySerializer extends CompactSerializer<ChainHistory> {
    public static final ChainHistorySerializer INSTANCE = new ChainHistorySerializer();
    /** Bits of an entry's present set after its optional fields (format 2 adds the last two). */
    private static final int AT_FROM_TIME = 18;
    private static final int REFERRAL_FROM_ALERT = 19;
    private static final int DUE_AS_TIME = 20;
    private static final long NO_TIME = Long.MIN_VALUE;

    private ChainHistorySerializer() {
        super("chain", 3);
    }

    @Override
    public ChainHistory createInstance() {
        return new ChainHistory();
    }

    @Override
    protected void write(ChainHistory chain, DataOutputView out) throws IOException {
        Wire w = Wire.PACKED;
        StringTable.Writer strings = new StringTable.Writer();
        w.count(out, chain.entries.size());
        for (ChainEntry e : chain.entries) {
            String at = e.at == null || Times.isIso(e.at, e.time) ? null : e.at;
            boolean referralDerived = e.referralId != null && e.referralId.equals(referralIdOf(e));
            long due = timeOf(e.dueBy);
            Object[] optional = {at, e.entry, e.alertId, referralDerived ? null : e.referralId, e.indicator, e.grade,
                    e.status, e.types, e.action, e.department, due == NO_TIME ? e.dueBy : null, e.outcome, e.late,
                    e.eventId, e.type, e.kind, e.amount, e.note};
            int present = 0;
            for (int i = 0; i < optional.length; i++) {
                present |= optional[i] == null ? 0 : 1 << i;
            }
            // whether at was left out because it follows from time, or because it was null
            present |= e.at == null ? 0 : 1 << AT_FROM_TIME;
            present |= referralDerived ? 1 << REFERRAL_FROM_ALERT : 0;
            present |= due == NO_TIME ? 0 : 1 << DUE_AS_TIME;
            w.count(out, present);
            w.time(out, e.time);
            for (Object value : optional) {
                if (value instanceof String s) {
                    strings.write(out, s);
                } else if (value instanceof List<?> list) {
                    w.count(out, list.size());
                    for (Object s : list) {
                        strings.write(out, (String) s);
                    }
                } else if (value instanceof Boolean b) {
                    out.writeBoolean(b);
                } else if (value instanceof Double d) {
                    w.amount(out, d);
                }
            }
            if (due != NO_TIME) {
                w.time(out, due);
            }
        }
    }

    @Override
    protected ChainHistory read(DataInputView in, int format) throws IOException {
        Wire w = format >= 2 ? Wire.PACKED : Wire.FIXED;
        StringTable.Source str = StringTable.source(format >= 3);
        ChainHistory chain = new ChainHistory();
        int n = w.count(in);
        chain.entries = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int present = w.count(in);
            ChainEntry e = new ChainEntry();
            e.time = w.time(in);
            int bit = 0;
            e.at = has(present, bit++) ? str.read(in) : null;
            e.entry = has(present, bit++) ? str.read(in) : null;
            e.alertId = has(present, bit++) ? str.read(in) : null;
            e.referralId = has(present, bit++) ? str.read(in) : null;
            e.indicator = has(present, bit++) ? str.read(in) : null;
            e.grade = has(present, bit++) ? str.read(in) : null;
            e.status = has(present, bit++) ? str.read(in) : null;
            if (has(present, bit++)) {
                int size = w.count(in);
                e.types = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    e.types.add(str.read(in));
                }
            }
            e.action = has(present, bit++) ? str.read(in) : null;
            e.department = has(present, bit++) ? str.read(in) : null;
            e.dueBy = has(present, bit++) ? str.read(in) : null;
            e.outcome = has(present, bit++) ? str.read(in) : null;
            e.late = has(present, bit++) ? in.readBoolean() : null;
            e.eventId = has(present, bit++) ? str.read(in) : null;
            e.type = has(present, bit++) ? str.read(in) : null;
            e.kind = has(present, bit++) ? str.read(in) : null;
            e.amount = has(present, bit++) ? w.amount(in) : null;
            e.note = has(present, bit++) ? str.read(in) : null;
            if (e.at == null && has(present, AT_FROM_TIME)) {
                e.at = Times.iso(e.time);
            }
            if (has(present, REFERRAL_FROM_ALERT)) {
                e.referralId = referralIdOf(e);
            }
            if (has(present, DUE_AS_TIME)) {
                e.dueBy = Times.iso(w.time(in));
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

    /** The id the engine gives the referral ({@link Referral#idOf}), or null without alert or department. */
    private static String referralIdOf(ChainEntry e) {
        return e.alertId == null || e.department == null ? null : Referral.idOf(e.alertId, e.department);
    }

    /** The time a dueBy names when it is exactly the engine's own writing of it, else {@link #NO_TIME}. */
    private static long timeOf(String iso) {
        if (iso == null) {
            return NO_TIME;
        }
        try {
            long t = Times.parse(iso);
            return Times.isIso(iso, t) ? t : NO_TIME;
        } catch (DateTimeException notATime) {
            return NO_TIME;
        }
    }

    private static boolean has(int present, int bit) {
        return (present & (1 << bit)) != 0;
    }
}
