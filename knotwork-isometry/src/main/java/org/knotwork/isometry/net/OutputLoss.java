package org.knotwork.isometry.net;

/**
 * The loss at the read-out of one example, as a function of the logits h<sup>g</sup> (canonical
 * links, docs/isometry.md (I10)): its value, its gradient r = &part;E/&part;h<sup>g</sup> and its
 * Hessian H (the output metric of the true Fisher).
 */
public interface OutputLoss {

  /** Number of examples this loss has targets for. */
  int examples();

  /** E(h<sup>g</sup>) for example i. */
  double value(double[] logits, int i);

  /** r<sub>i</sub> = &part;E/&part;h<sup>g</sup> for example i. */
  double[] gradient(double[] logits, int i);

  /** H = &part;<sup>2</sup>E/&part;h<sup>g</sup>&part;h<sup>g</sup> (independent of the target). */
  double[][] hessian(double[] logits);

  /** Softmax probabilities, computed stably. */
  static double[] softmax(double[] logits) {
    double m = Double.NEGATIVE_INFINITY;
    for (double z : logits) {
      m = Math.max(m, z);
    }
    double[] p = new double[logits.length];
    double s = 0;
    for (int c = 0; c < p.length; c++) {
      p[c] = Math.exp(logits[c] - m);
      s += p[c];
    }
    for (int c = 0; c < p.length; c++) {
      p[c] /= s;
    }
    return p;
  }

  /**
   * Softmax cross-entropy E = &minus;log p<sub>y</sub> (natural log): r = p &minus; e<sub>y</sub>,
   * H = diag p &minus; pp<sup>T</sup> (I10).
   */
  static OutputLoss softmaxCrossEntropy(int[] labels) {
    int[] y = labels.clone();
    return new OutputLoss() {
      @Override
      public int examples() {
        return y.length;
      }

      @Override
      public double value(double[] logits, int i) {
        double m = Double.NEGATIVE_INFINITY;
        for (double z : logits) {
          m = Math.max(m, z);
        }
        double s = 0;
        for (double z : logits) {
          s += Math.exp(z - m);
        }
        return m + Math.log(s) - logits[y[i]];
      }

      @Override
      public double[] gradient(double[] logits, int i) {
        if (y[i] < 0 || y[i] >= logits.length) {
          throw new IllegalArgumentException("label " + y[i] + " of example " + i + " out of range");
        }
        double[] r = softmax(logits);
        r[y[i]] -= 1;
        return r;
      }

      @Override
      public double[][] hessian(double[] logits) {
        double[] p = softmax(logits);
        double[][] h = new double[p.length][p.length];
        for (int a = 0; a < p.length; a++) {
          for (int b = 0; b < p.length; b++) {
            h[a][b] = (a == b ? p[a] : 0) - p[a] * p[b];
          }
        }
        return h;
      }
    };
  }

  /** Squared loss E = &frac12;&Vert;h<sup>g</sup> &minus; y&Vert;<sup>2</sup>: r = h<sup>g</sup> &minus; y, H = I (I10). */
  static OutputLoss squared(double[][] targets) {
    double[][] t = new double[targets.length][];
    for (int i = 0; i < t.length; i++) {
      t[i] = targets[i].clone();
    }
    return new OutputLoss() {
      @Override
      public int examples() {
        return t.length;
      }

      @Override
      public double value(double[] logits, int i) {
        double s = 0;
        for (int c = 0; c < logits.length; c++) {
          double d = logits[c] - t[i][c];
          s += d * d;
        }
        return 0.5 * s;
      }

      @Override
      public double[] gradient(double[] logits, int i) {
        double[] r = new double[logits.length];
        for (int c = 0; c < r.length; c++) {
          r[c] = logits[c] - t[i][c];
        }
        return r;
      }

      @Override
      public double[][] hessian(double[] logits) {
        double[][] h = new double[logits.length][logits.length];
        for (int c = 0; c < logits.length; c++) {
          h[c][c] = 1;
        }
        return h;
      }
    };
  }
}
