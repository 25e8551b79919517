package gx.doudi.pipeline;

import gx.doudi.alert.Alert;
import gx.doudi.alert.Referral;
import gx.doudi.event.Event;
import gx.doudi.event.Parsed;
import gx.doudi.event.RawRecord;
import gx.doudi.event.Rejected;
import gx.doudi.household.HouseholdState;
import org.apache.flink.types.PojoTestUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every record type that crosses the network or sits in state is serialized by Flink itself, never Kryo. */
class RecordTypesTest {
    @ParameterizedTest
    @ValueSource(classes = {RawRecord.class, Parsed.class, Event.class, Rejected.class, HouseholdState.class,
            Alert.class, Referral.class})
    void serializedAsPojoWithoutKryo(Class<?> type) {
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(type);
    }
}
