package org.knotwork.pathways.model;

import org.knotwork.pathways.data.IoData;

/**
 * Independent reference for tests: one item at a time, weights as double[][] built from the public
 * accessors, activation written out explicitly.
 */
final class NaiveNet {
  private NaiveNet() {}

  static double[][] matrix(Network net, int j, int l) {
    Architecture a = net.architecture();
    double[][] m = new double[a.layerRows(j, l)][a.layerCols(j, l)];
    for (int r = 0; r < m.length; r++) {
      for (int c = 0; c < m[r].length; c++) {
        m[r][c] = net.weight(j, l, r, c);
      }
    }
    return m;
  }

  static double act(Activation f, double a) {
    switch (f) {
      case TANH:
        return Math.tanh(a);
      case RELU:
        return Math.max(0, a);
      default:
        return a;
    }
  }

  /** Output of pathway j on input x; preacts (if not null) receives min |pre-activation|. */
  static double[] pathway(Network net, int j, double[] x, double[] minAbsPre) {
    Architecture a = net.architecture();
    double[] h = x.clone();
    for (int l = 0; l < a.depth(j); l++) {
      double[][] w = matrix(net, j, l);
      double[] out = new double[w.length];
      for (int r = 0; r < w.length; r++) {
        double acc = 0;
        for (int c = 0; c < h.length; c++) {
          acc += w[r][c] * h[c];
        }
        if (minAbsPre != null) {
          minAbsPre[0] = Math.min(minAbsPre[0], Math.abs(acc));
        }
        boolean applies = a.activation() != Activation.LINEAR
            && (l < a.depth(j) - 1 || a.readoutActivation());
        out[r] = applies ? act(a.activation(), acc) : acc;
      }
      h = out;
    }
    return h;
  }

  static double loss(Network net, IoData d, LossConvention conv, double[] minAbsPre) {
    double ss = 0;
    for (int p = 0; p < d.items(); p++) {
      double[] x = new double[d.inputs()];
      for (int i = 0; i < x.length; i++) {
        x[i] = d.input(p, i);
      }
      double[] y = new double[d.outputs()];
      for (int j = 0; j < net.architecture().pathwayCount(); j++) {
        double[] o = pathway(net, j, x, minAbsPre);
        for (int k = 0; k < y.length; k++) {
          y[k] += o[k];
        }
      }
      for (int k = 0; k < y.length; k++) {
        double r = y[k] - d.target(p, k);
        ss += r * r;
      }
    }
    return conv == LossConvention.SUM ? ss : 0.5 * ss;
  }

  /** Product W_D ... W_1 of a linear pathway (n_out x n_in). */
  static double[][] product(Network net, int j) {
    double[][] m = matrix(net, j, 0);
    for (int l = 1; l < net.architecture().depth(j); l++) {
      double[][] w = matrix(net, j, l);
      double[][] r = new double[w.length][m[0].length];
      for (int a = 0; a < w.length; a++) {
        for (int b = 0; b < m[0].length; b++) {
          double acc = 0;
          for (int k = 0; k < m.length; k++) {
            acc += w[a][k] * m[k][b];
          }
          r[a][b] = acc;
        }
      }
      m = r;
    }
    return m;
  }
}
