package gx.doudi.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Turns the text of one record into a validated {@link Event} (contract §3–4), or says why not.
 * Plain Java: the parse stage of the topology and the tests call the same code.
 */
public final class EventParser {
    /** Records longer than this are refused before any parsing. */
    public static final int MAX_RECORD_CHARS = 64 * 1024;
    /** No department event predates the platform's data by this much. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** Clock skew tolerated for events stamped slightly in the future. */
    public static final long FUTURE_TOLERANCE_MS = 24L * 3600 * 1000;

    private static final Pattern HOUSEHOLD_ID = Pattern.compile("[0-9]{6}-[0-9A-Za-z]{1,24}");
    private static final Pattern REGION = Pattern.compile("45[0-9]{4}");

    /** Reads envelopes: unknown fields are allowed (the contract may grow), wrong types are not. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(MAX_RECORD_CHARS).build());
    }

    /** The wire form of the envelope: times stay text until checked. */
    public static class Envelope {
        public String eventId;
        public String source;
        public String type;
        public String occurredAt;
        public String householdId;
        public String personId;
        public String region;
        public Payload payload;
    }

    /** The outcome of parsing one record: an event, or the reason it was refused. */
    public record Result(Event event, String reason) {
        static Result rejected(String reason) {
            return new Result(null, reason);
        }

        public boolean ok() {
            return event != null;
        }
    }

    private EventParser() {}

    public static Result parse(RawRecord record, long nowMillis) {
        String text = record.value;
        if (text == null || text.isBlank()) {
            return Result.rejected("empty record");
        }
        if (text.length() > MAX_RECORD_CHARS) {
            return Result.rejected("too-large: " + text.length() + " characters, limit " + MAX_RECORD_CHARS);
        }
        Envelope envelope;
        // RFC 8259 lets a parser ignore a byte order mark; Windows tools put one before the first line of a file
        String json = text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        try (JsonParser parser = JSON.createParser(json)) {
            envelope = JSON.readValue(parser, Envelope.class);
            if (envelope != null && parser.nextToken() != null) {
                // a second value would otherwise be dropped silently (contract §8)
                return Result.rejected("malformed JSON: more than one value in the record");
            }
        } catch (MismatchedInputException e) {
            return Result.rejected(wrongType(e));
        } catch (JsonProcessingException e) {
            return Result.rejected("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return Result.rejected("malformed JSON: " + e.getMessage());
        }
        if (envelope == null) {
            return Result.rejected("malformed JSON: not an object");
        }
        normalizeIds(envelope);
        String problem = checkEnvelope(envelope, record.topic, nowMillis);
        if (problem == null) {
            problem = PayloadRules.check(envelope.type, envelope.payload);
        }
        if (problem != null) {
            return Result.rejected(problem);
        }
        Event event = new Event();
        event.eventId = envelope.eventId;
        event.source = envelope.source;
        event.type = envelope.type;
        event.occurredAt = Times.parse(envelope.occurredAt);
        event.householdId = blankToNull(envelope.householdId);
        event.personId = blankToNull(envelope.personId);
        event.region = blankToNull(envelope.region);
        event.payload = envelope.payload == null ? new Payload() : envelope.payload;
        event.topic = record.topic;
        event.partition = record.partition;
        event.offset = record.offset;
        event.raw = text;
        return new Result(event, null);
    }

    private static String checkEnvelope(Envelope e, String topic, long nowMillis) {
        if (isBlank(e.eventId)) {
            return "missing field: eventId";
        }
        if (e.eventId.length() > 128) {
            return "invalid eventId: longer than 128 characters";
        }
        if (isBlank(e.source)) {
            return "missing field: source";
        }
        if (!Departments.isKnown(e.source)) {
            return "unknown source: " + e.source;
        }
        String topicDepartment = Topics.departmentOfEventsTopic(topic);
        if (topic != null && topic.startsWith(Topics.EVENTS_PREFIX) && !e.source.equals(topicDepartment)) {
            return "source " + e.source + " does not match topic " + topic;
        }
        if (isBlank(e.type)) {
            return "missing field: type";
        }
        String owner = EventTypes.sourceOf(e.type);
        if (owner == null) {
            return "unknown type: " + e.type;
        }
        if (!owner.equals(EventTypes.ANY_SOURCE) && !owner.equals(e.source)) {
            return "type " + e.type + " is not sent by " + e.source + " (it comes from " + owner + ")";
        }
        if (isBlank(e.occurredAt)) {
            return "missing field: occurredAt";
        }
        long at;
        try {
            at = Times.parse(e.occurredAt);
        } catch (DateTimeParseException ex) {
            return "invalid occurredAt: " + e.occurredAt + " (ISO-8601 with offset expected)";
        }
        if (at < EARLIEST.toEpochMilli()) {
            return "invalid occurredAt: " + e.occurredAt + " is before " + EARLIEST;
        }
        if (at > nowMillis + FUTURE_TOLERANCE_MS) {
            return "invalid occurredAt: " + e.occurredAt + " is in the future";
        }
        if (isBlank(e.householdId) && isBlank(e.personId)) {
            return "missing field: householdId or personId";
        }
        if (!isBlank(e.householdId) && !HOUSEHOLD_ID.matcher(e.householdId).matches()) {
            return "invalid householdId: " + e.householdId;
        }
        if (!isBlank(e.personId) && !PersonIds.isValid(e.personId)) {
            return "invalid personId: check digit or birth date wrong";
        }
        if (!isBlank(e.region)) {
            if (!REGION.matcher(e.region).matches() || !Regions.CITIES.containsKey(Households.cityOf(e.region))) {
                return "invalid region: " + e.region + " is not a Guangxi division code";
            }
        } else if (EventTypes.HOUSEHOLD_REGISTERED.equals(e.type)) {
            return "missing field: region (required on household.registered)";
        }
        if (EventTypes.HOUSEHOLD_REGISTERED.equals(e.type) && isBlank(e.householdId)) {
            return "missing field: householdId (required on household.registered)";
        }
        return null;
    }

    /** Ids as the engine keys them, so that a person sent with 'x' finds the household that lists 'X'. */
    private static void normalizeIds(Envelope e) {
        e.personId = PersonIds.normalize(e.personId);
        if (e.payload != null) {
            e.payload.personId = PersonIds.normalize(e.payload.personId);
        }
        if (e.payload != null && e.payload.members != null) {
            for (Member m : e.payload.members) {
                if (m != null) {
                    m.personId = PersonIds.normalize(m.personId);
                }
            }
        }
    }

    /** A value of the wrong JSON type: name the field and what it should hold, not Jackson's classes. */
    private static String wrongType(MismatchedInputException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(r.getFieldName());
            } else {
                field.append('[').append(r.getIndex()).append(']');
            }
        }
        if (field.isEmpty()) {
            return "malformed JSON: not an object";
        }
        Class<?> target = e.getTargetType();
        return "invalid " + field + ": wrong JSON type" + (target == null ? "" : ", " + expected(target) + " expected");
    }

    private static String expected(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class) {
            return "text";
        }
        return type.isArray() ? "a list" : "an object";
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s;
    }
}
