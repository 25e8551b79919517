package gx.doudi.event;

import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.FilledPojos;
import gx.doudi.Serialized;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.junit.jupiter.api.Test;

/** An event survives the wire between stages whole, and Flink moves it with its own serializer. */
class EventSerializerTest {
    final EventSerializer serializer = EventSerializer.INSTANCE;

    Event roundTrip(Event e) throws IOException {
        return Serialized.roundTrip(serializer, e);
    }

    @Test
    void anEventWithEveryEnvelopeAndPayloadFieldSetComesBackAsItWas() throws Exception {
        Event full = new FilledPojos().filled(Event.class);
        assertThat(full).hasNoNullFieldsOrProperties();
        assertThat(full.payload).hasNoNullFieldsOrProperties();

        assertThat(roundTrip(full)).usingRecursiveComparison().isEqualTo(full);
        assertThat(serializer.copy(full)).usingRecursiveComparison().isEqualTo(full);
    }

    @Test
    void anEventWithOnlyItsTypesFieldsComesBackWithTheRestNull() throws Exception {
        Event e = new Event();
        e.eventId = "ms-1";
        e.payload = new Payload();
        e.payload.outOfPocket = 1200.0;
        e.payload.members = new Member[] {new Member("450102198001010011", "self", null, true), null};

        assertThat(roundTrip(e)).usingRecursiveComparison().isEqualTo(e);
        Event bare = new Event();
        assertThat(roundTrip(bare)).usingRecursiveComparison().isEqualTo(bare);
    }

    @Test
    void anEventWrittenInFormatOneStillReads() throws Exception {
        // as the build before format 2 wrote the filled event: strings a char at a time (a checkpoint's waiting events)
        byte[] one = Files.readAllBytes(Path.of("src/test/resources/formats/event-format-1.bin"));

        assertThat(one[0]).isEqualTo((byte) 1);
        assertThat(Serialized.read(serializer, one)).usingRecursiveComparison().isEqualTo(new FilledPojos().filled(Event.class));
    }

    @Test
    void eventsAreWrittenInFormatTwo() throws Exception {
        byte[] two = Serialized.bytes(serializer, new FilledPojos().filled(Event.class));

        assertThat(two[0]).isEqualTo((byte) 2);
    }

    @Test
    void flinkUsesTheCompactSerializerForEvents() {
        assertThat(TypeInformation.of(Event.class).createSerializer(new SerializerConfigImpl())).isSameAs(serializer);
    }
}
