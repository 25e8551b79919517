package gx.doudi.bench;

import gx.doudi.event.Departments;
import gx.doudi.event.EventTypes;
import gx.doudi.event.Json;
import gx.doudi.event.Times;
import gx.doudi.event.Topics;
import gx.doudi.generate.Generator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** What {@code bench state} feeds the engine: a generated population, then rounds of changes to some households. */
final class StateEvents {
    /** Events per file: the job reads one while the next is generated. */
    private static final int FILE_EVENTS = 500_000;
    private static final Duration SPAN = Duration.ofDays(365);

    /** The households the population registered, and those each round will change (disjoint sets). */
    record Households(int registered, List<List<String>> touched) {}

    /** Waits until the job has read every file published so far. */
    interface ReadWait {
        void untilRead() throws Exception;
    }

    private StateEvents() {}

    /**
     * Generates the population ({@code generate}'s seeded generator, no bad records) into the watched
     * directory, file by file; every {@code 1/touched}-th household registered is kept for a round.
     */
    static Households population(StateBench.Options o, WatchedDirectory watched, ReadWait wait) throws Exception {
        Generator generator = new Generator(o.seed(), o.households(), o.events(), Generator.DEFAULT_START, SPAN, 0);
        int step = Math.max(o.runs(), (int) Math.round(1 / o.touched()));
        List<List<String>> touched = new ArrayList<>();
        for (int r = 0; r < o.runs(); r++) {
            touched.add(new ArrayList<>());
        }
        String civilAffairs = Topics.events(Departments.CIVIL_AFFAIRS);
        String registration = "\"type\":\"" + EventTypes.HOUSEHOLD_REGISTERED + "\"";
        int registered = 0;
        WatchedDirectory.Batch batch = watched.open();
        while (generator.hasNext()) {
            Generator.Record record = generator.next();
            batch.add(record.json(), record.at());
            if (record.topic().equals(civilAffairs) && record.json().contains(registration)) {
                int slot = registered++ % step;
                if (slot < o.runs()) {
                    touched.get(slot).add(record.key());
                }
            }
            if (batch.lines() >= FILE_EVENTS && generator.hasNext()) {
                wait.untilRead();
                batch.publish();
                batch = watched.open();
            }
        }
        wait.untilRead();
        batch.publish();
        return new Households(registered, touched);
    }

    /**
     * Civil affairs reassesses the income of these households (§3 of the means test): one event each,
     * {@code apart} milliseconds apart from {@code from}. Every one rewrites its household's state.
     */
    static List<WatchedDirectory.Line> incomeReassessed(List<String> households, long from, long apart, long seed,
                                                        String tag) {
        Random random = new Random(seed);
        List<WatchedDirectory.Line> lines = new ArrayList<>();
        for (int i = 0; i < households.size(); i++) {
            long at = from + i * apart;
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("eventId", String.format("ca-bench-%s-%07d", tag, i));
            e.put("source", Departments.CIVIL_AFFAIRS);
            e.put("type", EventTypes.INCOME_ASSESSED);
            e.put("occurredAt", Times.iso(at));
            e.put("householdId", households.get(i));
            e.put("payload", Map.of("annualIncome", 6_000 + random.nextInt(60_000)));
            lines.add(new WatchedDirectory.Line(Json.write(e), at));
        }
        return lines;
    }
}
