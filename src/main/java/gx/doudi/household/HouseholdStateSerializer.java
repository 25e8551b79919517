package gx.doudi.household;

import gx.doudi.event.CompactSerializer;
import gx.doudi.alert.Referral;
import gx.doudi.event.Departments;
import gx.doudi.event.Event;
import gx.doudi.event.PersonIds;
import gx.doudi.event.StringTable;
import gx.doudi.event.Wire;
import gx.doudi.indicator.Grade;
import gx.doudi.referral.OpenReferral;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * The household's state as RocksDB stores it: every field written in a fixed order, with no reflection,
 * field names or per-field tags. It is read and written on every event, so this is the engine's hottest
 * code path after RocksDB itself, and the bytes it writes are most of the state per household.
 *
 * <p>Each value starts with a format version. A change of {@link HouseholdState} adds a version and
 * keeps reading the older ones, so savepoints stay readable across upgrades. Format 3 packs counts, times
 * and amounts ({@link Wire}; times as distances from the household's last event, which comes first),
 * and leaves out what the ids already say: the county of a household id, the birth date of an identity
 * number, a referral's id made of its alert's and department's, and the source of a re-send key,
 * written as its index among the departments. Format 4 writes each distinct string once
 * ({@link StringTable}): the same people, alert ids, indicators and departments fill list after list. An
 * event's id, never repeated, is written as it is.
 */
public final class HouseholdStateSerializer extends CompactSerializer<HouseholdState> {
    public static final HouseholdStateSerializer INSTANCE = new HouseholdStateSerializer();
    private static final Grade[] GRADES = Grade.values();

    private HouseholdStateSerializer() {
        super("household state", 4);
    }

    @Override
    public HouseholdState createInstance() {
        return new HouseholdState();
    }

    @Override
    protected void write(HouseholdState s, DataOutputView out) throws IOException {
        Wire w = Wire.PACKED;
        StringTable.Writer strings = new StringTable.Writer();
        strings.write(out, s.householdId);
        // the household's times cluster around its last event: written first, the others as distances from it
        w.time(out, s.lastEventAt);
        w = w.near(s.lastEventAt);
        boolean regionDerived = s.region != null && s.region.equals(regionOf(s.householdId));
        out.writeBoolean(regionDerived);
        if (!regionDerived) {
            strings.write(out, s.region);
        }
        strings.write(out, s.residence);
        out.writeBoolean(s.listed);
        w.count(out, s.members.size());
        for (HouseholdMember m : s.members) {
            strings.write(out, m.personId);
            strings.write(out, m.relation);
            boolean birthDerived = m.birthDate != null && PersonIds.isBirthDateOf(m.birthDate, m.personId);
            out.writeBoolean(birthDerived);
            if (!birthDerived) {
                strings.write(out, m.birthDate);
            }
            out.writeBoolean(m.mainEarner);
            out.writeBoolean(m.died);
        }
        w.count(out, s.categories.size());
        for (CategoryEntry c : s.categories) {
            strings.write(out, c.category);
            strings.write(out, c.personId);
            w.time(out, c.since);
        }
        out.writeBoolean(s.annualIncome != null);
        if (s.annualIncome != null) {
            w.amount(out, s.annualIncome);
        }
        w.time(out, s.incomeAssessedAt);
        w.count(out, s.medical.size());
        for (MedicalExpense m : s.medical) {
            w.time(out, m.at);
            w.amount(out, m.outOfPocket);
            out.writeBoolean(m.inpatient);
            Wire.str(out, m.eventId);
        }
        w.count(out, s.illnesses.size());
        for (Illness i : s.illnesses) {
            strings.write(out, i.personId);
            strings.write(out, i.severity);
            strings.write(out, i.disease);
            w.time(out, i.at);
            Wire.str(out, i.eventId);
        }
        w.count(out, s.unemployment.size());
        for (UnemploymentSpell u : s.unemployment) {
            strings.write(out, u.personId);
            out.writeBoolean(u.insured);
            w.time(out, u.since);
            Wire.str(out, u.eventId);
        }
        w.count(out, s.disabilities.size());
        for (Disability d : s.disabilities) {
            strings.write(out, d.personId);
            w.integer(out, d.grade);
            strings.write(out, d.kind);
            w.time(out, d.at);
        }
        w.count(out, s.students.size());
        for (Student st : s.students) {
            strings.write(out, st.personId);
            strings.write(out, st.stage);
            w.time(out, st.enrolledAt);
            w.time(out, st.leftAt);
            strings.write(out, st.leftReason);
        }
        w.count(out, s.grants.size());
        for (GrantRecord g : s.grants) {
            strings.write(out, g.type);
            strings.write(out, g.kind);
            strings.write(out, g.personId);
            w.time(out, g.at);
            w.amount(out, g.amount);
            Wire.str(out, g.eventId);
        }
        w.count(out, s.incidents.size());
        for (Incident i : s.incidents) {
            strings.write(out, i.kind);
            strings.write(out, i.personId);
            w.time(out, i.at);
            Wire.str(out, i.eventId);
            strings.write(out, i.region);
        }
        out.writeBoolean(s.housing != null);
        if (s.housing != null) {
            HousingAssessment h = s.housing;
            strings.write(out, h.condition);
            out.writeBoolean(h.onlyHouse);
            w.integer(out, h.seismicIntensity);
            out.writeBoolean(h.seismicCompliant);
            w.time(out, h.at);
            Wire.str(out, h.eventId);
        }
        out.writeBoolean(s.disaster != null);
        if (s.disaster != null) {
            DisasterReport d = s.disaster;
            strings.write(out, d.disaster);
            strings.write(out, d.houseDamage);
            w.amount(out, d.loss);
            w.integer(out, d.injured);
            w.integer(out, d.died);
            w.time(out, d.at);
            Wire.str(out, d.eventId);
        }
        out.writeBoolean(s.incomeDecline != null);
        if (s.incomeDecline != null) {
            IncomeDecline d = s.incomeDecline;
            w.amount(out, d.previousAnnual);
            w.amount(out, d.currentAnnual);
            w.time(out, d.at);
            Wire.str(out, d.eventId);
        }
        out.writeBoolean(s.hardship != null);
        if (s.hardship != null) {
            strings.write(out, s.hardship.level);
            w.time(out, s.hardship.at);
            Wire.str(out, s.hardship.eventId);
        }
        w.count(out, s.openAlerts.size());
        for (OpenAlert a : s.openAlerts) {
            strings.write(out, a.indicator);
            strings.write(out, a.alertId);
            grade(out, a.grade);
            w.time(out, a.raisedAt);
            strings(out, w, strings, a.types);
            strings(out, w, strings, a.referTo);
        }
        w.count(out, s.referrals.size());
        for (OpenReferral r : s.referrals) {
            boolean idDerived = r.referralId != null && r.referralId.equals(referralIdOf(r));
            out.writeBoolean(idDerived);
            if (!idDerived) {
                strings.write(out, r.referralId);
            }
            strings.write(out, r.alertId);
            strings.write(out, r.indicator);
            strings.write(out, r.department);
            grade(out, r.grade);
            w.time(out, r.referredAt);
            w.time(out, r.dueBy);
            strings.write(out, r.status);
            out.writeBoolean(r.overdue);
        }
        w.count(out, s.settled.size());
        for (Map.Entry<String, Grade> e : s.settled.entrySet()) {
            strings.write(out, e.getKey());
            grade(out, e.getValue());
        }
        w.time(out, s.nextCheck);
        w.count(out, s.received.size());
        for (Map.Entry<String, Long> e : s.received.entrySet()) {
            received(out, e.getKey());
            w.time(out, e.getValue());
        }
        w.count(out, s.judgedWith);
        out.writeBoolean(s.chained);
    }

    @Override
    protected HouseholdState read(DataInputView in, int format) throws IOException {
        Wire w = format >= 3 ? Wire.PACKED : Wire.FIXED;
        StringTable.Source str = StringTable.source(format >= 4);
        HouseholdState s = new HouseholdState();
        s.householdId = str.read(in);
        if (format >= 3) {
            s.lastEventAt = w.time(in);
            w = w.near(s.lastEventAt);
        }
        s.region = format >= 3 && in.readBoolean() ? regionOf(s.householdId) : str.read(in);
        s.residence = str.read(in);
        s.listed = in.readBoolean();
        for (int n = w.count(in); n > 0; n--) {
            HouseholdMember m = new HouseholdMember();
            s.members.add(m);
            m.personId = str.read(in);
            m.relation = str.read(in);
            m.birthDate = format >= 3 && in.readBoolean() ? PersonIds.birthDate(m.personId) : str.read(in);
            m.mainEarner = in.readBoolean();
            m.died = in.readBoolean();
        }
        for (int n = w.count(in); n > 0; n--) {
            CategoryEntry c = new CategoryEntry();
            c.category = str.read(in);
            c.personId = str.read(in);
            c.since = w.time(in);
            s.categories.add(c);
        }
        s.annualIncome = in.readBoolean() ? w.amount(in) : null;
        s.incomeAssessedAt = w.time(in);
        for (int n = w.count(in); n > 0; n--) {
            MedicalExpense m = new MedicalExpense();
            m.at = w.time(in);
            m.outOfPocket = w.amount(in);
            m.inpatient = in.readBoolean();
            m.eventId = Wire.str(in);
            s.medical.add(m);
        }
        for (int n = w.count(in); n > 0; n--) {
            Illness i = new Illness();
            i.personId = str.read(in);
            i.severity = str.read(in);
            i.disease = str.read(in);
            i.at = w.time(in);
            i.eventId = Wire.str(in);
            s.illnesses.add(i);
        }
        for (int n = w.count(in); n > 0; n--) {
            UnemploymentSpell u = new UnemploymentSpell();
            u.personId = str.read(in);
            u.insured = in.readBoolean();
            u.since = w.time(in);
            u.eventId = Wire.str(in);
            s.unemployment.add(u);
        }
        for (int n = w.count(in); n > 0; n--) {
            Disability d = new Disability();
            d.personId = str.read(in);
            d.grade = w.integer(in);
            d.kind = str.read(in);
            d.at = w.time(in);
            s.disabilities.add(d);
        }
        for (int n = w.count(in); n > 0; n--) {
            Student st = new Student();
            st.personId = str.read(in);
            st.stage = str.read(in);
            st.enrolledAt = w.time(in);
            st.leftAt = w.time(in);
            st.leftReason = str.read(in);
            s.students.add(st);
        }
        for (int n = w.count(in); n > 0; n--) {
            GrantRecord g = new GrantRecord();
            g.type = str.read(in);
            g.kind = str.read(in);
            g.personId = str.read(in);
            g.at = w.time(in);
            g.amount = w.amount(in);
            g.eventId = Wire.str(in);
            s.grants.add(g);
        }
        for (int n = w.count(in); n > 0; n--) {
            Incident i = new Incident();
            i.kind = str.read(in);
            i.personId = str.read(in);
            i.at = w.time(in);
            i.eventId = Wire.str(in);
            i.region = str.read(in);
            s.incidents.add(i);
        }
        if (in.readBoolean()) {
            HousingAssessment h = new HousingAssessment();
            h.condition = str.read(in);
            h.onlyHouse = in.readBoolean();
            h.seismicIntensity = w.integer(in);
            h.seismicCompliant = in.readBoolean();
            h.at = w.time(in);
            h.eventId = Wire.str(in);
            s.housing = h;
        }
        if (in.readBoolean()) {
            DisasterReport d = new DisasterReport();
            d.disaster = str.read(in);
            d.houseDamage = str.read(in);
            d.loss = w.amount(in);
            d.injured = w.integer(in);
            d.died = w.integer(in);
            d.at = w.time(in);
            d.eventId = Wire.str(in);
            s.disaster = d;
        }
        if (in.readBoolean()) {
            IncomeDecline d = new IncomeDecline();
            d.previousAnnual = w.amount(in);
            d.currentAnnual = w.amount(in);
            d.at = w.time(in);
            d.eventId = Wire.str(in);
            s.incomeDecline = d;
        }
        if (in.readBoolean()) {
            HardshipRegistration h = new HardshipRegistration();
            h.level = str.read(in);
            h.at = w.time(in);
            h.eventId = Wire.str(in);
            s.hardship = h;
        }
        for (int n = w.count(in); n > 0; n--) {
            OpenAlert a = new OpenAlert();
            a.indicator = str.read(in);
            a.alertId = str.read(in);
            a.grade = grade(in);
            a.raisedAt = w.time(in);
            a.types = strings(in, w, str);
            a.referTo = strings(in, w, str);
            s.openAlerts.add(a);
        }
        for (int n = w.count(in); n > 0; n--) {
            OpenReferral r = new OpenReferral();
            boolean idDerived = format >= 3 && in.readBoolean();
            r.referralId = idDerived ? null : str.read(in);
            r.alertId = str.read(in);
            r.indicator = str.read(in);
            r.department = str.read(in);
            if (idDerived) {
                r.referralId = referralIdOf(r);
            }
            r.grade = grade(in);
            r.referredAt = w.time(in);
            r.dueBy = w.time(in);
            r.status = str.read(in);
            r.overdue = in.readBoolean();
            s.referrals.add(r);
        }
        for (int n = w.count(in); n > 0; n--) {
            s.settled.put(str.read(in), grade(in));
        }
        if (format < 3) {
            s.lastEventAt = w.time(in);
        }
        s.nextCheck = w.time(in);
        int received = w.count(in);
        s.received = new HashMap<>(Math.max(4, received * 2));
        for (int n = received; n > 0; n--) {
            s.received.put(format >= 3 ? received(in) : str.read(in), w.time(in));
        }
        // format 1 did not record these: the next round judges every indicator and looks for a chain
        s.judgedWith = format >= 2 ? w.count(in) : 0;
        s.chained = format < 2 || in.readBoolean();
        return s;
    }

    @Override
    public TypeSerializerSnapshot<HouseholdState> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores this serializer from a checkpoint; the value's own version byte covers format changes. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<HouseholdState> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }

    /** The county code a household id starts with ("450422-00000001"), or null. */
    static String regionOf(String householdId) {
        int dash = householdId == null ? -1 : householdId.indexOf('-');
        return dash == 6 ? householdId.substring(0, 6) : null;
    }

    /** The id the engine gives the referral ({@link Referral#idOf}), or null without alert or department. */
    private static String referralIdOf(OpenReferral r) {
        return r.alertId == null || r.department == null ? null : Referral.idOf(r.alertId, r.department);
    }

    /** A re-send key, source/eventId: a known source as its index (1 up), else 0 and the whole key. */
    private static void received(DataOutputView out, String key) throws IOException {
        int slash = key.indexOf('/');
        int source = slash < 0 ? -1 : Departments.ALL.indexOf(key.substring(0, slash));
        out.writeByte(source + 1);
        Wire.str(out, source < 0 ? key : key.substring(slash + 1));
    }

    private static String received(DataInputView in) throws IOException {
        int source = in.readByte() - 1;
        String rest = Wire.str(in);
        return source < 0 ? rest : Event.dedupKey(Departments.ALL.get(source), rest);
    }

    private static void strings(DataOutputView out, Wire w, StringTable.Writer strings, List<String> values) throws IOException {
        w.count(out, values.size());
        for (String v : values) {
            strings.write(out, v);
        }
    }

    private static List<String> strings(DataInputView in, Wire w, StringTable.Source str) throws IOException {
        int n = w.count(in);
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(str.read(in));
        }
        return values;
    }

    private static void grade(DataOutputView out, Grade g) throws IOException {
        out.writeByte(g == null ? -1 : g.ordinal());
    }

    private static Grade grade(DataInputView in) throws IOException {
        int ordinal = in.readByte();
        return ordinal < 0 ? null : GRADES[ordinal];
    }
}
