package gx.doudi.event;

/**
 * The payload of every event type of contract §4, as one flat record: each type sets only its own
 * fields. One flat type keeps Flink on its POJO serializer (no Kryo) and Jackson on data binding (no
 * JSON tree per event).
 */
public class Payload {
    // civil-affairs
    public String residence;
    public Member[] members;
    public Double annualIncome;
    public String category;
    public String personId;
    public Double amount;
    // human-resources
    public Boolean insured;
    public Boolean seekingWork;
    public String reason;
    public String kind;
    // health
    public String severity;
    public String disease;
    // medical-security
    public Double total;
    public Double reimbursed;
    public Double outOfPocket;
    public Boolean inpatient;
    public Integer year;
    // education
    public String stage;
    // housing
    public String condition;
    public Boolean onlyHouse;
    public Integer seismicIntensity;
    public Boolean seismicCompliant;
    // emergency
    public String disaster;
    public String houseDamage;
    public Double loss;
    public Integer injured;
    public Integer died;
    // agriculture
    public String risk;
    public Double previousAnnual;
    public Double currentAnnual;
    // trade-union
    public String level;
    // disability
    public Integer grade;
    // assistance.result
    public String referralId;
    public String outcome;
    public String assistance;
    public String note;

    public Payload() {}
}
