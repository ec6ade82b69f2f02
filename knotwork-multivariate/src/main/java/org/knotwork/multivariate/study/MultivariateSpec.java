package org.knotwork.multivariate.study;

import java.util.List;
import org.knotwork.multivariate.init.InitScheme;

/**
 * The spec of the {@code multivariate} study: a shallow ReLU net on two inputs trained by
 * full-batch gradient descent on a small 2-D data set, its lines and region counts recorded over
 * training (docs/multivariate-deep.md §3, §5).
 *
 * @param seed master seed (streams "data" and "init")
 * @param width number of hidden units H, in [1, 4096]
 * @param init the initialisation
 * @param data the data set
 * @param training the descent
 */
public record MultivariateSpec(long seed, int width, Init init, Data data, Training training) {

  /** The defaults. */
  public static final MultivariateSpec DEFAULTS = new MultivariateSpec(0, 16,
      new Init("gaussian", 1.0, 1.0, 0.25, 0.0), new Data("xor", "random", 64, 1.0),
      new Training(2000, 0.05, 50));

  /** Validates. */
  public MultivariateSpec {
    if (width < 1 || width > 4096) {
      throw new IllegalArgumentException("width must be in [1, 4096], got " + width);
    }
    if (init == null || data == null || training == null) {
      throw new IllegalArgumentException("init, data and training are required");
    }
  }

  /**
   * The initialisation (§5): every entry independent and centred.
   *
   * @param scheme {@code gaussian} (scales are standard deviations) or {@code uniform} (scales are
   *     half-widths)
   * @param inputWeight scale of each entry of w<sub>i</sub>, &gt; 0
   * @param inputBias scale of b<sub>i</sub>, &ge; 0
   * @param outputWeight scale of v<sub>i</sub>, &ge; 0
   * @param outputBias scale of c, &ge; 0
   */
  public record Init(String scheme, double inputWeight, double inputBias, double outputWeight,
      double outputBias) {
    /** The schemes. */
    public static final List<String> SCHEMES = List.of("gaussian", "uniform");

    /** Validates. */
    public Init {
      if (!SCHEMES.contains(scheme)) {
        throw new IllegalArgumentException("scheme must be one of " + String.join(", ", SCHEMES)
            + ", got " + scheme);
      }
      positive("inputWeight", inputWeight, true);
      positive("inputBias", inputBias, false);
      positive("outputWeight", outputWeight, false);
      positive("outputBias", outputBias, false);
    }

    /** As an {@link InitScheme}. */
    public InitScheme toScheme() {
      return new InitScheme(scheme.equals("gaussian") ? InitScheme.Kind.GAUSSIAN
          : InitScheme.Kind.UNIFORM, inputWeight, inputBias, outputWeight, outputBias);
    }
  }

  /**
   * The data set: N points in the square [&minus;radius, radius]<sup>2</sup>, on a grid or
   * uniform at random, with targets y = g(x/radius) for the named function g (see {@link
   * Datasets}). Regions are counted in the same square.
   *
   * @param function {@code xor}, {@code ring} or {@code ridge}
   * @param layout {@code random} or {@code grid} (a grid needs a square number of points)
   * @param points N, in [1, 100000]
   * @param radius half-width of the square, &gt; 0
   */
  public record Data(String function, String layout, int points, double radius) {
    /** The functions. */
    public static final List<String> FUNCTIONS = List.of("xor", "ring", "ridge");
    /** The layouts. */
    public static final List<String> LAYOUTS = List.of("random", "grid");

    /** Validates. */
    public Data {
      if (!FUNCTIONS.contains(function)) {
        throw new IllegalArgumentException("function must be one of "
            + String.join(", ", FUNCTIONS) + ", got " + function);
      }
      if (!LAYOUTS.contains(layout)) {
        throw new IllegalArgumentException("layout must be one of " + String.join(", ", LAYOUTS)
            + ", got " + layout);
      }
      if (points < 1 || points > 100_000) {
        throw new IllegalArgumentException("points must be in [1, 100000], got " + points);
      }
      int side = (int) Math.round(Math.sqrt(points));
      if (layout.equals("grid") && side * side != points) {
        throw new IllegalArgumentException("points must be a square number for a grid, got "
            + points);
      }
      positive("radius", radius, true);
    }
  }

  /**
   * Full-batch gradient descent.
   *
   * @param steps number of steps, in [0, 10000000]
   * @param learningRate the step &eta;, &gt; 0
   * @param recordEvery record lines and regions every this many steps (and at the end), &ge; 1
   */
  public record Training(int steps, double learningRate, int recordEvery) {
    /** Validates. */
    public Training {
      if (steps < 0 || steps > 10_000_000) {
        throw new IllegalArgumentException("steps must be in [0, 10000000], got " + steps);
      }
      positive("learningRate", learningRate, true);
      if (recordEvery < 1) {
        throw new IllegalArgumentException("recordEvery must be >= 1, got " + recordEvery);
      }
    }
  }

  private static void positive(String name, double x, boolean strict) {
    if (!Double.isFinite(x) || (strict ? !(x > 0) : !(x >= 0))) {
      throw new IllegalArgumentException(name + " must be a finite number " + (strict ? "> 0"
          : ">= 0") + ", got " + x);
    }
  }
}
