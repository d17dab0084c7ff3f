package org.akhbar.eval;

/** True positives, false positives and false negatives of one category, and P/R/F1 from them. */
public final class Counts {
    private int tp;
    private int fp;
    private int fn;

    public void tp() { tp++; }
    public void fp() { fp++; }
    public void fn() { fn++; }

    public void add(Counts o) {
        tp += o.tp;
        fp += o.fp;
        fn += o.fn;
    }

    public int truePositives() { return tp; }
    public int falsePositives() { return fp; }
    public int falseNegatives() { return fn; }

    public double precision() {
        return tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? (fp == 0 ? 1 : 0) : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public boolean isEmpty() {
        return tp + fp + fn == 0;
    }
}
