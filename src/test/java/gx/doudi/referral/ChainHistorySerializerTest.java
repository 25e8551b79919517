package gx.doudi.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.doudi.FilledPojos;
import gx.doudi.Serialized;
import gx.doudi.event.Times;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** An entry of a kind at a time, as the engine writes it. */
    static ChainEntry entry(String at, String kind) {
        ChainEntry e = new ChainEntry();
        e.time = Times.parse(at);
        e.at = at;
        e.entry = kind;
        return e;
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
        ChainEntry grant = entry("2025-03-01T10:00:00+08:00", ChainEntry.GRANT);
        grant.amount = 800.0;
        ChainEntry bare = new ChainEntry();
        bare.time = 5;
        ChainHistory chain = new ChainHistory();
        chain.entries.addAll(List.of(grant, bare));

        assertThat(read(bytes(chain))).usingRecursiveComparison().isEqualTo(chain);
    }

    @Test
    void aChainWrittenInFormatOneStillReads() throws Exception {
        byte[] one = Files.readAllBytes(Path.of("src/test/resources/formats/chain-format-1.bin"));

        assertThat(read(one)).usingRecursiveComparison().isEqualTo(new FilledPojos().filled(ChainHistory.class));
    }

    @Test
    void aChainWrittenInFormatTwoStillReads() throws Exception {
        byte[] two = Files.readAllBytes(Path.of("src/test/resources/formats/chain-format-2.bin"));

        assertThat(two[0]).isEqualTo((byte) 2);
        assertThat(read(two)).usingRecursiveComparison().isEqualTo(new FilledPojos().filled(ChainHistory.class));
    }

    @Test
    void aChainWritesEachOfItsRepeatedNamesOnce() throws Exception {
        ChainHistory chain = new ChainHistory();
        for (int i = 0; i < 10; i++) {
            ChainEntry e = entry(Times.iso(1_735_696_800_000L + i * 86_400_000L), ChainEntry.OVERDUE);
            e.alertId = "a-54b1b83a535ca24c5928";
            e.indicator = "marginal-income";
            e.department = "civil-affairs";
            e.referralId = e.alertId + "/" + e.department;
            chain.entries.add(e);
        }
        int once = "overdue".length() + "a-54b1b83a535ca24c5928".length() + "marginal-income".length() + "civil-affairs".length();

        assertThat(read(bytes(chain))).usingRecursiveComparison().isEqualTo(chain);
        // an entry: its fields' bits (3 bytes), its time (up to 9), a byte for each of its four names
        assertThat(bytes(chain).length).as("the names once, then a few bytes an entry").isLessThanOrEqualTo(1 + 1 + once + 10 * 16);
    }

    @Test
    void aReferralAsTheEngineWritesItComesBackWithItsIdAndDeadline() throws Exception {
        ChainEntry sent = entry("2025-01-01T09:43:01+08:00", ChainEntry.REFERRAL);
        sent.alertId = "a-56fbfd48373e48380852";
        sent.department = "civil-affairs";
        sent.referralId = sent.alertId + "/" + sent.department;
        sent.dueBy = "2025-01-16T09:43:01+08:00";
        ChainEntry foreign = new ChainEntry();
        foreign.time = sent.time;
        foreign.entry = ChainEntry.ANSWER;
        foreign.alertId = sent.alertId;
        foreign.department = "health";
        foreign.referralId = "r-from-elsewhere";
        foreign.dueBy = "2025-01-16T01:43:01Z";
        ChainHistory chain = new ChainHistory();
        chain.entries.addAll(List.of(sent, foreign));

        assertThat(read(bytes(chain))).usingRecursiveComparison().isEqualTo(chain);
    }

    @Test
    void aFormatThisBuildDoesNotKnowIsRefusedWithItsVersion() throws Exception {
        byte[] bytes = bytes(new ChainHistory());
        bytes[0] = 42;

        assertThatThrownBy(() -> read(bytes)).isInstanceOf(IOException.class).hasMessageContaining("version 42");
    }
}
