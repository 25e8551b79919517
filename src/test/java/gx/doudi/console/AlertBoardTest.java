package gx.doudi.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.event.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertBoardTest {
    final AlertBoard board = new AlertBoard(1000);

    void add(String id, String region, String grade, String type, String status, String department) throws Exception {
        String household = region + "-" + id.replaceAll("[^0-9]", "0");
        assertThat(board.add(json(Records.alert(id, household, region, "medical-burden", grade, List.of(type), status, List.of(department)))))
                .isTrue();
    }

    /** 南宁 兴宁区 red medical, 柳州 鱼峰区 orange housing, 桂林 七星区 yellow employment resolved, 南宁 青秀区 orange medical escalated. */
    void fourAlerts() throws Exception {
        add("a-1", "450102", "red", "medical", "raised", "medical-security");
        add("a-2", "450203", "orange", "housing", "raised", "housing");
        add("a-3", "450305", "yellow", "employment", "resolved", "human-resources");
        add("a-4", "450103", "orange", "medical", "escalated", "medical-security");
    }

    static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text);
    }

    static AlertFilter filter(Map<String, String> params) {
        return AlertFilter.from(params::get);
    }

    @Test
    void oneRowPerAlertNewestChangeFirstPagedOnTheServer() throws Exception {
        for (int i = 0; i < 120; i++) {
            add("a-" + i, "450102", "yellow", "medical", "raised", "medical-security");
        }
        add("a-5", "450102", "orange", "medical", "escalated", "medical-security");

        AlertBoard.Page first = board.page(AlertFilter.ALL, 0, 50);
        assertThat(first.total()).isEqualTo(120);
        assertThat(first.rows()).hasSize(50);
        assertThat(first.rows().get(0).alertId()).isEqualTo("a-5");
        assertThat(first.rows().get(0).grade()).isEqualTo("orange");
        assertThat(first.rows().get(1).alertId()).isEqualTo("a-119");
        assertThat(board.page(AlertFilter.ALL, 100, 50).rows()).hasSize(20);
    }

    @Test
    void eachFilterNarrowsTheAlertsAndTheyCombine() throws Exception {
        fourAlerts();

        assertThat(ids(Map.of("grade", "orange"))).containsExactly("a-4", "a-2");
        assertThat(ids(Map.of("type", "medical"))).containsExactly("a-4", "a-1");
        assertThat(ids(Map.of("city", "450100"))).containsExactly("a-4", "a-1");
        assertThat(ids(Map.of("county", "450103"))).containsExactly("a-4");
        assertThat(ids(Map.of("department", "housing"))).containsExactly("a-2");
        assertThat(ids(Map.of("status", "open"))).containsExactly("a-4", "a-2", "a-1");
        assertThat(ids(Map.of("status", "resolved"))).containsExactly("a-3");
        assertThat(ids(Map.of("household", "450305"))).containsExactly("a-3");
        assertThat(ids(Map.of("grade", "orange", "city", "450200"))).containsExactly("a-2");
        assertThatThrownBy(() -> filter(Map.of("grade", "purple"))).hasMessage("unknown grade: purple");
    }

    @Test
    void theGlanceCountsByGradeTypeStatusAndCity() throws Exception {
        fourAlerts();

        AlertBoard.Glance g = board.glance(AlertFilter.ALL);
        assertThat(g.grades()).containsEntry("red", 1).containsEntry("orange", 2).containsEntry("yellow", 1);
        assertThat(g.types()).containsEntry("medical", 2).containsEntry("housing", 1).containsEntry("disaster", 0);
        assertThat(g.open()).isEqualTo(3);
        assertThat(g.resolved()).isEqualTo(1);
        assertThat(g.cities()).hasSize(14);
        assertThat(g.cities().get(0)).isEqualTo(new AlertBoard.CityCount("450100", "南宁市", 1, 1, 0));
        assertThat(board.glance(filter(Map.of("status", "open"))).resolved()).isZero();
    }

    @Test
    void changesSinceAVersionAreTheMatchingRowsAndTheOnesThatLeftTheFilter() throws Exception {
        add("a-1", "450102", "red", "medical", "raised", "medical-security");
        add("a-2", "450102", "red", "medical", "raised", "medical-security");
        long version = board.version();
        add("a-3", "450102", "red", "medical", "raised", "medical-security");
        add("a-1", "450102", "red", "medical", "resolved", "medical-security");

        AlertBoard.Changes open = board.since(version, filter(Map.of("status", "open")), 50);
        assertThat(open.rows()).extracting(AlertRow::alertId).containsExactly("a-3");
        assertThat(open.gone()).containsExactly("a-1");
        assertThat(board.since(open.version(), AlertFilter.ALL, 50).rows()).isEmpty();
    }

    @Test
    void pastItsCapacityTheBoardLetsTheLongestUnchangedGo() throws Exception {
        AlertBoard small = new AlertBoard(3);
        for (String id : List.of("a-1", "a-2", "a-3")) {
            small.add(json(Records.alert(id, "450102-1", "450102", "medical-burden", "red", List.of("medical"), "raised", List.of())));
        }
        small.add(json(Records.alert("a-1", "450102-1", "450102", "medical-burden", "red", List.of("medical"), "resolved", List.of())));
        small.add(json(Records.alert("a-4", "450102-1", "450102", "medical-burden", "red", List.of("medical"), "raised", List.of())));
        assertThat(small.page(AlertFilter.ALL, 0, 10).rows()).extracting(AlertRow::alertId).containsExactly("a-4", "a-1", "a-3");
    }

    @Test
    void aRecordThatIsNoAlertIsRefused() throws Exception {
        assertThat(board.add(json("{\"hello\":1}"))).isFalse();
        assertThat(board.add(json("{\"alertId\":\"a-1\",\"grade\":\"purple\"}"))).isFalse();
        assertThat(board.size()).isZero();
    }

    private List<String> ids(Map<String, String> params) {
        return board.page(filter(params), 0, 50).rows().stream().map(AlertRow::alertId).toList();
    }
}
