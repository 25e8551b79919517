package gx.doudi.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON mapper for everything the engine writes. */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // maps (evidence) in key order: the same record is the same text whichever path it took
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private Json() {}

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw cannotWrite(value, e);
        }
    }

    /** {@link #write} as UTF-8 bytes, with no string between. */
    public static byte[] writeBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw cannotWrite(value, e);
        }
    }

    private static IllegalStateException cannotWrite(Object value, JsonProcessingException e) {
        return new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
}
