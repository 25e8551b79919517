package gx.doudi.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Resident identity numbers (GB 11643-1999): the check character and contract §5's masking. */
class PersonIdsTest {
    @ParameterizedTest(name = "{0}{1}")
    @CsvSource({
        // the standard's own example, whose check character is X
        "11010519491231002, X",
        "44052418800101001, 4",
        // weighted sum 165, 165 mod 11 = 0, and 0 maps to 1
        "45010219800101011, 1"})
    void checkCharacter(String first17, char check) {
        assertThat(PersonIds.checkChar(first17)).isEqualTo(check);
        assertThat(PersonIds.isValid(first17 + check)).isTrue();
    }

    @Test
    void everyOtherCheckCharacterIsWrong() {
        for (char c : "0123456789X".toCharArray()) {
            assertThat(PersonIds.isValid("11010519491231002" + c)).as("check character %s", c).isEqualTo(c == 'X');
        }
    }

    @Test
    void aLowerCaseXIsTheSameCheckCharacter() {
        assertThat(PersonIds.isValid("11010519491231002x")).isTrue();
        assertThat(PersonIds.normalize("11010519491231002x")).isEqualTo("11010519491231002X");
        assertThat(PersonIds.normalize(null)).isNull();
    }

    @ParameterizedTest(name = "born {0}")
    @ValueSource(strings = {"19490230", "19491301", "19490100", "19490431"})
    void anImpossibleBirthDateIsInvalidWhateverTheCheckCharacter(String birth) {
        assertThat(PersonIds.isValid(ResidentIds.of("110105", birth, 2))).isFalse();
    }

    @Test
    void aLeapDayIsABirthDate() {
        assertThat(PersonIds.isValid(ResidentIds.of("450102", "20000229", 2))).isTrue();
        assertThat(PersonIds.isValid(ResidentIds.of("450102", "19000229", 2))).isFalse();
    }

    @Test
    void aBirthDateIsValidExactlyWhenJavaTimeParsesIt() {
        // every month 00 to 13 and day 00 to 32 of years around leap rules, and the ends of the range
        for (int year : new int[] {0, 1, 1899, 1900, 1901, 1996, 2000, 2001, 2024, 2100, 9999}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String birth = String.format("%04d%02d%02d", year, month, day);
                    String id = ResidentIds.of("450102", birth, 2);
                    boolean parses;
                    try {
                        java.time.LocalDate.parse(PersonIds.birthDate(id));
                        parses = true;
                    } catch (java.time.DateTimeException e) {
                        parses = false;
                    }
                    assertThat(PersonIds.isValid(id)).as("born %s", birth).isEqualTo(parses);
                }
            }
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "11010519491231002", "11010519491231002X0", "1101051949123100XX", "A10105194912310024",
            "１１０１０５１９４９１２３１００２Ｘ"})
    void anIdOfTheWrongShapeIsInvalid(String id) {
        assertThat(PersonIds.isValid(id)).isFalse();
    }

    @Test
    void noIdIsInvalid() {
        assertThat(PersonIds.isValid(null)).isFalse();
    }

    @Test
    void maskingKeepsTheFirstFourAndLastFour() {
        assertThat(PersonIds.mask("450102201003150014")).isEqualTo("4501**********0014");
        assertThat(PersonIds.mask("11010519491231002X")).isEqualTo("1101**********002X");
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource({"12345678, ********", "1234, ****", "123456789, 1234*6789", "'', ''"})
    void aShortIdIsMaskedWhole(String id, String masked) {
        assertThat(PersonIds.mask(id)).isEqualTo(masked);
    }

    @Test
    void aHouseholdOfOneKeyIsMasked() {
        assertThat(PersonIds.maskHouseholdKey("person:450102201003150014")).isEqualTo("person:4501**********0014");
    }

    @Test
    void aListedHouseholdIdIsNotPersonalAndStays() {
        assertThat(PersonIds.maskHouseholdKey("450102-00012345")).isEqualTo("450102-00012345");
        assertThat(PersonIds.maskHouseholdKey(null)).isNull();
        assertThat(PersonIds.mask(null)).isNull();
    }

    @Test
    void aBirthDateIsRecognisedAsAnIdsExactlyWhenBirthDateWritesIt() {
        String id = "450102199003071234";
        for (String date : new String[] {"1990-03-07", "1990-03-08", "1990/03/07", "1990-3-7", "19900307", "2990-03-07", ""}) {
            assertThat(PersonIds.isBirthDateOf(date, id)).as(date).isEqualTo(date.equals(PersonIds.birthDate(id)));
        }
        assertThat(PersonIds.isBirthDateOf("1990-03-07", "45010219900307123")).isFalse();
        assertThat(PersonIds.isBirthDateOf("1990-03-07", null)).isFalse();
    }
}
