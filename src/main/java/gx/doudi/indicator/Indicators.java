package gx.doudi.indicator;

import java.util.LinkedHashMap;
import java.util.Map;

/** The indicators the engine knows how to evaluate, by id. The files choose which run and with what numbers. */
public final class Indicators {
    private static final Map<String, Indicator> ALL = new LinkedHashMap<>();

    static {
        for (Indicator i : new Indicator[] {new BelowDibao(), new MarginalIncome(), new RigidExpense(),
                new MedicalBurden(), new MajorIllness(), new Unemployment(), new DisasterDamage(),
                new UnsafeHousing(), new PovertyReturnRisk(), new SuddenHardship(), new WorkerHardship(), new EducationGap(), new InsuranceGap(),
                new DisabilityGap(), new DuplicateAssistance(), new CategoryMismatch(), new ReferralOverdue(),
                new CompoundRisk()}) {
            ALL.put(i.id(), i);
        }
    }

    /** Judged after the others, on the alerts they left open. */
    public static final String COMPOUND_RISK = "compound-risk";

    private Indicators() {}

    public static Indicator byId(String id) {
        return ALL.get(id);
    }

    public static Map<String, Indicator> all() {
        return ALL;
    }
}
