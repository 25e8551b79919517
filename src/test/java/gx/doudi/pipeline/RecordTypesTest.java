package gx.doudi.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.alert.Alert;
import gx.doudi.alert.Referral;
import gx.doudi.event.CompactTypeInfo;
import gx.doudi.event.Event;
import gx.doudi.event.EventSerializer;
import gx.doudi.event.Parsed;
import gx.doudi.event.RawRecord;
import gx.doudi.event.Rejected;
import gx.doudi.household.HouseholdStateSerializer;
import gx.doudi.indicator.IndicatorRelease;
import gx.doudi.indicator.IndicatorStatus;
import gx.doudi.referral.ChainHistorySerializer;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.types.PojoTestUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every record type that crosses the network or sits in state is serialized by Flink itself, never Kryo:
 * the small ones as POJOs, the hot ones (events, the household's state and chain) by their own
 * compact serializers.
 */
class RecordTypesTest {
    @ParameterizedTest
    @ValueSource(classes = {RawRecord.class, Parsed.class, Rejected.class, Alert.class, Referral.class,
            IndicatorRelease.class, IndicatorStatus.class})
    void serializedAsPojoWithoutKryo(Class<?> type) {
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(type);
    }

    @Test
    void eventsTravelWithTheirOwnSerializer() {
        assertThat(TypeInformation.of(Event.class)).isInstanceOf(CompactTypeInfo.class);
        assertThat(TypeInformation.of(Event.class).createSerializer(new SerializerConfigImpl()))
                .isSameAs(EventSerializer.INSTANCE);
    }

    @Test
    void theHouseholdsStateAndChainAreStoredWithTheirOwnSerializers() {
        assertThat(HouseholdMonitor.householdState().getSerializer()).isSameAs(HouseholdStateSerializer.INSTANCE);
        assertThat(HouseholdMonitor.chainState().getSerializer()).isSameAs(ChainHistorySerializer.INSTANCE);
    }
}
