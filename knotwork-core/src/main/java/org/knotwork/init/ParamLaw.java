package org.knotwork.init;

import org.knotwork.common.random.Rng;

/**
 * The law of one parameter tensor (i.i.d. entries, symmetric about 0): the building block of every
 * scheme in {@link InitScheme}.
 */
public sealed interface ParamLaw {

  /** E[x<sup>2</sup>]. */
  double secondMoment();

  /** E[|x|]. */
  double absMean();

  /** E[x<sup>4</sup>]. */
  double fourthMoment();

  /** The law of &alpha;x, &alpha; &gt; 0. */
  ParamLaw scaled(double alpha);

  /** Overwrites {@code out} with i.i.d. draws, consuming {@code rng} in index order. */
  void fill(double[] out, Rng rng);

  /** One draw. */
  double draw(Rng rng);

  /**
   * N(0, &sigma;<sup>2</sup>).
   *
   * @param sigma standard deviation &gt; 0
   */
  record Normal(double sigma) implements ParamLaw {
    /** Validates &sigma; &gt; 0. */
    public Normal {
      Scales.positive("sigma", sigma);
    }

    @Override
    public double secondMoment() {
      return sigma * sigma;
    }

    @Override
    public double absMean() {
      return sigma * Math.sqrt(2.0 / Math.PI);
    }

    @Override
    public double fourthMoment() {
      double s2 = sigma * sigma;
      return 3.0 * s2 * s2;
    }

    @Override
    public ParamLaw scaled(double alpha) {
      return new Normal(alpha * sigma);
    }

    @Override
    public void fill(double[] out, Rng rng) {
      for (int i = 0; i < out.length; i++) {
        out[i] = sigma * rng.gaussian();
      }
    }

    @Override
    public double draw(Rng rng) {
      return sigma * rng.gaussian();
    }
  }

  /**
   * U(&minus;h, h).
   *
   * @param halfWidth h &gt; 0
   */
  record Uniform(double halfWidth) implements ParamLaw {
    /** Validates h &gt; 0. */
    public Uniform {
      Scales.positive("halfWidth", halfWidth);
    }

    @Override
    public double secondMoment() {
      return halfWidth * halfWidth / 3.0;
    }

    @Override
    public double absMean() {
      return halfWidth / 2.0;
    }

    @Override
    public double fourthMoment() {
      double h2 = halfWidth * halfWidth;
      return h2 * h2 / 5.0;
    }

    @Override
    public ParamLaw scaled(double alpha) {
      return new Uniform(alpha * halfWidth);
    }

    @Override
    public void fill(double[] out, Rng rng) {
      for (int i = 0; i < out.length; i++) {
        out[i] = rng.uniform(-halfWidth, halfWidth);
      }
    }

    @Override
    public double draw(Rng rng) {
      return rng.uniform(-halfWidth, halfWidth);
    }
  }

  /**
   * &plusmn;a with probability &frac12; each (the first-layer weights of {@link InitScheme#SPREAD}).
   *
   * @param magnitude a &gt; 0
   */
  record PlusMinus(double magnitude) implements ParamLaw {
    /** Validates a &gt; 0. */
    public PlusMinus {
      Scales.positive("magnitude", magnitude);
    }

    @Override
    public double secondMoment() {
      return magnitude * magnitude;
    }

    @Override
    public double absMean() {
      return magnitude;
    }

    @Override
    public double fourthMoment() {
      double a2 = magnitude * magnitude;
      return a2 * a2;
    }

    @Override
    public ParamLaw scaled(double alpha) {
      return new PlusMinus(alpha * magnitude);
    }

    @Override
    public void fill(double[] out, Rng rng) {
      for (int i = 0; i < out.length; i++) {
        out[i] = rng.sign() * magnitude;
      }
    }

    @Override
    public double draw(Rng rng) {
      return rng.sign() * magnitude;
    }
  }

  /** The point mass at 0 (zero biases). Draws consume no randomness. */
  record Zero() implements ParamLaw {
    @Override
    public double secondMoment() {
      return 0.0;
    }

    @Override
    public double absMean() {
      return 0.0;
    }

    @Override
    public double fourthMoment() {
      return 0.0;
    }

    @Override
    public ParamLaw scaled(double alpha) {
      return this;
    }

    @Override
    public void fill(double[] out, Rng rng) {
      java.util.Arrays.fill(out, 0.0);
    }

    @Override
    public double draw(Rng rng) {
      return 0.0;
    }
  }
}
