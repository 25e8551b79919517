package gx.doudi.event;

/** Valid resident identity numbers for tests: region, birth date and sequence, with the right check character. */
public final class ResidentIds {
    private ResidentIds() {}

    /**
     * @param region 6-digit division code of the person's registration
     * @param birth yyyyMMdd
     * @param sequence 0..999
     */
    public static String of(String region, String birth, int sequence) {
        String first17 = region + birth + String.format("%03d", sequence);
        return first17 + PersonIds.checkChar(first17);
    }

    /** The same id with a wrong check character. */
    public static String withWrongCheck(String id) {
        char right = id.charAt(17);
        return id.substring(0, 17) + (right == '1' ? '2' : '1');
    }
}
