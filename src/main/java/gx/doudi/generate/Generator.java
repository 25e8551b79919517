package gx.doudi.generate;

import gx.doudi.event.EventTypes;
import gx.doudi.event.Json;
import gx.doudi.event.Times;
import gx.doudi.event.Topics;
import gx.doudi.generate.Population.Home;
import gx.doudi.generate.Population.Person;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Realistic synthetic department events, seeded, in event-time order: civil affairs registers the
 * households (members, income, category) early on, and the ten departments report a year of changes. A
 * few records are bad on purpose: the engine must reject them and lose nothing else.
 */
public final class Generator implements Iterator<Generator.Record> {
    /** One record to write: the department topic it belongs on, its Kafka key and its JSON text. */
    public record Record(String topic, String key, String json, long at) {}

    public static final Instant DEFAULT_START = Instant.parse("2025-01-01T00:00:00Z");

    private final Population population;
    private final EventMix mix;
    private final Random random;
    private final int households;
    private final long events;
    private final long start;
    private final long span;
    private final double badRate;
    private final Deque<Record> pending = new ArrayDeque<>();
    private long produced;
    private int registered;
    private Record last;

    public Generator(long seed, int households, long events, Instant start, Duration span, double badRate) {
        if (households < 1 || events < 1) {
            throw new IllegalArgumentException("households and events must be at least 1");
        }
        this.population = new Population(seed);
        this.random = new Random(seed);
        this.mix = new EventMix(random);
        this.households = households;
        this.events = events;
        this.start = start.toEpochMilli();
        this.span = span.toMillis();
        this.badRate = badRate;
    }

    public long total() {
        return events;
    }

    @Override
    public boolean hasNext() {
        return produced < events;
    }

    @Override
    public Record next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (pending.isEmpty()) {
            if (registered < households && (registered < households / 2 || random.nextDouble() < 0.5
                    || produced > events / 4)) {
                register(registered++);
            } else {
                daily();
            }
        }
        Record r = pending.poll();
        produced++;
        if (last != null && random.nextDouble() < badRate) {
            r = BadRecords.corrupt(r, last, random);
        }
        last = r;
        return r;
    }

    private long now() {
        double progress = (double) produced / events;
        return start + (long) (progress * span);
    }

    private void register(int index) {
        Home h = population.household(index);
        long at = now();
        String iso = Times.iso(at);
        List<Map<String, Object>> members = h.members().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("personId", p.id());
            m.put("relation", p.relation());
            m.put("birthDate", p.birthDate().toString());
            m.put("mainEarner", p.mainEarner());
            return m;
        }).toList();
        Map<String, Object> registeredPayload = new LinkedHashMap<>();
        registeredPayload.put("residence", h.rural() ? "rural" : "urban");
        registeredPayload.put("members", members);
        emit(mix.envelope(EventTypes.HOUSEHOLD_REGISTERED, h, null, iso, registeredPayload), h.id(), at);
        emit(mix.envelope(EventTypes.INCOME_ASSESSED, h, null, iso,
                mix.payload(EventTypes.INCOME_ASSESSED, h, new Person[1])), h.id(), at);
        if (!"none".equals(h.category())) {
            emit(mix.envelope(EventTypes.CATEGORY_CHANGED, h, null, iso, Map.of("category", h.category())), h.id(), at);
        }
    }

    private void daily() {
        long at = now();
        String iso = Times.iso(at);
        if (random.nextDouble() < 0.02) {
            Person stranger = population.stranger(random);
            String type = random.nextBoolean() ? EventTypes.ACCIDENT_REPORTED : EventTypes.MEDICAL_EXPENSE_SETTLED;
            Home alone = new Home(null, stranger.id().substring(0, 6), false, List.of(stranger), 1000, "none");
            Map<String, Object> payload = mix.payload(type, alone, new Person[1]);
            emit(mix.envelope(type, null, stranger, iso, payload), stranger.id(), at);
            return;
        }
        // a tenth of the households see most of the trouble
        int index = random.nextDouble() < 0.5 ? random.nextInt(Math.max(1, registered / 10)) : random.nextInt(Math.max(1, registered));
        Home h = population.household(index);
        String type = mix.randomType();
        Person[] who = new Person[1];
        Map<String, Object> payload = mix.payload(type, h, who);
        if (EventTypes.INSURANCE_SUBSIDY_GRANTED.equals(type)) {
            payload.put("year", Integer.parseInt(iso.substring(0, 4)));
        }
        emit(mix.envelope(type, h, who[0], iso, payload), h.id(), at);
    }

    private void emit(Map<String, Object> envelope, String fallbackKey, long at) {
        String source = (String) envelope.get("source");
        Object household = envelope.get("householdId");
        Object person = envelope.get("personId");
        String key = household != null ? household.toString() : person != null ? person.toString() : fallbackKey;
        pending.add(new Record(Topics.events(source), key, Json.write(envelope), at));
    }
}
