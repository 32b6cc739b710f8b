package eu.digitalpartnership.kg.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class MatchingTest {
    @Test
    void a_loose_match_does_not_take_the_item_an_exact_match_needs() {
        boolean[][] matches = {{true, true}, {true, false}};
        int[] owner = Matching.maximum(2, 2, (i, j) -> matches[j][i]);
        assertArrayEquals(new int[] {1, 0}, owner);
    }

    @Test
    void items_without_a_match_stay_unmatched() {
        int[] owner = Matching.maximum(3, 1, (i, j) -> i == 2);
        assertArrayEquals(new int[] {-1, -1, 0}, owner);
    }
}
