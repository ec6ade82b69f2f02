package org.knotwork.multivariate.study;

import org.knotwork.common.random.Rng;

/**
 * The small 2-D data sets of the {@code multivariate} study. With u = x/radius &isin; [&minus;1,
 * 1]<sup>2</sup>: {@code xor} y = u<sub>1</sub>u<sub>2</sub> (a saddle, the smooth XOR), {@code
 * ring} y = exp(&minus;(‖u‖ &minus; 0.6)<sup>2</sup>/0.05), {@code ridge} y = relu(u<sub>1</sub> +
 * 0.5u<sub>2</sub> &minus; 0.2) (one exact hyperplane).
 */
public final class Datasets {
  private Datasets() {}

  /** The points (N rows of 2) of a spec, from the stream {@code rng}. */
  public static double[][] points(MultivariateSpec.Data d, Rng rng) {
    double[][] x = new double[d.points()][];
    if (d.layout().equals("grid")) {
      int side = (int) Math.round(Math.sqrt(d.points()));
      for (int i = 0; i < side; i++) {
        for (int j = 0; j < side; j++) {
          double a = side == 1 ? 0 : -1 + 2.0 * i / (side - 1);
          double b = side == 1 ? 0 : -1 + 2.0 * j / (side - 1);
          x[i * side + j] = new double[] {d.radius() * a, d.radius() * b};
        }
      }
    } else {
      for (int j = 0; j < x.length; j++) {
        x[j] = new double[] {rng.uniform(-d.radius(), d.radius()),
            rng.uniform(-d.radius(), d.radius())};
      }
    }
    return x;
  }

  /** The targets of the points. */
  public static double[] targets(MultivariateSpec.Data d, double[][] x) {
    double[] y = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      double u1 = x[j][0] / d.radius();
      double u2 = x[j][1] / d.radius();
      y[j] = switch (d.function()) {
        case "xor" -> u1 * u2;
        case "ring" -> Math.exp(-Math.pow(Math.hypot(u1, u2) - 0.6, 2) / 0.05);
        default -> Math.max(0, u1 + 0.5 * u2 - 0.2);
      };
    }
    return y;
  }
}
