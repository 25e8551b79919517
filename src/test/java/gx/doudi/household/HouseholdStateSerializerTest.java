package gx.doudi.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.doudi.FilledPojos;
import gx.doudi.Serialized;

import java.io.IOException;
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

    @Test
    void aStateWrittenInFormatOneStillReadsAndIsJudgedWholeNextTime() throws Exception {
        HouseholdState full = new FilledPojos().filled(HouseholdState.class);
        byte[] now = bytes(full);
        // format 1 is format 2 without what ends it: the set that last judged the household, and whether it has a chain
        byte[] one = Arrays.copyOf(now, now.length - Integer.BYTES - 1);
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

    @Test
    void aTypicalHouseholdTakesFewBytes() throws Exception {
        HouseholdState s = new HouseholdState();
        s.householdId = "450102-00012345";
        s.region = "450102";
        s.residence = "urban";
        s.listed = true;
        for (String id : List.of("450102198001010011", "450102198202020022", "450102201003030033")) {
            HouseholdMember m = new HouseholdMember();
            m.personId = id;
            m.relation = "spouse";
            m.birthDate = "1980-01-01";
            s.members.add(m);
        }
        s.annualIncome = 30_000.0;

        assertThat(bytes(s).length).isLessThan(250);
    }
}
