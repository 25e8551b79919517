package gx.doudi.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/** A value's strings come back as they went, repeats as the one string, in fewer bytes than each alone. */
class StringTableTest {
    static byte[] written(List<String> strings) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(16);
        StringTable.Writer table = new StringTable.Writer();
        for (String s : strings) {
            table.write(out, s);
        }
        return out.getCopyOfBuffer();
    }

    static List<String> read(byte[] bytes, int n) throws IOException {
        DataInputDeserializer in = new DataInputDeserializer(bytes);
        StringTable.Source table = StringTable.source(true);
        List<String> back = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            back.add(table.read(in));
        }
        assertThat(in.available()).as("bytes left").isZero();
        return back;
    }

    @Test
    void stringsNullsAndRepeatsComeBackInTheirOrder() throws Exception {
        Random random = new Random(3);
        String[] pool = {"civil-affairs", "referral-overdue", "", "a-54b1b83a535ca24c5928", "救助", "ü", null, "red"};
        for (int round = 0; round < 200; round++) {
            List<String> strings = new ArrayList<>();
            for (int i = random.nextInt(300); i > 0; i--) {
                strings.add(random.nextInt(4) == 0 ? "s" + random.nextInt(1000) : pool[random.nextInt(pool.length)]);
            }
            assertThat(read(written(strings), strings.size())).isEqualTo(strings);
        }
    }

    @Test
    void aRepeatIsWrittenAsAByteAndReadAsTheStringBeforeIt() throws Exception {
        List<String> strings = Arrays.asList("civil-affairs", "civil-affairs", null, "civil-affairs");
        byte[] bytes = written(strings);

        assertThat(bytes).hasSize(1 + "civil-affairs".length() + 3);
        List<String> back = read(bytes, strings.size());
        assertThat(back.get(1)).isSameAs(back.get(0)).isSameAs(back.get(3));
    }

    @Test
    void aReferenceToAStringNotYetReadIsRefused() {
        byte[] bytes = {5};

        assertThatThrownBy(() -> read(bytes, 1)).isInstanceOf(IOException.class).hasMessageContaining("string 2");
    }
}
