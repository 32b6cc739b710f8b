package eu.digitalpartnership.kg.evaluate;

/** Matched, predicted and gold counts of one category, with precision, recall and F1. */
public record Score(String category, int matched, int predicted, int gold) {
    /** Share of predictions that match gold; 1 when nothing was predicted and nothing was expected. */
    public double precision() { return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / predicted; }

    /** Share of gold items found; 1 when there was nothing to find. */
    public double recall() { return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) matched / gold; }

    /** Harmonic mean of precision and recall. */
    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The sum of two scores of the same category. */
    public Score plus(Score o) { return new Score(category, matched + o.matched, predicted + o.predicted, gold + o.gold); }

    @Override public String toString() {
        return String.format("%-24s P %.2f  R %.2f  F1 %.2f  (%d matched, %d predicted, %d gold)",
                category, precision(), recall(), f1(), matched, predicted, gold);
    }
}
