package gx.doudi.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Contract §3–4 and §8: every valid envelope parses; everything else is refused with a reason a person can act on. */
class EventParserTest {
    /** The parser's wall clock in these tests. */
    private static final long NOW = OffsetDateTime.parse("2025-06-01T10:00:00+08:00").toInstant().toEpochMilli();
    private static final String OCCURRED_AT = "2025-05-31T09:30:00+08:00";
    private static final String HEAD = ResidentIds.of("450102", "19800101", 11);
    private static final String CHILD = ResidentIds.of("450102", "20100315", 12);

    /** One valid payload per event type of contract §4. */
    private static final Map<String, String> PAYLOADS = new LinkedHashMap<>();

    static {
        PAYLOADS.put("household.registered", "{\"residence\":\"rural\",\"members\":["
                + "{\"personId\":\"" + HEAD + "\",\"relation\":\"head\",\"birthDate\":\"1980-01-01\",\"mainEarner\":true},"
                + "{\"personId\":\"" + CHILD + "\",\"relation\":\"child\",\"birthDate\":\"2010-03-15\",\"mainEarner\":false}]}");
        PAYLOADS.put("household.income.assessed", "{\"annualIncome\":30000}");
        PAYLOADS.put("category.changed", "{\"category\":\"dibao\"}");
        PAYLOADS.put("member.died", "{\"personId\":\"" + HEAD + "\"}");
        PAYLOADS.put("temporary-assistance.granted", "{\"amount\":2000}");
        PAYLOADS.put("unemployment.registered", "{\"insured\":false,\"seekingWork\":true}");
        PAYLOADS.put("unemployment.ended", "{\"reason\":\"employed\"}");
        PAYLOADS.put("employment-assistance.granted", "{\"kind\":\"training\"}");
        PAYLOADS.put("illness.diagnosed", "{\"severity\":\"major\",\"disease\":\"C34.9\"}");
        PAYLOADS.put("medical.expense.settled", "{\"total\":50000,\"reimbursed\":30000,\"outOfPocket\":20000,\"inpatient\":true}");
        PAYLOADS.put("insurance-subsidy.granted", "{\"year\":2025}");
        PAYLOADS.put("medical-assistance.granted", "{\"amount\":5000}");
        PAYLOADS.put("student.enrolled", "{\"stage\":\"senior\"}");
        PAYLOADS.put("student.left", "{\"reason\":\"dropped-out\"}");
        PAYLOADS.put("student-aid.granted", "{\"kind\":\"grant\",\"amount\":2000}");
        PAYLOADS.put("housing.assessed", "{\"condition\":\"dilapidated-c\",\"onlyHouse\":true,\"seismicIntensity\":7,\"seismicCompliant\":false}");
        PAYLOADS.put("housing-assistance.granted", "{\"kind\":\"renovation\"}");
        PAYLOADS.put("disaster.damage.reported", "{\"disaster\":\"flood\",\"houseDamage\":\"severe\",\"loss\":20000,\"injured\":0,\"died\":0}");
        PAYLOADS.put("accident.reported", "{\"kind\":\"traffic\",\"injured\":1,\"died\":0}");
        PAYLOADS.put("disaster-relief.granted", "{\"amount\":3000}");
        PAYLOADS.put("poverty-return.included", "{\"risk\":\"illness\"}");
        PAYLOADS.put("poverty-return.removed", "{}");
        PAYLOADS.put("rural-income.declined", "{\"previousAnnual\":20000,\"currentAnnual\":12000}");
        PAYLOADS.put("worker-hardship.registered", "{\"level\":\"hardship\"}");
        PAYLOADS.put("disability.certified", "{\"grade\":2,\"kind\":\"physical\"}");
        PAYLOADS.put("disability-subsidy.granted", "{\"kind\":\"living\"}");
        PAYLOADS.put("assistance.result", "{\"referralId\":\"a-1f2e/civil-affairs\",\"outcome\":\"granted\",\"amount\":1000,\"note\":\"已发放\"}");
    }

    // ---- valid envelopes

    @Test
    void theTableHasEveryEventTypeOfTheContract() {
        assertThat(PAYLOADS.keySet()).hasSize(27).containsExactlyInAnyOrderElementsOf(EventTypes.all());
    }

