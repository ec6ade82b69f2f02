package org.knotwork.isometry.net;

import org.knotwork.common.random.Rng;

/** Random probe sets: standard normal inputs rescaled to a mean square (I6), uniform random labels. */
public final class ProbeInputs {
  private ProbeInputs() {}

  /** n inputs of dimension dim, each drawn standard normal then rescaled to mean square {@code meanSquare}. */
  public static double[][] gaussian(int n, int dim, double meanSquare, Rng rng) {
    double[][] x = new double[n][dim];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < dim; j++) {
        x[i][j] = rng.gaussian();
      }
      x[i] = Initialization.rescale(x[i], meanSquare);
    }
    return x;
  }

  /** n labels uniform on 0..classes&minus;1. */
  public static int[] labels(int n, int classes, Rng rng) {
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = rng.nextInt(classes);
    }
    return y;
  }
}
