package org.knotwork.train;

/**
 * A discrete update rule &theta;<sub>k+1</sub> = U(&theta;<sub>k</sub>, g<sub>k</sub>, state) applied to a
 * gradient (full or minibatch). Rules are immutable values; their mutable state (momentum or moment
 * buffers) is held by the caller in {@code stateSize()} vectors of the parameter dimension, initially
 * zero, so that a checkpoint is just those vectors.
 *
 * <p>Every rule skips the write when its update of a coordinate is exactly zero, so a coordinate whose
 * gradient has always been exactly zero keeps its bits (dead neurons, notes &sect;2 and check 8).
 */
public sealed interface UpdateRule {

  /** The learning rate &eta; &gt; 0; step k of any rule is placed at nominal time k&middot;&eta;. */
  double learningRate();

  /** Number of state vectors the rule keeps (0, 1 or 2). */
  int stateSize();

  /** The name used on the command line and in files. */
  String cliName();

  /**
   * Applies update number {@code step} (0-based) in place.
   *
   * @param theta parameters (updated)
   * @param gradient gradient at theta (not modified)
   * @param state {@link #stateSize()} vectors of the parameter dimension (updated)
   * @param step index of this update, 0 for the first
   */
  void apply(double[] theta, double[] gradient, double[][] state, long step);

  private static void checkRate(double lr) {
    if (!(lr > 0) || !Double.isFinite(lr)) {
      throw new IllegalArgumentException("learningRate must be positive and finite, got " + lr);
    }
  }

  /**
   * Plain gradient descent &theta; &larr; &theta; &minus; &eta;g: the explicit Euler method for the gradient
   * flow (S11) with step &eta;. It changes &delta;<sub>i</sub> by exactly
   * &eta;<sup>2</sup>(g<sub>w</sub><sup>2</sup> + g<sub>b</sub><sup>2</sup> &minus; g<sub>v</sub><sup>2</sup>) per
   * step (S14).
   *
   * @param learningRate &eta; &gt; 0
   */
  record GradientDescent(double learningRate) implements UpdateRule {
    /** Validates the learning rate. */
    public GradientDescent {
      checkRate(learningRate);
    }

    @Override
    public int stateSize() {
      return 0;
    }

    @Override
    public String cliName() {
      return "gd";
    }

    @Override
    public void apply(double[] theta, double[] gradient, double[][] state, long step) {
      for (int k = 0; k < theta.length; k++) {
        double d = learningRate * gradient[k];
        if (d != 0.0) {
          theta[k] -= d;
        }
      }
    }
  }

  /**
   * Heavy-ball momentum (Polyak 1964): u &larr; &beta;u &minus; &eta;g, &theta; &larr; &theta; + u, with u = 0
   * initially. Equivalent to PyTorch's SGD with momentum &beta; and dampening 0 for a constant &eta;.
   *
   * @param learningRate &eta; &gt; 0
   * @param momentum &beta; in [0, 1)
   */
  record HeavyBall(double learningRate, double momentum) implements UpdateRule {
    /** The default momentum &beta; = 0.9 (the one place Knotwork states it). */
    public static final double DEFAULT_MOMENTUM = 0.9;

    /** Validates the fields. */
    public HeavyBall {
      checkRate(learningRate);
      if (!(momentum >= 0 && momentum < 1)) {
        throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
      }
    }

    @Override
    public int stateSize() {
      return 1;
    }

    @Override
    public String cliName() {
      return "momentum";
    }

    @Override
    public void apply(double[] theta, double[] gradient, double[][] state, long step) {
      double[] u = state[0];
      for (int k = 0; k < theta.length; k++) {
        u[k] = momentum * u[k] - learningRate * gradient[k];
        if (u[k] != 0.0) {
          theta[k] += u[k];
        }
      }
    }
  }

  /**
   * Adam (Kingma &amp; Ba 2015, Algorithm 1) with bias correction: m &larr; &beta;<sub>1</sub>m +
   * (1&minus;&beta;<sub>1</sub>)g, v &larr; &beta;<sub>2</sub>v + (1&minus;&beta;<sub>2</sub>)g<sup>2</sup>,
   * &theta; &larr; &theta; &minus; &eta; m&#770;/(&radic;v&#770; + &epsilon;) with m&#770; =
   * m/(1&minus;&beta;<sub>1</sub><sup>t</sup>), v&#770; = v/(1&minus;&beta;<sub>2</sub><sup>t</sup>), t = step + 1.
   *
   * @param learningRate &eta; &gt; 0
   * @param beta1 first-moment decay in [0, 1)
   * @param beta2 second-moment decay in [0, 1)
   * @param epsilon &epsilon; &gt; 0
   */
  record Adam(double learningRate, double beta1, double beta2, double epsilon)
      implements UpdateRule {
    /** The default &beta;<sub>1</sub> = 0.9 (the one place Knotwork states Adam's defaults). */
    public static final double DEFAULT_BETA1 = 0.9;
    /** The default &beta;<sub>2</sub> = 0.999. */
    public static final double DEFAULT_BETA2 = 0.999;
    /** The default &epsilon; = 1e-8. */
    public static final double DEFAULT_EPSILON = 1e-8;

    /** Validates the fields. */
    public Adam {
      checkRate(learningRate);
      if (!(beta1 >= 0 && beta1 < 1)) {
        throw new IllegalArgumentException("beta1 must be in [0, 1), got " + beta1);
      }
      if (!(beta2 >= 0 && beta2 < 1)) {
        throw new IllegalArgumentException("beta2 must be in [0, 1), got " + beta2);
      }
      if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
        throw new IllegalArgumentException("epsilon must be positive and finite, got " + epsilon);
      }
    }

    /** Adam with the defaults {@link #DEFAULT_BETA1}, {@link #DEFAULT_BETA2}, {@link #DEFAULT_EPSILON}. */
    public static Adam withDefaults(double learningRate) {
      return new Adam(learningRate, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    @Override
    public int stateSize() {
      return 2;
    }

    @Override
    public String cliName() {
      return "adam";
    }

    @Override
    public void apply(double[] theta, double[] gradient, double[][] state, long step) {
      double[] m = state[0];
      double[] v = state[1];
      double t = step + 1.0;
      double c1 = 1.0 - Math.pow(beta1, t);
      double c2 = 1.0 - Math.pow(beta2, t);
      for (int k = 0; k < theta.length; k++) {
        double g = gradient[k];
        m[k] = beta1 * m[k] + (1.0 - beta1) * g;
        v[k] = beta2 * v[k] + (1.0 - beta2) * g * g;
        double d = learningRate * (m[k] / c1) / (Math.sqrt(v[k] / c2) + epsilon);
        if (d != 0.0) {
          theta[k] -= d;
        }
      }
    }
  }
}
