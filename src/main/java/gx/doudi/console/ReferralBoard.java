package gx.doudi.console;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.event.Times;
import java.time.Clock;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The referrals of every channel, with where each stands: answered (from the chains' answer entries),
 * withdrawn (its alert resolved first), overdue (an overdue mark in the chain, or its dueBy passed with no
 * final answer), or open. An answer recorded on the page counts as sent until the engine's chain shows it.
 * It holds up to a capacity: at province scale every referral ever sent would not fit in the console's
 * heap, so past it the closed referrals go first; each department's topic keeps them all.
 */
final class ReferralBoard {
    static final String OPEN = "open";
    static final String OVERDUE = "overdue";
    static final String ANSWERED = "answered";
    static final String WITHDRAWN = ReferralRow.WITHDRAWN;
    static final List<String> STATES = List.of(OPEN, OVERDUE, ANSWERED, WITHDRAWN);
    private static final List<String> URGENCY = List.of(OVERDUE, OPEN, ANSWERED, WITHDRAWN);
    private static final Logger LOG = LoggerFactory.getLogger(ReferralBoard.class);

    /** An answer to a referral: from the chain, or sent from this console and not yet in a chain. */
    record Answer(String outcome, String at, boolean late, boolean confirmed) {
        boolean isFinal() {
            return !"in-progress".equals(outcome);
        }
    }

    /** A referral and where it stands now. */
    record Standing(ReferralRow referral, String state, Answer answer) {}

    record Page(int total, List<Standing> rows) {}

    record Counts(int open, int overdue, int answered, int withdrawn) {}

    private final Clock clock;
    private final int capacity;
    private final Map<String, ReferralRow> byId = new HashMap<>();
    private final Map<String, Answer> answers = new HashMap<>();
    private final Set<String> overdueMarks = new HashSet<>();
    private final Set<String> withdrawn = new HashSet<>();
    private final Map<String, Long> departmentVersions = new HashMap<>();
    private long seq;

    /** @param capacity how many referrals to hold; past that the closed go first, then the oldest open */
    ReferralBoard(Clock clock, int capacity) {
        this.clock = clock;
        this.capacity = capacity;
    }

    synchronized boolean add(JsonNode referral) {
        ReferralRow row = ReferralRow.of(referral, byId.get(referral.path("referralId").asText("")));
        if (row == null) {
            return false;
        }
        byId.put(row.referralId(), row);
        touch(row.department());
        if (byId.size() > capacity) {
            letGo(byId.size() - capacity * 9 / 10);
        }
        return true;
    }

    /**
     * Lets {@code n} referrals go, all at once so that it happens once per tenth of the capacity: the
     * answered and withdrawn first, then the open ones, each by when they were sent, oldest first. What
     * the chains said of referrals no longer held goes with them.
     */
    private void letGo(int n) {
        List<Standing> all = new ArrayList<>(byId.size());
        for (ReferralRow r : byId.values()) {
            all.add(standing(r));
        }
        all.sort(Comparator.comparing((Standing s) -> !ANSWERED.equals(s.state()) && !WITHDRAWN.equals(s.state()))
                .thenComparing(s -> String.valueOf(s.referral().referredAt())));
        for (Standing s : all.subList(0, n)) {
            byId.remove(s.referral().referralId());
            touch(s.referral().department());
        }
        answers.keySet().retainAll(byId.keySet());
        overdueMarks.retainAll(byId.keySet());
        withdrawn.retainAll(byId.keySet());
        LOG.info("holding {} referrals: let {} go, closed and oldest first (the departments' topics keep them all)",
                byId.size(), n);
    }

    /** Takes the answers and overdue marks of a household's chain. */
    synchronized void absorb(JsonNode chain) {
        for (JsonNode e : chain.path("entries")) {
            String id = e.path("referralId").asText(null);
            if (id == null) {
                continue;
            }
            String entry = e.path("entry").asText("");
            if ("answer".equals(entry)) {
                Answer a = new Answer(e.path("outcome").asText(""), e.path("at").asText(null), e.path("late").asBoolean(false), true);
                if (!a.equals(answers.put(id, a))) {
                    touch(e.path("department").asText(""));
                }
            } else if ("overdue".equals(entry) && overdueMarks.add(id)
                    || ReferralRow.WITHDRAWN.equals(entry) && withdrawn.add(id)) {
                touch(e.path("department").asText(""));
            }
        }
    }

    /** An answer sent from the page, shown until the chain brings the engine's own. */
    synchronized void sent(ReferralRow r, String outcome, String at) {
        Answer known = answers.get(r.referralId());
        if (known == null || !known.confirmed() || !known.isFinal()) {
            answers.put(r.referralId(), new Answer(outcome, at, false, false));
            touch(r.department());
        }
    }

    synchronized Optional<ReferralRow> find(String referralId) {
        return Optional.ofNullable(byId.get(referralId));
    }

    /** True when this department's channel holds a referral for the household (by its full or masked id). */
    synchronized boolean holds(String department, String householdId) {
        for (ReferralRow r : byId.values()) {
            if (r.department().equals(department)
                    && (r.householdId().equals(householdId) || IdMasks.mask(r.householdId()).equals(householdId))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One page of a channel (or of all, for {@code department} null), most urgent first: overdue, then
     * open by due date, then answered. The query finds household and referral ids, and the persons' ids
     * too when {@code bySubject} (the channel's own department, which sees them in full).
     */
    synchronized Page page(String department, String state, String query, boolean bySubject, int offset, int limit) {
        String q = query == null || query.isBlank() ? null : query.trim().toLowerCase(Locale.ROOT);
        List<Standing> matching = new ArrayList<>();
        for (ReferralRow r : byId.values()) {
            if (department != null && !department.equals(r.department())) {
                continue;
            }
            Standing s = standing(r);
            if ((state == null || state.equals(s.state())) && (q == null || matches(r, q, bySubject))) {
                matching.add(s);
            }
        }
        matching.sort(Comparator.comparingInt((Standing s) -> URGENCY.indexOf(s.state()))
                .thenComparing(s -> String.valueOf(s.referral().dueBy())));
        int from = Math.min(offset, matching.size());
        return new Page(matching.size(), List.copyOf(matching.subList(from, Math.min(from + limit, matching.size()))));
    }

    synchronized Counts counts(String department) {
        int[] n = new int[STATES.size()];
        for (ReferralRow r : byId.values()) {
            if (department == null || department.equals(r.department())) {
                n[STATES.indexOf(standing(r).state())]++;
            }
        }
        return new Counts(n[0], n[1], n[2], n[3]);
    }

    /** A number that grows whenever something in this department's channel (or any, for null) changes. */
    synchronized long version(String department) {
        return department == null ? seq : departmentVersions.getOrDefault(department, 0L);
    }

    synchronized Standing standing(ReferralRow r) {
        Answer a = answers.get(r.referralId());
        if (a != null && a.isFinal()) {
            return new Standing(r, ANSWERED, a);
        }
        if (WITHDRAWN.equals(r.status()) || withdrawn.contains(r.referralId())) {
            return new Standing(r, WITHDRAWN, a);
        }
        boolean overdue = overdueMarks.contains(r.referralId()) || pastDue(r.dueBy());
        return new Standing(r, overdue ? OVERDUE : OPEN, a);
    }

    private boolean pastDue(String dueBy) {
        try {
            return dueBy != null && Times.parse(dueBy) < clock.millis();
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean matches(ReferralRow r, String q, boolean bySubject) {
        return IdMasks.mask(r.householdId()).toLowerCase(Locale.ROOT).contains(q)
                || r.referralId().toLowerCase(Locale.ROOT).contains(q)
                || bySubject && r.subjects().stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(q))
                || bySubject && r.householdId().toLowerCase(Locale.ROOT).contains(q);
    }

    private void touch(String department) {
        seq++;
        departmentVersions.put(department, seq);
    }
}
