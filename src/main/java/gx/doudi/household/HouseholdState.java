package gx.doudi.household;

import gx.doudi.indicator.Grade;
import gx.doudi.referral.OpenReferral;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the engine keeps about one household, in one RocksDB value. Lists are pruned to the
 * indicator set's retention on every update, so nothing grows without bound.
 */
public class HouseholdState {
    public String householdId;
    public String region;
    public String residence;
    /** True once civil affairs has registered the household. */
    public boolean listed;
    public List<HouseholdMember> members = new ArrayList<>();
    public List<CategoryEntry> categories = new ArrayList<>();
    public Double annualIncome;
    public long incomeAssessedAt;
    public List<MedicalExpense> medical = new ArrayList<>();
    public List<Illness> illnesses = new ArrayList<>();
    public List<UnemploymentSpell> unemployment = new ArrayList<>();
    public List<Disability> disabilities = new ArrayList<>();
    public List<Student> students = new ArrayList<>();
    public List<GrantRecord> grants = new ArrayList<>();
    public List<Incident> incidents = new ArrayList<>();
    public HousingAssessment housing;
    public DisasterReport disaster;
    public IncomeDecline incomeDecline;
    public HardshipRegistration hardship;
    public List<OpenAlert> openAlerts = new ArrayList<>();
    /** Referrals waiting for their department's closing answer. */
    public List<OpenReferral> referrals = new ArrayList<>();
    /**
     * Indicator → the grade at which its last alert was closed by the departments' answers: the same
     * need at that grade raises nothing new until the condition clears (nobody is helped twice).
     */
    public Map<String, Grade> settled = new HashMap<>();
    public long lastEventAt;
    /** When the engine next looks at the household with no new event (its timer), or Long.MAX_VALUE. */
    public long nextCheck = Long.MAX_VALUE;
    /**
     * The version of the indicator set that last judged the household, 0 before any: a round under another
     * set judges every indicator, not only those that read what its event changed.
     */
    public int judgedWith;
    /**
     * True once the household's chain has an entry (entries, once there, stay until the household is
     * forgotten): a household without one needs no read of its chain.
     */
    public boolean chained;
    /**
     * source/eventId → event time of every event this household received, kept while a re-send of it
     * could still pass the too-late check: a re-send is rejected as a duplicate and changes nothing.
     */
    public Map<String, Long> received = new HashMap<>();

    public HouseholdState() {}
}
