package eu.digitalpartnership.kg.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/** A maximum one-to-one matching of predicted to gold items, found by augmenting paths. */
final class Matching {
    private Matching() {}

    /**
     * For each predicted item the index of the gold item it is matched to, or -1, such that as many items as possible
     * are matched: a greedy choice could let a loose match take the item an exact match needed.
     */
    static int[] maximum(int predicted, int gold, BiPredicate<Integer, Integer> matches) {
        List<List<Integer>> candidates = new ArrayList<>();
        for (int j = 0; j < gold; j++) {
            List<Integer> c = new ArrayList<>();
            for (int i = 0; i < predicted; i++) if (matches.test(i, j)) c.add(i);
            candidates.add(c);
        }
        int[] owner = new int[predicted];
        Arrays.fill(owner, -1);
        for (int j = 0; j < gold; j++) augment(j, candidates, owner, new boolean[predicted]);
        return owner;
    }

    private static boolean augment(int j, List<List<Integer>> candidates, int[] owner, boolean[] seen) {
        for (int i : candidates.get(j)) {
            if (seen[i]) continue;
            seen[i] = true;
            if (owner[i] < 0 || augment(owner[i], candidates, owner, seen)) {
                owner[i] = j;
                return true;
            }
        }
        return false;
    }
}
