package gx.doudi.generate;

import gx.doudi.event.PersonIds;
import gx.doudi.event.Regions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic households across Guangxi's 14 cities: members with valid identity numbers, a residence,
 * and an income spread around the city's dibao standard so that every income indicator has cases.
 */
final class Population {
    /** A generated person. */
    record Person(String id, String relation, LocalDate birthDate, boolean mainEarner) {}

    /** A generated household and the facts the event mix draws on. */
    record Home(String id, String region, boolean rural, List<Person> members, double pcMonthlyIncome, String category) {
        Person any(Random random) {
            return members.get(random.nextInt(members.size()));
        }

        Person earner() {
            return members.stream().filter(Person::mainEarner).findFirst().orElse(members.get(0));
        }
    }

    /** Rough share of Guangxi's population by city, to weight where households are. */
    private static final int[] CITY_WEIGHT = {18, 9, 10, 6, 4, 2, 7, 9, 12, 8, 4, 7, 5, 4};

    private final long seed;
    private final List<String> cities = new ArrayList<>(Regions.CITIES.keySet());
    private Random random;

    Population(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** The household with this index: the same for the same seed, without keeping it in memory. */
    Home household(int index) {
        random = new Random(seed * 1_000_003L + index);
        String city = weightedCity();
        List<String> counties = Regions.countiesOf(city);
        String region = counties.get(random.nextInt(counties.size()));
        boolean rural = random.nextDouble() < 0.55;
        int size = 1 + random.nextInt(random.nextDouble() < 0.7 ? 4 : 6);
        List<Person> members = new ArrayList<>();
        int headYear = 1950 + random.nextInt(50);
        members.add(person(region, headYear, "head", true));
        for (int i = 1; i < size; i++) {
            String relation = i == 1 ? "spouse" : i < 4 ? "child" : "parent";
            int year = switch (relation) {
                case "spouse" -> headYear + random.nextInt(5) - 2;
                case "child" -> Math.min(2023, headYear + 22 + random.nextInt(15));
                default -> headYear - 22 - random.nextInt(8);
            };
            members.add(person(region, Math.max(1925, year), relation, false));
        }
        double dibao = rural ? 540 : 880;
        // most households are comfortably above the lines; a tail reaches below them
        double pc = dibao * Math.exp(random.nextGaussian() * 0.55 + 0.85);
        String category = pc < dibao ? (random.nextDouble() < 0.7 ? "dibao" : "none")
                : pc < 2 * dibao ? (random.nextDouble() < 0.4 ? "marginal" : "none")
                : random.nextDouble() < 0.03 ? "dibao" : "none";
        if ("none".equals(category) && members.size() == 1 && headYear < 1960 && random.nextDouble() < 0.3) {
            category = "destitute";
        }
        return new Home(String.format("%s-%08d", region, index + 1), region, rural, members, pc, category);
    }

    private Person person(String region, int year, String relation, boolean mainEarner) {
        LocalDate birth = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String first17 = region + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return new Person(first17 + PersonIds.checkChar(first17), relation, birth, mainEarner);
    }

    /** A person no household lists: someone passing through, or not yet registered. */
    Person stranger(Random source) {
        random = source;
        String city = weightedCity();
        List<String> counties = Regions.countiesOf(city);
        return person(counties.get(random.nextInt(counties.size())), 1960 + random.nextInt(45), "other", false);
    }

    private String weightedCity() {
        int total = 0;
        for (int w : CITY_WEIGHT) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < CITY_WEIGHT.length; i++) {
            pick -= CITY_WEIGHT[i];
            if (pick < 0) {
                return cities.get(i);
            }
        }
        return cities.get(0);
    }
}
