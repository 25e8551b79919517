package gx.doudi.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.doudi.FilledPojos;
import gx.doudi.Serialized;

import gx.doudi.indicator.Grade;
import gx.doudi.referral.OpenReferral;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The household's state survives its own format whole. The state is filled by reflection, every field
 * of every nested type with a value that is not its default, so a field added to the state and
 * forgotten in the serializer fails here.
 */
class HouseholdStateSerializerTest {
    final HouseholdStateSerializer serializer = HouseholdStateSerializer.INSTANCE;

    byte[] bytes(HouseholdState value) throws IOException {
        return Serialized.bytes(serializer, value);
    }

    HouseholdState read(byte[] bytes) throws IOException {
        return Serialized.read(serializer, bytes);
    }

    @Test
    void everyFieldOfAFullStateComesBackAsItWas() throws Exception {
        HouseholdState full = new FilledPojos().filled(HouseholdState.class);
        assertThat(full).hasNoNullFieldsOrProperties();

        HouseholdState back = read(bytes(full));

        assertThat(back).usingRecursiveComparison().isEqualTo(full);
        assertThat(serializer.copy(full)).usingRecursiveComparison().isEqualTo(full);
    }

    @Test
    void anEmptyStateWithItsNullsComesBackAsItWas() throws Exception {
        HouseholdState empty = new HouseholdState();
        empty.members.add(new HouseholdMember());

        assertThat(read(bytes(empty))).usingRecursiveComparison().isEqualTo(empty);
    }

    /** The filled state as the build before format 3 wrote it (format 2). */
    static byte[] formatTwo() throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/formats/household-state-format-2.bin"));
    }

    @Test
    void aStateWrittenInFormatTwoStillReads() throws Exception {
        HouseholdState full = new FilledPojos().filled(HouseholdState.class);

        assertThat(read(formatTwo())).usingRecursiveComparison().isEqualTo(full);
    }

    @Test
    void aStateWrittenInFormatThreeStillReads() throws Exception {
        byte[] three = Files.readAllBytes(Path.of("src/test/resources/formats/household-state-format-3.bin"));

        assertThat(three[0]).isEqualTo((byte) 3);
        assertThat(read(three)).usingRecursiveComparison().isEqualTo(new FilledPojos().filled(HouseholdState.class));
    }

    @Test
    void aStateWrittenInFormatOneStillReadsAndIsJudgedWholeNextTime() throws Exception {
        HouseholdState full = new FilledPojos().filled(HouseholdState.class);
        byte[] two = formatTwo();
        // format 1 is format 2 without what ends it: the set that last judged the household, and whether it has a chain
        byte[] one = Arrays.copyOf(two, two.length - Integer.BYTES - 1);
        one[0] = 1;

        HouseholdState back = read(one);

        assertThat(back.judgedWith).isZero();
        assertThat(back.chained).as("may have a chain").isTrue();
        assertThat(back).usingRecursiveComparison().ignoringFields("judgedWith", "chained").isEqualTo(full);
    }

    @Test
    void aFormatThisBuildDoesNotKnowIsRefusedWithItsVersion() throws Exception {
        byte[] bytes = bytes(new HouseholdState());
        bytes[0] = 99;

        assertThatThrownBy(() -> read(bytes)).isInstanceOf(IOException.class).hasMessageContaining("version 99");
    }

    /** A household as the engine keeps it after its registration, an income check and a referral. */
    static HouseholdState typical() {
        HouseholdState s = new HouseholdState();
        s.householdId = "450102-00012345";
        s.region = "450102";
        s.residence = "urban";
        s.listed = true;
        for (String id : List.of("450102198001010011", "450102198202020022", "450102201003030033")) {
            HouseholdMember m = new HouseholdMember();
            m.personId = id;
            m.relation = "spouse";
            m.birthDate = id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14);
            s.members.add(m);
        }
        s.annualIncome = 30_000.0;
        s.incomeAssessedAt = 1_735_696_800_000L;
        OpenReferral r = new OpenReferral();
        r.alertId = "a-56fbfd48373e48380852";
        r.department = "civil-affairs";
        r.referralId = r.alertId + "/" + r.department;
        r.indicator = "marginal-income";
        r.grade = Grade.YELLOW;
        r.referredAt = 1_735_696_800_000L;
        r.dueBy = 1_736_992_800_000L;
        r.status = "raised";
        s.referrals.add(r);
        s.lastEventAt = 1_735_696_800_000L;
        s.received.put("civil-affairs/ca-2025-0000001", 1_735_696_800_000L);
        s.received.put("health/hl-2025-0000002", 1_735_696_800_123L);
        s.received.put("some-other-source/x-1", 1_735_696_800_000L);
        return s;
    }

    @Test
    void whatTheIdsAlreadySayIsLeftOutAndComesBack() throws Exception {
        HouseholdState s = typical();
        s.members.get(2).birthDate = "2010-03-04"; // not what the identity number says: kept as written

        assertThat(read(bytes(s))).usingRecursiveComparison().isEqualTo(s);
    }

    @Test
    void aTypicalHouseholdTakesFewBytes() throws Exception {
        // format 2 wrote this household in 456 bytes
        assertThat(bytes(typical()).length).isLessThan(300);
    }
}
