package gx.doudi.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gx.doudi.event.Json;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the page receives of each thing, named for people (cities, counties, indicators) and masked: every
 * personal id is masked except in a department's own referrals.
 */
final class Views {
    private final Labels labels;

    Views(Labels labels) {
        this.labels = labels;
    }

    Map<String, Object> alert(AlertRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("alertId", r.alertId());
        m.put("householdId", IdMasks.mask(r.householdId()));
        putWhatAndWhere(m, r.region(), r.indicator(), r.grade(), r.types(), r.action());
        m.put("referTo", r.referTo());
        m.put("status", r.status());
        m.put("eventTime", r.eventTime());
        m.put("raisedAt", r.raisedAt());
        m.put("reason", IdMasks.mask(r.reason()));
        m.put("subjects", r.subjects().stream().map(IdMasks::mask).toList());
        m.put("evidence", tree(r.evidence()));
        return m;
    }

    /** A referral with where it stands; the persons' full ids only for the channel's own department. */
    Map<String, Object> referral(ReferralBoard.Standing s, boolean fullIds) {
        ReferralRow r = s.referral();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("referralId", r.referralId());
        m.put("alertId", r.alertId());
        m.put("department", r.department());
        m.put("householdId", fullIds ? r.householdId() : IdMasks.mask(r.householdId()));
        putWhatAndWhere(m, r.region(), r.indicator(), r.grade(), r.types(), r.action());
        List<String> subjects = fullIds ? r.subjects() : r.subjects().stream().map(IdMasks::mask).toList();
        m.put("subjects", subjects);
        JsonNode evidence = tree(r.evidence());
        m.put("evidence", fullIds || evidence == null ? evidence : IdMasks.mask(evidence));
        m.put("referredAt", r.referredAt());
        m.put("dueBy", r.dueBy());
        m.put("state", s.state());
        if (s.answer() != null) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("outcome", s.answer().outcome());
            a.put("at", s.answer().at());
            a.put("late", s.answer().late());
            a.put("confirmed", s.answer().confirmed());
            m.put("answer", a);
        }
        return m;
    }

    /** A household's chain, masked, with the names of its region. */
    JsonNode chain(JsonNode chain) {
        ObjectNode c = (ObjectNode) IdMasks.mask(chain.deepCopy());
        String region = c.path("region").asText(null);
        c.put("city", Labels.cityName(region));
        c.put("county", Labels.countyName(region));
        return c;
    }

    /** The region with its city's and county's names, and the indicator with its Chinese and English names. */
    private void putWhatAndWhere(Map<String, Object> m, String region, String indicator, String grade,
                                 List<String> types, String action) {
        m.put("region", region);
        m.put("city", Labels.cityName(region));
        m.put("county", Labels.countyName(region));
        Labels.Name name = labels.indicator(indicator);
        m.put("indicator", indicator);
        m.put("indicatorZh", name.zh());
        m.put("indicatorEn", name.en());
        m.put("grade", grade);
        m.put("types", types);
        m.put("action", action);
    }

    private static JsonNode tree(String json) {
        try {
            return json == null ? null : Json.MAPPER.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }
}
