package gx.doudi.referral;

import java.util.List;

/**
 * A household's assistance chain, "一户一条救助链" (contract §7), on {@code doudi.chains}: its profile
 * summary, current categories, open referrals and the time-ordered alerts, referrals, answers, grants
 * and overdue marks. Ids are masked: a household of one shows as {@code person:4501**********0014}.
 */
public record Chain(
        String householdId,
        String region,
        String residence,
        int members,
        List<String> categories,
        Double annualIncome,
        String updatedAt,
        List<Open> openReferrals,
        List<ChainEntry> entries) {

    /** A referral still waiting for its answer. */
    public record Open(String referralId, String alertId, String department, String indicator, String grade,
                       String dueBy, String status, boolean overdue) {}
}
