package gx.doudi.household;

import gx.doudi.event.Households;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The questions indicators ask of a household (INDICATORS.md, "Terms"), answered from its state. */
public final class Household {
    /** low-income = dibao, destitute, marginal, rigid-expense or poverty-return. */
    public static final Set<String> LOW_INCOME = Set.of("dibao", "destitute", "marginal", "rigid-expense", "poverty-return");
    /** basic low-income = dibao, destitute or poverty-return. */
    public static final Set<String> BASIC_LOW_INCOME = Set.of("dibao", "destitute", "poverty-return");

    private final HouseholdState state;

    public Household(HouseholdState state) {
        this.state = state;
    }

    public HouseholdState state() {
        return state;
    }

    public String id() {
        return state.householdId;
    }

    public String region() {
        return state.region;
    }

    /** Unknown residence is judged as rural, the lower standard: an alert then means a real shortfall. */
    public String residence() {
        return state.residence == null ? "rural" : state.residence;
    }

    public boolean isRural() {
        return "rural".equals(residence());
    }

    public List<HouseholdMember> aliveMembers() {
        List<HouseholdMember> alive = new ArrayList<>();
        for (HouseholdMember m : state.members) {
            if (!m.died) {
                alive.add(m);
            }
        }
        return alive;
    }

    /** Members for per-capita figures: the living members listed, a household of one when none is. */
    public int memberCount() {
        int alive = 0;
        for (HouseholdMember m : state.members) {
            if (!m.died) {
                alive++;
            }
        }
        return Math.max(1, alive);
    }

    /** Full ids of everyone in the household: the living members, or the person of a household of one. */
    public List<String> everyone() {
        List<String> ids = new ArrayList<>();
        for (HouseholdMember m : aliveMembers()) {
            ids.add(m.personId);
        }
        if (ids.isEmpty() && Households.isHouseholdOfOne(state.householdId)) {
            ids.add(state.householdId.substring(Households.PERSON_PREFIX.length()));
        }
        return ids;
    }

    public boolean isMainEarner(String personId) {
        for (HouseholdMember m : state.members) {
            if (m.personId.equals(personId)) {
                return m.mainEarner;
            }
        }
        return false;
    }

    public boolean inCategory(String category) {
        for (CategoryEntry c : state.categories) {
            if (c.category.equals(category)) {
                return true;
            }
        }
        return false;
    }

    public boolean inAnyCategory(Set<String> categories) {
        for (CategoryEntry c : state.categories) {
            if (categories.contains(c.category)) {
                return true;
            }
        }
        return false;
    }

    public boolean isLowIncome() {
        return inAnyCategory(LOW_INCOME);
    }

    public boolean isBasicLowIncome() {
        return inAnyCategory(BASIC_LOW_INCOME);
    }

    public Double annualIncome() {
        return state.annualIncome;
    }

    /** pc monthly income = annualIncome / members / 12; null until income is assessed. */
    public Double pcMonthlyIncome() {
        return state.annualIncome == null ? null : state.annualIncome / memberCount() / 12.0;
    }

    /** Medical out-of-pocket spending in the window that ends at {@code now}. */
    public double outOfPocket(long now, long windowMillis) {
        double sum = 0;
        for (MedicalExpense e : state.medical) {
            if (inWindow(e.at, now, windowMillis)) {
                sum += e.outOfPocket;
            }
        }
        return sum;
    }

    /** True when a grant of this type (and kind, when given) reached the household or person after {@code since}. */
    public boolean grantedSince(String type, String kind, String personId, long since) {
        for (GrantRecord g : state.grants) {
            if (g.type.equals(type) && g.at >= since && (kind == null || kind.equals(g.kind))
                    && (personId == null || g.personId == null || personId.equals(g.personId))) {
                return true;
            }
        }
        return false;
    }

    /** (now − window, now]: a fact that happened in the window that ends now. */
    public static boolean inWindow(long at, long now, long windowMillis) {
        return at <= now && at > now - windowMillis;
    }
}
