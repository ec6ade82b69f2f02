package org.knotwork.multivariate.init;

import org.knotwork.common.io.InputException;
import org.knotwork.common.random.Rng;
import org.knotwork.multivariate.net.ShallowNet;

/**
 * An initialisation scheme of a shallow net on R<sup>d</sup> (docs/multivariate-deep.md §5): every
 * entry independent, centred, either Gaussian with the given standard deviations or uniform on
 * [&minus;s, s] with the given half-widths s.
 *
 * @param kind Gaussian or uniform
 * @param inputWeight scale of each entry of w<sub>i</sub> (standard deviation or half-width)
 * @param inputBias scale of b<sub>i</sub> (&ge; 0)
 * @param outputWeight scale of v<sub>i</sub> (&ge; 0)
 * @param outputBias scale of c (&ge; 0)
 */
public record InitScheme(Kind kind, double inputWeight, double inputBias, double outputWeight,
    double outputBias) {

  /** The law of each entry. */
  public enum Kind {
    /** N(0, s<sup>2</sup>). */
    GAUSSIAN,
    /** U(&minus;s, s). */
    UNIFORM
  }

  /** Validates. */
  public InitScheme {
    if (kind == null) {
      throw new InputException("kind is required");
    }
    check("inputWeight", inputWeight, true);
    check("inputBias", inputBias, false);
    check("outputWeight", outputWeight, false);
    check("outputBias", outputBias, false);
  }

  private static void check(String name, double s, boolean positive) {
    if (!Double.isFinite(s) || (positive ? !(s > 0) : !(s >= 0))) {
      throw new InputException(name + " must be finite and " + (positive ? "> 0" : ">= 0")
          + ", got " + s);
    }
  }

  /**
   * PyTorch's default for nn.Linear(d, H) followed by nn.Linear(H, 1): uniform with half-widths
   * 1/&radic;d (first layer, weights and biases) and 1/&radic;H (second layer).
   */
  public static InitScheme pytorchDefault(int d, int h) {
    return new InitScheme(Kind.UNIFORM, 1 / Math.sqrt(d), 1 / Math.sqrt(d), 1 / Math.sqrt(h),
        1 / Math.sqrt(h));
  }

  /** The variance of an entry with scale s: s<sup>2</sup> (Gaussian) or s<sup>2</sup>/3. */
  public double variance(double s) {
    return kind == Kind.GAUSSIAN ? s * s : s * s / 3;
  }

  /** One draw of an entry with scale s. */
  public double draw(Rng rng, double s) {
    return kind == Kind.GAUSSIAN ? s * rng.gaussian() : rng.uniform(-s, s);
  }

  /**
   * A net of width h on R<sup>d</sup>, drawn neuron by neuron (w<sub>i</sub>, b<sub>i</sub>,
   * v<sub>i</sub>) and then c, from {@code rng}.
   */
  public ShallowNet sample(Rng rng, int h, int d) {
    if (h < 1 || d < 1) {
      throw new InputException("width and d must be >= 1, got " + h + ", " + d);
    }
    double[][] w = new double[h][d];
    double[] b = new double[h];
    double[] v = new double[h];
    for (int i = 0; i < h; i++) {
      for (int k = 0; k < d; k++) {
        w[i][k] = draw(rng, inputWeight);
      }
      b[i] = draw(rng, inputBias);
      v[i] = draw(rng, outputWeight);
    }
    return new ShallowNet(w, b, v, draw(rng, outputBias));
  }
}
