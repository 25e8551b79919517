package gx.doudi.referral;

import gx.doudi.indicator.Grade;

/** A referral that waits for its department's answer, kept in the household's state until it closes. */
public class OpenReferral {
    public String referralId;
    public String alertId;
    public String indicator;
    public String department;
    public Grade grade;
    public long referredAt;
    public long dueBy;
    /** "open", or "in-progress" once the department said it is working on it. */
    public String status;
    /** Set once, when dueBy passed with no closing answer. */
    public boolean overdue;

    public OpenReferral() {}
}
