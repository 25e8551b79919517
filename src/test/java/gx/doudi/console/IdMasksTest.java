package gx.doudi.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gx.doudi.event.Json;
import org.junit.jupiter.api.Test;

class IdMasksTest {
    @Test
    void everyPersonalIdIsMaskedWhereverItStands() throws Exception {
        JsonNode masked = IdMasks.mask(Json.MAPPER.readTree("""
                {"householdId":"person:45010219900101001X","subjects":["450102201003150014","4501**********0014"],
                 "entries":[{"note":"见 450102201003150014 的材料"}],"region":"450102","members":3}"""));
        assertThat(masked.toString()).doesNotContain("450102201003150014").doesNotContain("45010219900101001X");
        assertThat(masked.path("householdId").asText()).isEqualTo("person:4501**********001X");
        assertThat(masked.path("subjects").get(0).asText()).isEqualTo("4501**********0014");
        assertThat(masked.path("subjects").get(1).asText()).isEqualTo("4501**********0014");
        assertThat(masked.path("entries").get(0).path("note").asText()).isEqualTo("见 4501**********0014 的材料");
        assertThat(masked.path("region").asText()).isEqualTo("450102");
    }

    @Test
    void householdIdsAndLongerNumbersStayAsTheyAre() {
        assertThat(IdMasks.mask("450102-00012345")).isEqualTo("450102-00012345");
        assertThat(IdMasks.mask("4501022010031500149")).isEqualTo("4501022010031500149");
        assertThat(IdMasks.mask((String) null)).isNull();
    }
}
