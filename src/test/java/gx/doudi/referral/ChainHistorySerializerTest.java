package gx.doudi.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.doudi.FilledPojos;
import gx.doudi.Serialized;
import gx.doudi.event.Times;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A household's chain survives its own format whole, every field of every kind of entry. */
class ChainHistorySerializerTest {
    final ChainHistorySerializer serializer = ChainHistorySerializer.INSTANCE;

    byte[] bytes(ChainHistory value) throws IOException {
        return Serialized.bytes(serializer, value);
    }

    ChainHistory read(byte[] bytes) throws IOException {
        return Serialized.read(serializer, bytes);
    }

    @Test
    void entriesWithEveryFieldSetComeBackAsTheyWere() throws Exception {
        ChainHistory full = new FilledPojos().filled(ChainHistory.class);
        assertThat(full.entries).hasSize(2).allSatisfy(e -> assertThat(e).hasNoNullFieldsOrProperties());

        assertThat(read(bytes(full))).usingRecursiveComparison().isEqualTo(full);
        assertThat(serializer.copy(full)).usingRecursiveComparison().isEqualTo(full);
    }

    @Test
    void entriesWithOnlyTheirKindsFieldsComeBackWithTheRestNull() throws Exception {
        ChainEntry grant = new ChainEntry();
        grant.time = Times.parse("2025-03-01T10:00:00+08:00");
        grant.at = Times.iso(grant.time);
        grant.entry = ChainEntry.GRANT;
        grant.amount = 800.0;
        ChainEntry bare = new ChainEntry();
        bare.time = 5;
        ChainHistory chain = new ChainHistory();
        chain.entries.addAll(List.of(grant, bare));

        assertThat(read(bytes(chain))).usingRecursiveComparison().isEqualTo(chain);
    }

    @Test
    void aFormatThisBuildDoesNotKnowIsRefusedWithItsVersion() throws Exception {
        byte[] bytes = bytes(new ChainHistory());
        bytes[0] = 42;

        assertThatThrownBy(() -> read(bytes)).isInstanceOf(IOException.class).hasMessageContaining("version 42");
    }
}
