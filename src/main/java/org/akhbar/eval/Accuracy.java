package org.akhbar.eval;

/** Correct out of total, for attributes judged on matched pairs (linking, jurisdiction, speaker). */
public final class Accuracy {
    private int correct;
    private int total;

    public void add(boolean ok) {
        total++;
        if (ok) {
            correct++;
        }
    }

    public void add(Accuracy o) {
        correct += o.correct;
        total += o.total;
    }

    public int correct() { return correct; }
    public int total() { return total; }

    public double value() {
        return total == 0 ? 1 : (double) correct / total;
    }
}