    static Stream<String> eventTypes() {
        return PAYLOADS.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void aValidEnvelopeOfEachTypeParses(String type) {
        ObjectNode envelope = envelope(type);
        String text = envelope.toString();

        EventParser.Result result = EventParser.parse(new RawRecord(topicOf(envelope), 3, 42, text), NOW);

        assertThat(result.reason()).isNull();
        Event e = result.event();
        assertThat(e.type).isEqualTo(type);
        assertThat(e.source).isEqualTo(envelope.get("source").asText());
        assertThat(e.eventId).isEqualTo("ev-" + type);
        assertThat(e.occurredAt).isEqualTo(OffsetDateTime.parse(OCCURRED_AT).toInstant().toEpochMilli());
        assertThat(e.householdId).isEqualTo("450102-00012345");
        assertThat(e.personId).isEqualTo(CHILD);
        assertThat(e.region).isEqualTo("450102");
        assertThat(e.payload).isNotNull();
        assertThat(e.topic).isEqualTo(topicOf(envelope));
        assertThat(e.partition).isEqualTo(3);
        assertThat(e.offset).isEqualTo(42);
        assertThat(e.raw).isEqualTo(text);
    }

    @Test
    void theRegistrationCarriesItsMembers() {
        Event e = parse(envelope("household.registered")).event();

        assertThat(e.payload.residence).isEqualTo("rural");
        assertThat(e.payload.members).extracting(m -> m.personId, m -> m.relation, m -> m.mainEarner)
                .containsExactly(tuple(HEAD, "head", true),
                        tuple(CHILD, "child", false));
    }

    @Test
    void aMedicalSettlementCarriesItsMoney() {
        Payload p = parse(envelope("medical.expense.settled")).event().payload;

        assertThat(p.total).isEqualTo(50_000.0);
        assertThat(p.reimbursed).isEqualTo(30_000.0);
        assertThat(p.outOfPocket).isEqualTo(20_000.0);
        assertThat(p.inpatient).isTrue();
    }

    @Test
    void aPersonLevelEventNeedsNoHouseholdId() {
        ObjectNode e = envelope("illness.diagnosed");
        e.remove("householdId");

        assertThat(parse(e).event().householdId).isNull();
    }

    @Test
    void unknownFieldsAreAllowedTheContractMayGrow() {
        ObjectNode e = envelope("illness.diagnosed", "traceId", "x-1");
        ((ObjectNode) e.get("payload")).put("hospital", "广西医科大学第一附属医院");

        assertThat(parse(e).ok()).isTrue();
    }

    @Test
    void chineseTextInANoteIsFine() {
        ObjectNode e = withPayload("assistance.result", "note", "已于11月2日发放临时救助金，户主签收 ✅");

        assertThat(parse(e).event().payload.note).isEqualTo("已于11月2日发放临时救助金，户主签收 ✅");
    }

    @Test
    void aLowerCaseCheckCharacterXIsAcceptedAndStoredUpperCase() {
        String withX = idWithCheckX();
        ObjectNode e = envelope("illness.diagnosed", "personId", withX.toLowerCase());

        // the same person as the upper-case id civil affairs lists, so it finds the same household
        assertThat(parse(e).event().personId).isEqualTo(withX);
    }

    @Test
    void aMemberListedWithALowerCaseXIsStoredUpperCaseAndIsNoSecondPerson() {
        String withX = idWithCheckX();
        ObjectNode e = envelope("household.registered");
        ((ObjectNode) e.get("payload").get("members").get(0)).put("personId", withX.toLowerCase());

        assertThat(parse(e).event().payload.members[0].personId).isEqualTo(withX);

        ((ObjectNode) e.get("payload").get("members").get(1)).put("personId", withX);
        assertThat(reasonOf(e)).isEqualTo("invalid payload.members: " + PersonIds.mask(withX) + " listed twice");
    }

    @Test
    void anAssistanceResultMayComeFromAnyDepartment() {
        ObjectNode e = envelope("assistance.result", "source", "housing");

        assertThat(parse(e).ok()).isTrue();
    }

    @Test
    void aRecordOfExactly64KiBCharactersIsNotTooLarge() {
        assertThat(parse(Topics.events("medical-security"), assistanceResultOfLength(EventParser.MAX_RECORD_CHARS)).ok()).isTrue();
    }

    @Test
    void aUtf8ByteOrderMarkBeforeTheRecordIsIgnored() {
        assertThat(parse(civilAffairs(), "\uFEFF" + envelope("household.income.assessed")).ok()).isTrue();
    }

    // ---- malformed records

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "   ", "\n"})
    void anEmptyRecordIsRejected(String text) {
        assertThat(reasonOf(civilAffairs(), text)).isEqualTo("empty record");
        assertThat(reasonOf(civilAffairs(), null)).isEqualTo("empty record");
    }

    @Test
    void aTruncatedRecordIsMalformed() {
        String whole = envelope("household.income.assessed").toString();

        assertThat(reasonOf(civilAffairs(), whole.substring(0, whole.length() / 2)))
                .startsWith("malformed JSON: Unexpected end-of-input");
        assertThat(reasonOf(civilAffairs(), "{\"eventId\": ")).startsWith("malformed JSON: ");
        assertThat(reasonOf(civilAffairs(), "eventId=1,type=x")).startsWith("malformed JSON: Unrecognized token 'eventId'");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"null", "[1,2]", "42", "\"household.registered\"", "true"})
    void aRecordThatIsNotAJsonObjectIsRejected(String text) {
        assertThat(reasonOf(civilAffairs(), text)).isEqualTo("malformed JSON: not an object");
    }

    @Test
    void twoRecordsInOneAreRejectedNotHalfRead() {
        String one = envelope("household.income.assessed").toString();

        assertThat(reasonOf(civilAffairs(), one + one)).isEqualTo("malformed JSON: more than one value in the record");
        assertThat(reasonOf(civilAffairs(), one + " trailing")).startsWith("malformed JSON: ");
        assertThat(parse(civilAffairs(), one + "  \n").ok()).isTrue();
    }

    @Test
    void aRecordOver64KiBIsRejectedBeforeParsing() {
        String tooLarge = assistanceResultOfLength(EventParser.MAX_RECORD_CHARS + 1);

        assertThat(reasonOf(Topics.events("medical-security"), tooLarge))
                .isEqualTo("too-large: 65537 characters, limit 65536");
    }

    @Test
    void deepNestingIsRejected() {
        ObjectNode e = envelope("household.income.assessed");
        String deep = e.toString().replace("\"payload\"", "\"extra\":" + "[".repeat(200) + "]".repeat(200) + ",\"payload\"");

        assertThat(reasonOf(civilAffairs(), deep)).startsWith("malformed JSON: Document nesting depth (65) exceeds the maximum allowed (64");
        String shallow = e.toString().replace("\"payload\"", "\"extra\":" + "[".repeat(10) + "]".repeat(10) + ",\"payload\"");
        assertThat(parse(civilAffairs(), shallow).ok()).isTrue();
    }

    @Test
    void oddUnicodeDoesNotCrashTheParser() {
        String[] odd = {"\ud800", "\udfff\ud800", "\u0000", "\u202e", "\u200b", "\uffff", "😀", "\\ud800", "\\u0000"};
        for (String s : odd) {
            ObjectNode e = envelope("assistance.result");
            ((ObjectNode) e.get("payload")).put("note", s);
            String text = e.toString();
            assertThatCode(() -> EventParser.parse(new RawRecord(civilAffairs(), 0, 0, text), NOW)).doesNotThrowAnyException();
            String raw = text.replace("\"note\":", "\"note\":\"" + s + "\",\"x\":");
            assertThatCode(() -> EventParser.parse(new RawRecord(civilAffairs(), 0, 0, raw), NOW)).doesNotThrowAnyException();
        }
        assertThat(reasonOf(civilAffairs(), "{\"eventId\":\"a\u0001b\"}")).startsWith("malformed JSON: Illegal unquoted character");
        assertThat(reasonOf(civilAffairs(), "{\"eventId\":\"\\u12\"}")).startsWith("malformed JSON: ");
    }

    // ---- the envelope

    @Test
    void anUnknownTypeIsRejected() {
        ObjectNode e = envelope("household.income.assessed", "type", "household.teleported");

        assertThat(reasonOf(e)).isEqualTo("unknown type: household.teleported");
    }

    @Test
    void theSourceMustMatchTheTopic() {
        ObjectNode e = envelope("student.enrolled");

        assertThat(reasonOf(Topics.events("health"), e.toString())).isEqualTo("source education does not match topic doudi.events.health");
    }

    @Test
    void aTypeSentByTheWrongDepartmentIsRejected() {
        ObjectNode e = envelope("illness.diagnosed", "source", "education");

        assertThat(reasonOf(e)).isEqualTo("type illness.diagnosed is not sent by education (it comes from health)");
    }

    @Test
    void anUnknownSourceIsRejected() {
        ObjectNode e = envelope("illness.diagnosed", "source", "police");

        assertThat(reasonOf(Topics.events("health"), e.toString())).isEqualTo("unknown source: police");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"eventId", "source", "type", "occurredAt"})
    void aMissingOrBlankEnvelopeFieldIsRejected(String field) {
        ObjectNode missing = envelope("illness.diagnosed");
        missing.remove(field);
        ObjectNode blank = envelope("illness.diagnosed");
        blank.put(field, " ");

        assertThat(reasonOf(Topics.events("health"), missing.toString())).isEqualTo("missing field: " + field);
        assertThat(reasonOf(Topics.events("health"), blank.toString())).isEqualTo("missing field: " + field);
    }

    @Test
    void anEventForNobodyIsRejected() {
        ObjectNode e = envelope("illness.diagnosed");
        e.remove("householdId");
        e.remove("personId");

        assertThat(reasonOf(e)).isEqualTo("missing field: householdId or personId");
    }

    @Test
    void aWrongCheckDigitIsRejected() {
        ObjectNode e = envelope("illness.diagnosed", "personId", ResidentIds.withWrongCheck(CHILD));

        assertThat(reasonOf(e)).isEqualTo("invalid personId: check digit or birth date wrong");
    }

    @ParameterizedTest(name = "born {0}")
    @ValueSource(strings = {"19800230", "19801301", "19800000"})
    void anIdWithAnImpossibleBirthDateIsRejectedEvenWithTheRightCheckDigit(String birth) {
        ObjectNode e = envelope("illness.diagnosed", "personId", ResidentIds.of("450102", birth, 11));

        assertThat(reasonOf(e)).isEqualTo("invalid personId: check digit or birth date wrong");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"45010219800101001", "4501021980010100111", "45010219800101A011"})
    void anIdOfTheWrongShapeIsRejected(String id) {
        ObjectNode e = envelope("illness.diagnosed", "personId", id);

        assertThat(reasonOf(e)).isEqualTo("invalid personId: check digit or birth date wrong");
    }

    @Test
    void aPayloadPersonWithAWrongCheckDigitIsRejected() {
        ObjectNode e = withPayload("member.died", "personId", ResidentIds.withWrongCheck(HEAD));

        assertThat(reasonOf(e)).isEqualTo("invalid payload.personId: check digit or birth date wrong");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "1999-12-31T23:59:59Z, invalid occurredAt: 1999-12-31T23:59:59Z is before 2000-01-01T00:00:00Z",
        "1970-01-01T08:00:00+08:00, invalid occurredAt: 1970-01-01T08:00:00+08:00 is before 2000-01-01T00:00:00Z",
        "2025-06-02T10:00:01+08:00, invalid occurredAt: 2025-06-02T10:00:01+08:00 is in the future",
        "2125-06-01T10:00:00+08:00, invalid occurredAt: 2125-06-01T10:00:00+08:00 is in the future",
        "2025-05-31T09:30:00, invalid occurredAt: 2025-05-31T09:30:00 (ISO-8601 with offset expected)",
        "2025-05-31, invalid occurredAt: 2025-05-31 (ISO-8601 with offset expected)",
        "2025-02-30T09:30:00+08:00, invalid occurredAt: 2025-02-30T09:30:00+08:00 (ISO-8601 with offset expected)",
        "yesterday, invalid occurredAt: yesterday (ISO-8601 with offset expected)"})
    void anAbsurdDateIsRejected(String occurredAt, String reason) {
        ObjectNode e = envelope("illness.diagnosed", "occurredAt", occurredAt);

        assertThat(reasonOf(e)).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2000-01-01T00:00:00Z", "2025-06-02T10:00:00+08:00", "2025-06-01T02:00:00Z"})
    void theEdgesOfSaneDatesAreAccepted(String occurredAt) {
        ObjectNode e = envelope("illness.diagnosed", "occurredAt", occurredAt);

        assertThat(parse(e).ok()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"440100", "450199x", "45010", "999999"})
    void aRegionOutsideGuangxiIsRejected(String region) {
        ObjectNode e = envelope("illness.diagnosed", "region", region);

        assertThat(reasonOf(e)).isEqualTo("invalid region: " + region + " is not a Guangxi division code");
    }

    @Test
    void aMalformedHouseholdIdIsRejected() {
        ObjectNode e = envelope("illness.diagnosed", "householdId", "450102/123");

        assertThat(reasonOf(e)).isEqualTo("invalid householdId: 450102/123");
    }

    // ---- household.registered

    @Test
    void aRegistrationNeedsARegion() {
        ObjectNode e = envelope("household.registered");
        e.remove("region");

        assertThat(reasonOf(e)).isEqualTo("missing field: region (required on household.registered)");
    }

    @Test
    void aRegistrationNeedsAHouseholdId() {
        ObjectNode e = envelope("household.registered");
        e.remove("householdId");

        assertThat(reasonOf(e)).isEqualTo("missing field: householdId (required on household.registered)");
    }

    @ParameterizedTest(name = "members: {0}")
    @ValueSource(strings = {"absent", "[]"})
    void aRegistrationNeedsMembers(String members) {
        ObjectNode e = envelope("household.registered");
        if (members.equals("absent")) {
            ((ObjectNode) e.get("payload")).remove("members");
        } else {
            ((ObjectNode) e.get("payload")).putArray("members");
        }

        assertThat(reasonOf(e)).isEqualTo("missing field: payload.members");
    }

    @Test
    void aMemberListedTwiceIsRejectedWithTheIdMasked() {
        ObjectNode e = envelope("household.registered");
        ObjectNode second = (ObjectNode) e.get("payload").get("members").get(1);
        second.put("personId", HEAD);

        assertThat(reasonOf(e)).isEqualTo("invalid payload.members: " + PersonIds.mask(HEAD) + " listed twice")
                .doesNotContain(HEAD);
    }

    @Test
    void aMemberWithAWrongCheckDigitIsRejectedNamingTheField() {
        ObjectNode e = envelope("household.registered");
        ((ObjectNode) e.get("payload").get("members").get(1)).put("personId", ResidentIds.withWrongCheck(CHILD));

        assertThat(reasonOf(e)).isEqualTo("invalid payload.members[].personId: check digit or birth date wrong");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "personId, missing field: payload.members[].personId",
        "relation, missing field: payload.members[].relation",
        "birthDate, missing field: payload.members[].birthDate"})
    void aMemberMissingAFieldIsRejected(String field, String reason) {
        ObjectNode e = envelope("household.registered");
        ((ObjectNode) e.get("payload").get("members").get(1)).remove(field);

        assertThat(reasonOf(e)).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1880-01-01", "2030-01-01", "2010-02-30", "15/03/2010"})
    void aMemberWithAnAbsurdBirthDateIsRejected(String birthDate) {
        ObjectNode e = envelope("household.registered");
        ((ObjectNode) e.get("payload").get("members").get(1)).put("birthDate", birthDate);

        assertThat(reasonOf(e)).isEqualTo("invalid payload.members[].birthDate: " + birthDate);
    }

    // ---- payload values

    static Stream<Arguments> moneyFields() {
        return Stream.of(
                Arguments.of("household.income.assessed", "annualIncome"),
                Arguments.of("temporary-assistance.granted", "amount"),
                Arguments.of("medical-assistance.granted", "amount"),
                Arguments.of("disaster-relief.granted", "amount"),
                Arguments.of("student-aid.granted", "amount"),
                Arguments.of("assistance.result", "amount"),
                Arguments.of("medical.expense.settled", "total"),
                Arguments.of("medical.expense.settled", "reimbursed"),
                Arguments.of("medical.expense.settled", "outOfPocket"),
                Arguments.of("disaster.damage.reported", "loss"),
                Arguments.of("rural-income.declined", "previousAnnual"),
                Arguments.of("rural-income.declined", "currentAnnual"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("moneyFields")
    void negativeMoneyIsRejected(String type, String field) {
        assertThat(reasonOf(withPayload(type, field, -0.01))).isEqualTo("invalid payload." + field + ": negative amount -0.01");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("moneyFields")
    void anAbsurdAmountIsRejected(String type, String field) {
        assertThat(reasonOf(withPayload(type, field, 2e9))).isEqualTo("invalid payload." + field + ": absurd amount 2.0E9");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("moneyFields")
    void zeroIsAnAmount(String type, String field) {
        ObjectNode e = withPayload(type, field, 0);
        if (type.equals("medical.expense.settled") && field.equals("total")) {
            ((ObjectNode) e.get("payload")).put("reimbursed", 0).put("outOfPocket", 0);
        }

        assertThat(parse(e).ok()).isTrue();
    }

    @Test
    void outOfPocketCannotExceedTheTotal() {
        assertThat(reasonOf(withPayload("medical.expense.settled", "outOfPocket", 50_000.02)))
                .isEqualTo("invalid payload: outOfPocket and reimbursed cannot exceed total");
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource({
        "housing.assessed, seismicIntensity, 13, 0..12",
        "housing.assessed, seismicIntensity, -1, 0..12",
        "disability.certified, grade, 5, 1..4",
        "disability.certified, grade, 0, 1..4",
        "disaster.damage.reported, injured, -1, 0..100000",
        "accident.reported, died, -1, 0..100000",
        "insurance-subsidy.granted, year, 1999, 2000..2100"})
    void anIntegerOutOfRangeIsRejected(String type, String field, int value, String range) {
        assertThat(reasonOf(withPayload(type, field, value)))
                .isEqualTo("invalid payload." + field + ": " + value + " not in " + range);
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource({
        "household.registered, residence, suburban",
        "category.changed, category, vip",
        "unemployment.ended, reason, retired",
        "employment-assistance.granted, kind, cash",
        "illness.diagnosed, severity, serious",
        "student.enrolled, stage, phd",
        "student.left, reason, expelled",
        "student-aid.granted, kind, scholarship",
        "housing.assessed, condition, dilapidated-b",
        "housing-assistance.granted, kind, hotel",
        "disaster.damage.reported, disaster, meteor",
        "disaster.damage.reported, houseDamage, total",
        "poverty-return.included, risk, luck",
        "worker-hardship.registered, level, poor",
        "disability.certified, kind, other",
        "disability-subsidy.granted, kind, cash",
        "assistance.result, outcome, maybe"})
    void anUnknownEnumValueIsRejected(String type, String field, String value) {
        ObjectNode e = withPayload(type, field, value);

        assertThat(reasonOf(e)).isEqualTo("invalid payload." + field + ": " + value);
    }

    @Test
    void anUnknownRelationIsRejected() {
        ObjectNode e = envelope("household.registered");
        ((ObjectNode) e.get("payload").get("members").get(0)).put("relation", "cousin");

        assertThat(reasonOf(e)).isEqualTo("invalid payload.members[].relation: cousin");
    }

    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource({
        "household.income.assessed, annualIncome",
        "unemployment.registered, insured",
        "unemployment.registered, seekingWork",
        "illness.diagnosed, disease",
        "medical.expense.settled, inpatient",
        "housing.assessed, onlyHouse",
        "housing.assessed, seismicIntensity",
        "disaster.damage.reported, loss",
        "accident.reported, kind",
        "assistance.result, referralId",
        "member.died, personId"})
    void aMissingPayloadFieldIsRejected(String type, String field) {
        ObjectNode e = envelope(type);
        ((ObjectNode) e.get("payload")).remove(field);

        assertThat(reasonOf(e)).isEqualTo("missing field: payload." + field);
    }

    @Test
    void aMissingPayloadIsAMissingField() {
        ObjectNode e = envelope("household.income.assessed");
        e.remove("payload");

        assertThat(reasonOf(e)).isEqualTo("missing field: payload.annualIncome");
    }

    // ---- wrong JSON types

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "household.income.assessed | {\"annualIncome\":{\"a\":1}} | invalid payload.annualIncome: wrong JSON type, a number expected",
        "unemployment.registered | {\"insured\":\"yes\",\"seekingWork\":true} | invalid payload.insured: wrong JSON type, true or false expected",
        "housing.assessed | {\"condition\":\"safe\",\"onlyHouse\":true,\"seismicIntensity\":[7],\"seismicCompliant\":true} | invalid payload.seismicIntensity: wrong JSON type, a number expected",
        "household.registered | {\"residence\":\"rural\",\"members\":{\"personId\":\"x\"}} | invalid payload.members: wrong JSON type, a list expected",
        "household.income.assessed | \"30000\" | invalid payload: wrong JSON type, an object expected"})
    void aValueOfTheWrongJsonTypeIsRejectedNamingTheField(String type, String payload, String reason) {
        String text = envelope(type).toString().replaceFirst("\"payload\":\\{.*}}$", "\"payload\":" + payload + "}");

        assertThat(reasonOf(topicOf(envelope(type)), text)).isEqualTo(reason);
    }

    @Test
    void aNullWhereTrueOrFalseIsNeededNamesTheMember() {
        ObjectNode e = envelope("household.registered");
        ((ObjectNode) e.get("payload").get("members").get(1)).putNull("mainEarner");

        assertThat(reasonOf(e)).isEqualTo("invalid payload.members[1].mainEarner: wrong JSON type, true or false expected");
    }

    @Test
    void anEnvelopeFieldOfTheWrongTypeIsRejected() {
        ObjectNode e = envelope("illness.diagnosed");
        e.putArray("personId");

        assertThat(reasonOf(e)).isEqualTo("invalid personId: wrong JSON type, text expected");
    }

    // ---- helpers

    /** A valid envelope of this type: civil affairs' household 450102-00012345, about its child. */
    static ObjectNode envelope(String type) {
        ObjectNode e = Json.MAPPER.createObjectNode();
        String owner = EventTypes.sourceOf(type);
        e.put("eventId", "ev-" + type);
        e.put("source", EventTypes.ANY_SOURCE.equals(owner) ? "civil-affairs" : owner);
        e.put("type", type);
        e.put("occurredAt", OCCURRED_AT);
        e.put("householdId", "450102-00012345");
        e.put("personId", CHILD);
        e.put("region", "450102");
        try {
            e.set("payload", Json.MAPPER.readTree(PAYLOADS.get(type)));
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        return e;
    }

    /** A valid envelope of this type with one field changed. */
    private static ObjectNode envelope(String type, String field, String value) {
        ObjectNode e = envelope(type);
        e.put(field, value);
        return e;
    }

    /** A valid envelope of this type with one payload field changed. */
    private static ObjectNode withPayload(String type, String field, Object value) {
        ObjectNode e = envelope(type);
        ((ObjectNode) e.get("payload")).set(field, Json.MAPPER.valueToTree(value));
        return e;
    }

    private static String topicOf(JsonNode envelope) {
        return Topics.events(envelope.get("source").asText());
    }

    private static String civilAffairs() {
        return Topics.events("civil-affairs");
    }

    private static EventParser.Result parse(ObjectNode envelope) {
        return parse(topicOf(envelope), envelope.toString());
    }

    private static EventParser.Result parse(String topic, String text) {
        return EventParser.parse(new RawRecord(topic, 0, 0, text), NOW);
    }

    private static String reasonOf(ObjectNode envelope) {
        return reasonOf(topicOf(envelope), envelope.toString());
    }

    private static String reasonOf(String topic, String text) {
        EventParser.Result result = parse(topic, text);
        assertThat(result.event()).as("rejected, so no event").isNull();
        return result.reason();
    }

    /** A valid assistance result whose note pads the record to exactly {@code length} characters. */
    private static String assistanceResultOfLength(int length) {
        ObjectNode e = withPayload("assistance.result", "note", "");
        e.put("source", "medical-security");
        String text = e.toString();
        return text.replace("\"note\":\"\"", "\"note\":\"" + "x".repeat(length - text.length()) + "\"");
    }

    /** An id whose check character is X. */
    private static String idWithCheckX() {
        for (int sequence = 0; ; sequence++) {
            String id = ResidentIds.of("450102", "19900101", sequence);
            if (id.endsWith("X")) {
                return id;
            }
        }
    }
}
