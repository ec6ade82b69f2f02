package org.knotwork.isometry.net;

import org.knotwork.common.random.Rng;

/**
 * Random initialisation on the critical line (docs/isometry.md (I5), (I7)): every layer, read-out
 * included, gets weights of fan-in variance &sigma;<sub>w</sub><sup>2</sup>/N<sub>l&minus;1</sub>
 * (Gaussian) or W = &sigma;<sub>w</sub>&radic;max(1, N<sub>l</sub>/N<sub>l&minus;1</sub>)&thinsp;Q
 * with Q Haar (orthogonal; the factor keeps the mean square of h<sup>l</sup> at
 * &sigma;<sub>w</sub><sup>2</sup>&Vert;x&Vert;<sup>2</sup>/N<sub>l&minus;1</sub> for tall layers),
 * and biases N(0, &sigma;<sub>b</sub><sup>2</sup>).
 */
public final class Initialization {
  private Initialization() {}

  /** The weight law. */
  public enum Scheme {
    /** W = &sigma;<sub>w</sub>Q, Q Haar-orthogonal. */
    ORTHOGONAL,
    /** W<sub>ij</sub> ~ N(0, &sigma;<sub>w</sub><sup>2</sup>/N<sub>l&minus;1</sub>). */
    GAUSSIAN;

    /** The lower-case name used in specs. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A network of the given widths drawn at (&sigma;<sub>w</sub><sup>2</sup>, &sigma;<sub>b</sub><sup>2</sup>).
   * Layer k draws from the stream {@code rng.split("layer" + k)}, so the draw of one layer does not
   * depend on the others.
   */
  public static Network draw(Activation activation, int[] widths, Scheme scheme, double sigmaW2,
      double sigmaB2, Rng rng) {
    if (!(sigmaW2 >= 0) || !(sigmaB2 >= 0)) {
      throw new IllegalArgumentException("variances must be >= 0, got " + sigmaW2 + ", " + sigmaB2);
    }
    int layers = widths.length - 1;
    double[][] w = new double[layers][];
    double[][] b = new double[layers][];
    double sw = Math.sqrt(sigmaW2);
    double sb = Math.sqrt(sigmaB2);
    for (int k = 0; k < layers; k++) {
      Rng r = rng.split("layer" + k);
      int rows = widths[k + 1];
      int cols = widths[k];
      if (scheme == Scheme.ORTHOGONAL) {
        double[] q = Haar.sample(rows, cols, r.split("weights"));
        double f = sw * Math.sqrt(Math.max(1.0, rows / (double) cols));
        for (int i = 0; i < q.length; i++) {
          q[i] *= f;
        }
        w[k] = q;
      } else {
        Rng rw = r.split("weights");
        double f = sw / Math.sqrt(cols);
        w[k] = new double[rows * cols];
        for (int i = 0; i < w[k].length; i++) {
          w[k][i] = f * rw.gaussian();
        }
      }
      Rng rb = r.split("biases");
      b[k] = new double[rows];
      for (int i = 0; i < rows; i++) {
        b[k][i] = sb == 0 ? 0 : sb * rb.gaussian();
      }
    }
    return new Network(activation, widths, w, b);
  }

  /** A critical network: {@link #draw} at the point of the critical line. */
  public static Network critical(Activation activation, int[] widths, Scheme scheme,
      MeanField.Critical point, Rng rng) {
    return draw(activation, widths, scheme, point.sigmaW2(), point.sigmaB2(), rng);
  }

  /**
   * Rescales x so that its mean square &Vert;x&Vert;<sup>2</sup>/N<sub>0</sub> is {@code meanSquare}
   * (I6): with meanSquare = E[&phi;(&radic;q* z)<sup>2</sup>] the first layer starts at q<sup>1</sup> = q*.
   */
  public static double[] rescale(double[] x, double meanSquare) {
    double s = 0;
    for (double v : x) {
      s += v * v;
    }
    if (!(s > 0)) {
      throw new IllegalArgumentException("cannot rescale a zero input");
    }
    double f = Math.sqrt(meanSquare * x.length / s);
    double[] y = new double[x.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = f * x[i];
    }
    return y;
  }
}
