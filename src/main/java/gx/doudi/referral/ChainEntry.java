package gx.doudi.referral;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One line of a household's assistance chain: an alert, a referral, an answer, a grant, an overdue mark
 * or a withdrawal. Only the fields of its kind are set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ChainEntry {
    public static final String ALERT = "alert";
    public static final String REFERRAL = "referral";
    public static final String ANSWER = "answer";
    public static final String GRANT = "grant";
    public static final String OVERDUE = "overdue";
    public static final String WITHDRAWN = "withdrawn";

    /** Event time, for ordering and pruning. */
    @JsonIgnore
    public long time;
    public String at;
    public String entry;
    public String alertId;
    public String referralId;
    public String indicator;
    public String grade;
    public String status;
    public List<String> types;
    public String action;
    public String department;
    public String dueBy;
    public String outcome;
    public Boolean late;
    public String eventId;
    public String type;
    public String kind;
    public Double amount;
    public String note;

    public ChainEntry() {}
}
