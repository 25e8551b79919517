package gx.doudi;

import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.event.Event;
import gx.doudi.event.EventSerializer;
import gx.doudi.household.HouseholdState;
import gx.doudi.household.HouseholdStateSerializer;
import gx.doudi.referral.ChainHistory;
import gx.doudi.referral.ChainHistorySerializer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.junit.jupiter.api.Test;

/**
 * An upgrade reads what the build before it wrote: the files are a filled household state, chain and
 * event as format 1 (the builds of 2026-11-29, `a9ebd57` to `ac049e5`) wrote them, strings as Flink's
 * StringValue. A savepoint or checkpoint of those builds holds its state and waiting events this way.
 */
class FormatOneTest {
    static <T> T readFormatOne(TypeSerializer<T> serializer, String file) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/formats", file));
        assertThat(bytes[0]).as("the file's format version").isEqualTo((byte) 1);
        return Serialized.read(serializer, bytes);
    }

    @Test
    void theHouseholdStateTheChainAndTheEventsOfFormatOneAreReadWhole() throws Exception {
        assertThat(readFormatOne(HouseholdStateSerializer.INSTANCE, "household-state-v1.bin"))
                .usingRecursiveComparison().isEqualTo(new FilledPojos().filled(HouseholdState.class));
        assertThat(readFormatOne(ChainHistorySerializer.INSTANCE, "chain-v1.bin"))
                .usingRecursiveComparison().isEqualTo(new FilledPojos().filled(ChainHistory.class));
        assertThat(readFormatOne(EventSerializer.INSTANCE, "event-v1.bin"))
                .usingRecursiveComparison().isEqualTo(new FilledPojos().filled(Event.class));
    }

    @Test
    void theyAreWrittenBackInTheLatestFormat() throws Exception {
        HouseholdState state = readFormatOne(HouseholdStateSerializer.INSTANCE, "household-state-v1.bin");
        byte[] latest = Serialized.bytes(HouseholdStateSerializer.INSTANCE, state);

        assertThat(latest[0]).isEqualTo((byte) 2);
        assertThat(Serialized.read(HouseholdStateSerializer.INSTANCE, latest)).usingRecursiveComparison().isEqualTo(state);
    }
}
