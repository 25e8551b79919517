package gx.doudi.event;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/** Resident identity numbers (GB 11643-1999): check digit and masking. */
public final class PersonIds {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private PersonIds() {}

    /** True when the id has 17 digits, a valid birth date and the right check character. */
    public static boolean isValid(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        // the birth date, digits checked above, as LocalDate.parse would take it but without a formatter (a
        // parser's hot spot: every event with a person's id)
        try {
            LocalDate.of(digits(id, 6, 10), digits(id, 10, 12), digits(id, 12, 14));
        } catch (DateTimeException e) {
            return false;
        }
        return checkChar(id.substring(0, 17)) == Character.toUpperCase(id.charAt(17));
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = 10 * n + s.charAt(i) - '0';
        }
        return n;
    }

    /** The birth date an 18-character id carries (characters 7 to 14), as yyyy-MM-dd, or null. */
    public static String birthDate(String id) {
        if (id == null || id.length() != 18) {
            return null;
        }
        return id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14);
    }

    /** Whether {@code date} is exactly {@link #birthDate}{@code (id)}, found without writing it. */
    public static boolean isBirthDateOf(String date, String id) {
        return id != null && id.length() == 18 && date.length() == 10 && date.charAt(4) == '-' && date.charAt(7) == '-'
                && date.regionMatches(0, id, 6, 4) && date.regionMatches(5, id, 10, 2) && date.regionMatches(8, id, 12, 2);
    }

    /** The check character for the first 17 digits. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** One person, one id: GB 11643 writes the check character X upper-case, and some systems send 'x'. */
    public static String normalize(String id) {
        return id == null ? null : id.toUpperCase(Locale.ROOT);
    }

    /** Contract §5: first 4 and last 4 characters kept. */
    public static String mask(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() <= 8) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }

    private static final java.util.regex.Pattern ANY_ID =
            java.util.regex.Pattern.compile("(?<![0-9A-Za-z])([0-9]{4})[0-9]{10}([0-9]{3}[0-9Xx])(?![0-9A-Za-z])");

    /** Masks every identity number in a text (issue 6: only a department's referrals carry full ids). */
    public static String maskAll(String text) {
        return text == null ? null : ANY_ID.matcher(text).replaceAll("$1**********$2");
    }

    /** Masks a household key: a listed household id stays, a household of one ("person:ID") is masked. */
    public static String maskHouseholdKey(String householdId) {
        if (householdId != null && householdId.startsWith(Households.PERSON_PREFIX)) {
            return Households.PERSON_PREFIX + mask(householdId.substring(Households.PERSON_PREFIX.length()));
        }
        return householdId;
    }
}
