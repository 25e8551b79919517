package gx.doudi.household;

import gx.doudi.indicator.Grade;
import java.util.ArrayList;
import java.util.List;

/** An alert that is open for this household: at most one per indicator (contract §5). */
public class OpenAlert {
    public String indicator;
    public String alertId;
    public Grade grade;
    /** Event time the episode opened: it names the episode in the alertId. */
    public long raisedAt;
    public List<String> types = new ArrayList<>();
    public List<String> referTo = new ArrayList<>();

    public OpenAlert() {}
}
