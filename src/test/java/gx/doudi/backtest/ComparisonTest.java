package gx.doudi.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gx.doudi.backtest.Comparison.ChangedHousehold;
import gx.doudi.backtest.Comparison.CityRow;
import gx.doudi.backtest.Comparison.Row;
import gx.doudi.backtest.Comparison.Tally;
import gx.doudi.indicator.Grade;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What counts as an alert, gained and lost: from alert records as a replay writes them. */
class ComparisonTest {
    private static final String NANNING = "450102";
    private static final String LIUZHOU = "450202";

    @Test
    void anEscalatedAlertCountsOnceAtItsHighestGrade() throws IOException {
        List<AlertEpisode> episodes = AlertEpisodes.of(List.of(
                alert("a-1", "450102-1", NANNING, "medical-burden", "yellow", "raised", 0.35),
                alert("a-1", "450102-1", NANNING, "medical-burden", "orange", "escalated", 0.65),
                alert("a-1", "450102-1", NANNING, "medical-burden", "orange", "resolved", null)));

        assertThat(episodes).singleElement().satisfies(e -> {
            assertThat(e.grade()).isEqualTo(Grade.ORANGE);
            assertThat(e.evidence()).containsEntry("ratio", 0.65);
        });
    }

    @Test
    void anAlertOnlyTheCandidateRaisesIsGainedAndOneOnlyTheBaselineRaisesIsLost() throws IOException {
        Comparison c = Comparison.of(
                AlertEpisodes.of(List.of(alert("a-1", "450102-1", NANNING, "medical-burden", "yellow", "raised", 0.4))),
                AlertEpisodes.of(List.of(alert("a-2", "450202-2", LIUZHOU, "medical-burden", "yellow", "raised", 0.45))));

        assertThat(c.changes()).extracting(ChangedHousehold::householdId, ChangedHousehold::change)
                .containsExactly(tuple("450202-2", "gained"), tuple("450102-1", "lost"));
        assertThat(c.rows()).containsExactly(new Row("medical-burden", Grade.YELLOW, new Tally(1, 1, 1, 1, 2)));
    }

    @Test
    void anAlertThatMovedToAnotherGradeIsLostAtOneAndGainedAtTheOther() throws IOException {
        Comparison c = Comparison.of(
                AlertEpisodes.of(List.of(alert("a-1", "450102-1", NANNING, "medical-burden", "yellow", "raised", 0.55))),
                AlertEpisodes.of(List.of(alert("a-1", "450102-1", NANNING, "medical-burden", "orange", "raised", 0.55))));

        assertThat(c.changes()).extracting(ChangedHousehold::grade, ChangedHousehold::change, ChangedHousehold::candidateGrades)
                .containsExactly(tuple(Grade.ORANGE, "gained", List.of(Grade.ORANGE)),
                        tuple(Grade.YELLOW, "lost", List.of(Grade.ORANGE)));
        assertThat(c.total()).isEqualTo(new Tally(1, 1, 1, 1, 1));
    }

    @Test
    void theSameAlertUnderADifferentIdIsNoChange() throws IOException {
        Comparison c = Comparison.of(
                AlertEpisodes.of(List.of(alert("a-1", "450102-1", NANNING, "medical-burden", "red", "raised", 1.2))),
                AlertEpisodes.of(List.of(alert("a-9", "450102-1", NANNING, "medical-burden", "red", "raised", 1.2))));

        assertThat(c.changes()).isEmpty();
        assertThat(c.rows()).containsExactly(new Row("medical-burden", Grade.RED, new Tally(1, 1, 0, 0, 0)));
    }

    @Test
    void aSecondEpisodeOfTheSameGradeIsAGainedAlert() throws IOException {
        Comparison c = Comparison.of(
                AlertEpisodes.of(List.of(alert("a-1", "450102-1", NANNING, "medical-burden", "orange", "raised", 0.7))),
                AlertEpisodes.of(List.of(
                        alert("a-1", "450102-1", NANNING, "medical-burden", "orange", "raised", 0.7),
                        alert("a-1", "450102-1", NANNING, "medical-burden", "orange", "resolved", null),
                        alert("a-2", "450102-1", NANNING, "medical-burden", "orange", "raised", 0.66))));

        assertThat(c.changes()).singleElement().satisfies(h -> {
            assertThat(h.change()).isEqualTo("gained");
            assertThat(h.candidateGrades()).containsExactly(Grade.ORANGE, Grade.ORANGE);
            assertThat(h.evidence()).containsEntry("ratio", 0.66);
        });
    }

    @Test
    void everyCityIsListedAndAnAlertOutsideGuangxiIsOther() throws IOException {
        Comparison c = Comparison.of(
                AlertEpisodes.of(List.of(alert("a-1", "person:4502**********0014", "451402", "sudden-hardship", "red", "raised", null))),
                AlertEpisodes.of(List.of(alert("a-2", "450102-1", null, "sudden-hardship", "red", "raised", null))));

        assertThat(c.cities()).extracting(CityRow::city).hasSize(15).startsWith("450100", "450200").endsWith("451400", "other");
        assertThat(c.cities()).filteredOn(r -> r.city().equals("451400")).singleElement()
                .satisfies(r -> assertThat(r.tally()).isEqualTo(new Tally(1, 0, 0, 1, 1)));
        assertThat(c.cities()).filteredOn(r -> r.city().equals("other")).singleElement()
                .satisfies(r -> assertThat(r.tally()).isEqualTo(new Tally(0, 1, 1, 0, 1)));
    }

    @Test
    void rowsFollowTheEnginesOrderOfIndicatorsThenTheMostSevereGrade() throws IOException {
        Comparison c = Comparison.of(AlertEpisodes.of(List.of(
                alert("a-1", "450102-1", NANNING, "worker-hardship", "yellow", "raised", null),
                alert("a-2", "450102-2", NANNING, "medical-burden", "yellow", "raised", 0.4),
                alert("a-3", "450102-3", NANNING, "medical-burden", "red", "raised", 1.5),
                alert("a-4", "450102-4", NANNING, "below-dibao", "red", "raised", null))), List.of());

        assertThat(c.rows()).extracting(Row::indicator, Row::grade).containsExactly(
                tuple("below-dibao", Grade.RED), tuple("medical-burden", Grade.RED),
                tuple("medical-burden", Grade.YELLOW), tuple("worker-hardship", Grade.YELLOW));
    }

    static String alert(String id, String household, String region, String indicator, String grade, String status, Double ratio) {
        String evidence = ratio == null ? "{}" : "{\"outOfPocket12m\":" + ratio * 10000 + ",\"ratio\":" + ratio + "}";
        return "{\"alertId\":\"" + id + "\",\"householdId\":\"" + household + "\",\"region\":"
                + (region == null ? "null" : "\"" + region + "\"") + ",\"indicator\":\"" + indicator
                + "\",\"indicatorVersion\":1,\"grade\":\"" + grade + "\",\"status\":\"" + status + "\",\"evidence\":" + evidence + "}";
    }
}
