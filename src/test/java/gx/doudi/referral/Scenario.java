package gx.doudi.referral;

import gx.doudi.alert.AlertIds;
import gx.doudi.event.Times;
import gx.doudi.pipeline.TestEvents;
import java.util.ArrayList;
import java.util.List;

/** A household's story written as department events, for replay scenario tests. */
final class Scenario {
    final String household;
    final String region;
    final String head;
    final String child;
    final List<String> lines = new ArrayList<>();
    private int seq;

    Scenario(String household, String region, int n) {
        this.household = household;
        this.region = region;
        this.head = TestEvents.person(region + "19800101" + String.format("%03d", n * 2));
        this.child = TestEvents.person(region + "20100101" + String.format("%03d", n * 2 + 1));
    }

    Scenario event(String source, String type, String at, String payload) {
        return event(source, type, at, household, payload);
    }

    Scenario event(String source, String type, String at, String householdId, String payload) {
        lines.add("""
                {"eventId":"%s-%s-%d","source":"%s","type":"%s","occurredAt":"%s","householdId":"%s","region":"%s","payload":%s}"""
                .formatted(source, household, ++seq, source, type, at, householdId, region, payload).strip());
        return this;
    }

    Scenario registered(String at, String residence) {
        return event("civil-affairs", "household.registered", at, """
                {"residence":"%s","members":[{"personId":"%s","relation":"head","birthDate":"1980-01-01","mainEarner":true},
                 {"personId":"%s","relation":"child","birthDate":"2010-01-01","mainEarner":false}]}"""
                .formatted(residence, head, child).replace("\n", ""));
    }

    Scenario category(String at, String category) {
        return event("civil-affairs", "category.changed", at, "{\"category\":\"" + category + "\"}");
    }

    Scenario unsafeHouse(String at) {
        return event("housing", "housing.assessed", at,
                "{\"condition\":\"dilapidated-d\",\"onlyHouse\":true,\"seismicIntensity\":6,\"seismicCompliant\":true}");
    }

    Scenario answer(String source, String at, String referralId, String outcome) {
        return event(source, "assistance.result", at,
                "{\"referralId\":\"" + referralId + "\",\"outcome\":\"" + outcome + "\"}");
    }

    /** The referral an alert of this household, opened at {@code at}, sends to {@code department}. */
    String referral(String indicator, String at, String department) {
        return alertId(indicator, at) + "/" + department;
    }

    String alertId(String indicator, String at) {
        return AlertIds.of(household, indicator, Times.parse(at));
    }
}
