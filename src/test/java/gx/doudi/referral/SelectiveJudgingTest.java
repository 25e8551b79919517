package gx.doudi.referral;

import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.alert.Alert;
import gx.doudi.alert.Referral;
import gx.doudi.event.Event;
import gx.doudi.event.EventParser;
import gx.doudi.event.EventTypes;
import gx.doudi.event.Json;
import gx.doudi.event.Payload;
import gx.doudi.event.RawRecord;
import gx.doudi.generate.Generator;
import gx.doudi.household.HouseholdState;
import gx.doudi.indicator.CityStandard;
import gx.doudi.indicator.DefaultIndicatorSet;
import gx.doudi.indicator.IndicatorDefinition;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.indicator.Standards;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Judging only the indicators that read what an event changed decides exactly what judging every
 * indicator on every event decides. A year of generated events for 3,000 households, with departments
 * answering referrals (some late, some in progress) and city standards that rise in mid-year, goes
 * through both, event by event: every alert, referral and chain must be the same, and so must the
 * household's state after each event.
 */
class SelectiveJudgingTest {
    private static final long DAY = 86_400_000L;

    /** The default set, with every city's standard raised by a fifth from 1 July 2025. */
    static IndicatorSet withMidYearStandards(IndicatorSet set) {
        List<CityStandard> standards = new ArrayList<>(set.standards().all());
        for (List<CityStandard> city : set.standards().byCity().values()) {
            CityStandard s = city.get(city.size() - 1);
            standards.add(new CityStandard(s.city(), s.name(), LocalDate.of(2025, 7, 1), "test: raised mid-year",
                    s.dibaoUrban() * 1.2, s.dibaoRural() * 1.2, s.disposableUrban() * 1.2, s.disposableRural() * 1.2,
                    s.marginalMultiplier()));
        }
        Map<String, IndicatorDefinition> definitions = new LinkedHashMap<>();
        set.definitions().forEach(d -> definitions.put(d.id(), d));
        return new IndicatorSet(set.version(), definitions, new Standards(standards), set.dueByAll());
    }

    /** One household as one way of judging sees it. */
    static final class Side {
        final HouseholdState state = new HouseholdState();
        final ChainHistory chain = new ChainHistory();
        final List<Object> emitted = new ArrayList<>();
        long evaluated;
    }

    /** Both ways of judging, household by household. */
    static final class Run {
        final IndicatorSet set;
        final Map<String, Side[]> households = new HashMap<>();
        final List<Referral> sent = new ArrayList<>();

        Run(IndicatorSet set) {
            this.set = set;
        }

        void apply(Event e) {
            Side[] sides = households.computeIfAbsent(e.householdKey, k -> new Side[] {new Side(), new Side()});
            int before = sides[0].emitted.size();
            for (int i = 0; i < 2; i++) {
                Side side = sides[i];
                boolean every = i == 0;
                while (side.state.nextCheck < e.occurredAt) {
                    take(side, casework(side, every).onClock(side.state.nextCheck));
                }
                take(side, casework(side, every).onEvent(e));
            }
            assertThat(json(sides[1].emitted, before)).as("what was decided for %s on %s", e.householdKey, e)
                    .isEqualTo(json(sides[0].emitted, before));
            assertThat(fields(sides[1].state)).as("the state of %s after %s", e.householdKey, e)
                    .isEqualTo(fields(sides[0].state));
            for (Object o : sides[0].emitted.subList(before, sides[0].emitted.size())) {
                if (o instanceof Referral r && !"withdrawn".equals(r.status())) {
                    sent.add(r);
                }
            }
        }

        /** The state's fields as JSON, one entry each: a difference names the field. */
        private static Map<String, String> fields(HouseholdState state) {
            Map<String, String> fields = new java.util.TreeMap<>();
            Json.MAPPER.valueToTree(state).fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().toString()));
            return fields;
        }

        /** The records emitted since {@code from}, as JSON: the records the engine would write. */
        private static List<String> json(List<Object> emitted, int from) {
            return emitted.subList(Math.min(from, emitted.size()), emitted.size()).stream().map(Json::write).toList();
        }

        private Casework casework(Side side, boolean every) {
            Casework work = new Casework(set, side.state, () -> side.chain, 0);
            return every ? work.judgingEveryIndicator() : work;
        }

        private static void take(Side side, Casework work) {
            side.emitted.addAll(work.alerts());
            side.emitted.addAll(work.referrals());
            Chain chain = work.chainIfChanged();
            if (chain != null) {
                side.emitted.add(chain);
            }
            if (work.rejection() != null) {
                side.emitted.add("rejected: " + work.rejection());
            }
            side.evaluated += work.evaluated();
            side.state.nextCheck = work.nextCheck();
        }

        long evaluated(int side) {
            return households.values().stream().mapToLong(s -> s[side].evaluated).sum();
        }

        long count(String status) {
            return households.values().stream().flatMap(s -> s[0].emitted.stream())
                    .filter(o -> o instanceof Alert a && a.status().equals(status)).count();
        }
    }

    @Test
    void judgingWhatChangedDecidesWhatJudgingEverythingDecides() {
        Run run = new Run(withMidYearStandards(DefaultIndicatorSet.SET));
        Random random = new Random(11);
        PriorityQueue<Event> events = new PriorityQueue<>(Comparator.<Event>comparingLong(e -> e.occurredAt)
                .thenComparing(e -> e.eventId));
        Generator generator = new Generator(3, 3_000, 60_000, Generator.DEFAULT_START, Duration.ofDays(365), 0);
        long offset = 0;
        while (generator.hasNext()) {
            Event e = EventParser.parse(new RawRecord("t", 0, offset++, generator.next().json()), System.currentTimeMillis()).event();
            e.householdKey = e.householdId != null ? e.householdId : "person:" + e.personId;
            events.add(e);
        }
        int answered = 0;
        while (!events.isEmpty()) {
            Event e = events.poll();
            int sent = run.sent.size();
            run.apply(e);
            for (Referral r : run.sent.subList(sent, run.sent.size())) {
                if (random.nextDouble() < 0.6) {
                    events.add(answer(r, e, random, ++answered));
                }
            }
        }

        assertThat(run.count(Alert.RAISED)).as("alerts raised").isGreaterThan(1_000);
        assertThat(run.count(Alert.ESCALATED)).as("alerts escalated").isGreaterThan(50);
        assertThat(run.count(Alert.RESOLVED)).as("alerts resolved").isGreaterThan(500);
        assertThat(run.households.values().stream().flatMap(s -> s[0].chain.entries.stream()).filter(c -> ChainEntry.ANSWER.equals(c.entry)).count())
                .as("answers taken").isGreaterThan(500);
        assertThat(run.evaluated(1)).as("indicators judged, judging what changed against judging everything")
                .isLessThan(run.evaluated(0) * 3 / 4);
    }

    /** The department's answer to a referral, 1 to 60 days after the event that sent it. */
    private static Event answer(Referral r, Event cause, Random random, int n) {
        Event e = new Event();
        e.eventId = "answer-" + n;
        e.source = r.department();
        e.type = EventTypes.ASSISTANCE_RESULT;
        e.occurredAt = cause.occurredAt + (1 + random.nextInt(60)) * DAY;
        e.householdKey = cause.householdKey;
        e.region = r.region();
        e.payload = new Payload();
        e.payload.referralId = r.referralId();
        e.payload.outcome = List.of("granted", "rejected", "not-eligible", "in-progress").get(random.nextInt(4));
        return e;
    }
}
