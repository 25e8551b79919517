package gx.doudi.console;

import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.event.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReferralBoardTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-06T00:00:00Z"), ZoneOffset.UTC);
    final ReferralBoard board = new ReferralBoard(CLOCK, 1_000);

    void referral(String alertId, String department, String household, String dueBy) throws Exception {
        assertThat(board.add(Json.MAPPER.readTree(Records.referral(alertId, department, household, "450102", "red",
                "450102201003150014", dueBy)))).isTrue();
    }

    String state(String referralId) {
        return board.standing(board.find(referralId).orElseThrow()).state();
    }

    @Test
    void aReferralIsOpenUntilDueThenOverdueAndAnsweredOnceTheChainSaysSo() throws Exception {
        referral("a-1", "medical-security", "450102-1", "2025-03-08T10:00:00+08:00");
        referral("a-2", "medical-security", "450102-2", "2025-03-05T10:00:00+08:00");
        assertThat(state("a-1/medical-security")).isEqualTo("open");
        assertThat(state("a-2/medical-security")).isEqualTo("overdue");

        board.absorb(Json.MAPPER.readTree(Records.chain("a-2", "medical-security", "450102-2", "450102", "granted")));
        assertThat(state("a-2/medical-security")).isEqualTo("answered");
        assertThat(board.standing(board.find("a-2/medical-security").orElseThrow()).answer().confirmed()).isTrue();
        assertThat(board.counts("medical-security")).isEqualTo(new ReferralBoard.Counts(1, 0, 1, 0));
    }

    @Test
    void aWithdrawnReferralIsClosedAndKeepsItsPersons() throws Exception {
        referral("a-1", "medical-security", "450102-1", "2025-03-05T10:00:00+08:00");
        String withdrawal = Records.referral("a-1", "medical-security", "450102-1", "450102", "red", "x", "2025-03-05T10:00:00+08:00")
                .replace("\"subjects\":[\"x\"]", "\"subjects\":[]").replace("\"status\":\"open\"", "\"status\":\"withdrawn\"");
        board.add(Json.MAPPER.readTree(withdrawal));
        ReferralRow r = board.find("a-1/medical-security").orElseThrow();
        assertThat(board.standing(r).state()).isEqualTo("withdrawn");
        assertThat(r.subjects()).containsExactly("450102201003150014");
        assertThat(board.counts(null)).isEqualTo(new ReferralBoard.Counts(0, 0, 0, 1));
    }

    @Test
    void anAnswerInProgressLeavesTheReferralOpenAndASentAnswerShowsUntilConfirmed() throws Exception {
        referral("a-1", "medical-security", "450102-1", "2025-03-08T10:00:00+08:00");
        ReferralRow r = board.find("a-1/medical-security").orElseThrow();
        board.sent(r, "in-progress", "2025-03-06T08:00:00+08:00");
        assertThat(board.standing(r).state()).isEqualTo("open");
        assertThat(board.standing(r).answer().outcome()).isEqualTo("in-progress");

        board.sent(r, "granted", "2025-03-06T09:00:00+08:00");
        assertThat(board.standing(r).state()).isEqualTo("answered");
        assertThat(board.standing(r).answer().confirmed()).isFalse();
    }

    @Test
    void aChannelPageHoldsOnlyThatDepartmentMostUrgentFirst() throws Exception {
        referral("a-1", "medical-security", "450102-1", "2025-03-08T10:00:00+08:00");
        referral("a-2", "medical-security", "450102-2", "2025-03-05T10:00:00+08:00");
        referral("a-3", "health", "450102-3", "2025-03-07T10:00:00+08:00");
        ReferralBoard.Page page = board.page("medical-security", null, null, true, 0, 50);
        assertThat(page.rows()).extracting(s -> s.referral().referralId()).containsExactly("a-2/medical-security", "a-1/medical-security");
        assertThat(board.page(null, null, null, false, 0, 50).total()).isEqualTo(3);
        assertThat(board.page("medical-security", "overdue", null, true, 0, 50).total()).isEqualTo(1);
        assertThat(board.holds("health", "450102-3")).isTrue();
        assertThat(board.holds("medical-security", "450102-3")).isFalse();
        assertThat(board.page("medical-security", null, "450102201003150014", true, 0, 50).total()).isEqualTo(2);
        assertThat(board.page("medical-security", null, "450102201003150014", false, 0, 50).total()).isZero();
    }

    @Test
    void aChangeInOneChannelMovesOnlyItsVersion() throws Exception {
        referral("a-1", "medical-security", "450102-1", "2025-03-08T10:00:00+08:00");
        long health = board.version("health");
        long medical = board.version("medical-security");
        referral("a-2", "medical-security", "450102-2", "2025-03-08T10:00:00+08:00");
        assertThat(board.version("health")).isEqualTo(health);
        assertThat(board.version("medical-security")).isGreaterThan(medical);
        assertThat(board.version(null)).isGreaterThan(medical);
    }

    @Test
    void pastItsCapacityTheBoardLetsTheClosedGoFirstThenTheOldestOpen() throws Exception {
        ReferralBoard small = new ReferralBoard(CLOCK, 10);
        for (int i = 0; i < 10; i++) {
            String referral = Records.referral("a-" + i, "health", "450102-" + i, "450102", "red", "x", "2025-03-08T10:00:00+08:00")
                    .replace("2025-03-02T10:00:00", "2025-03-02T10:0" + i + ":00");
            small.add(Json.MAPPER.readTree(referral));
        }
        small.absorb(Json.MAPPER.readTree(Records.chain("a-7", "health", "450102-7", "450102", "granted")));
        assertThat(small.counts(null)).isEqualTo(new ReferralBoard.Counts(9, 0, 1, 0));

        small.add(Json.MAPPER.readTree(Records.referral("a-10", "health", "450102-10", "450102", "red", "x",
                "2025-03-08T10:00:00+08:00").replace("2025-03-02T10:00:00", "2025-03-02T10:10:00")));

        // 11 held is past 10: down to 9, the answered one first, then the oldest open
        assertThat(small.counts(null)).isEqualTo(new ReferralBoard.Counts(9, 0, 0, 0));
        assertThat(small.find("a-7/health")).isEmpty();
        assertThat(small.find("a-0/health")).isEmpty();
        assertThat(small.find("a-1/health")).isPresent();
        assertThat(small.find("a-10/health")).isPresent();
    }
}
