package gx.doudi.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChainBoardTest {
    final ChainBoard board = new ChainBoard(3);

    static String chain(String household, int entries) {
        return "{\"householdId\":\"" + household + "\",\"entries\":" + entries + "}";
    }

    @Test
    void itHoldsTheMostRecentlyChangedChainsUpToItsCapacity() {
        board.put("h-1", chain("h-1", 1));
        board.put("h-2", chain("h-2", 1));
        board.put("h-3", chain("h-3", 1));
        assertThat(board.full()).isFalse();
        board.put("h-1", chain("h-1", 2));

        board.put("h-4", chain("h-4", 1));

        assertThat(board.chain("h-2")).as("the longest unchanged").isEmpty();
        assertThat(board.full()).isTrue();
        assertThat(board.chain("h-1")).hasValueSatisfying(c -> assertThat(c.path("entries").asInt()).isEqualTo(2));
        assertThat(board.chain("h-3")).isPresent();
        assertThat(board.chain("h-4")).isPresent();
    }

    @Test
    void aDeletedChainIsGoneAndDoesNotCountAgainstTheCapacity() {
        board.put("h-1", chain("h-1", 1));
        board.put("h-1", null);
        board.put("h-2", chain("h-2", 1));
        board.put("h-3", chain("h-3", 1));
        board.put("h-4", chain("h-4", 1));

        assertThat(board.chain("h-1")).isEmpty();
        assertThat(board.full()).isFalse();
        assertThat(board.changedSince(0)).containsExactly("h-1", "h-2", "h-3", "h-4");
    }
}
