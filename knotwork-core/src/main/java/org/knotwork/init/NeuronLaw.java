package org.knotwork.init;

import org.knotwork.common.random.Rng;

/**
 * The joint law of one neuron (w, b, v) and of the output bias c under a scheme, after the scale
 * multipliers: the single source from which {@link Initializer} draws and {@link InitLaws} derives its
 * formulas. Neurons are i.i.d.
 */
public sealed interface NeuronLaw {

  /** Law of the first-layer weight w. */
  ParamLaw weight();

  /** Law of the second-layer weight v. */
  ParamLaw output();

  /** Law of the output bias c. */
  ParamLaw outputBias();

  /** Law of the knot &beta; = &minus;b/w (S21). */
  KnotLaw knots();

  /** E[(wx + b)<sup>2</sup>], the second moment of the pre-activation at x. */
  double preActivationSecondMoment(double x);

  /**
   * Draws H neurons into the three arrays (all of length H) and returns c, consuming {@code rng} in a
   * fixed order: all w, then all b, then all v, then c (for spread: all knots, all orientations, all
   * v).
   */
  double fill(Rng rng, double[] w, double[] b, double[] v);

  /** Law of the delta-slope &mu; = v|w| (S22). */
  default DeltaSlopeLaw deltaSlopes() {
    ParamLaw w = weight();
    ParamLaw v = output();
    if (w instanceof ParamLaw.Normal nw && v instanceof ParamLaw.Normal nv) {
      return new DeltaSlopeLaw.BesselProduct(nw.sigma() * nv.sigma());
    }
    if (w instanceof ParamLaw.Uniform uw && v instanceof ParamLaw.Uniform uv) {
      return new DeltaSlopeLaw.UniformProduct(uw.halfWidth(), uv.halfWidth());
    }
    if (w instanceof ParamLaw.PlusMinus pw && v instanceof ParamLaw.Normal nv) {
      return new DeltaSlopeLaw.Gaussian(pw.magnitude() * nv.sigma());
    }
    throw new IllegalStateException("no closed-form delta-slope law for w ~ " + w + ", v ~ " + v);
  }

  /** The law of the given spec (its seed is not used). */
  static NeuronLaw of(InitSpec spec) {
    int h = spec.width();
    Scales a = spec.scales();
    InitScheme s = spec.scheme();
    if (s == InitScheme.SPREAD) {
      double r = a.b() / a.w();
      return new Spread(a.w(), new Interval(r * spec.range().lo(), r * spec.range().hi()),
          new ParamLaw.Normal(a.v() / Math.sqrt(h)));
    }
    if (s == InitScheme.GAUSSIAN) {
      GaussianSigmas g = spec.sigmas();
      ParamLaw b = g.b() > 0 ? new ParamLaw.Normal(a.b() * g.b()) : new ParamLaw.Zero();
      ParamLaw c = g.c() > 0 ? new ParamLaw.Normal(g.c()) : new ParamLaw.Zero();
      return new Independent(new ParamLaw.Normal(a.w() * g.w()), b,
          new ParamLaw.Normal(a.v() * g.v()), c);
    }
    ParamLaw w;
    ParamLaw v;
    switch (s) {
      case PYTORCH_DEFAULT, PYTORCH_DEFAULT_ZERO_BIAS -> {
        w = new ParamLaw.Uniform(1.0);
        v = new ParamLaw.Uniform(1.0 / Math.sqrt(h));
      }
      case HE_NORMAL, HE_NORMAL_ZERO_BIAS -> {
        w = new ParamLaw.Normal(Math.sqrt(2.0));
        v = new ParamLaw.Normal(Math.sqrt(2.0 / h));
      }
      case HE_UNIFORM, HE_UNIFORM_ZERO_BIAS -> {
        w = new ParamLaw.Uniform(Math.sqrt(6.0));
        v = new ParamLaw.Uniform(Math.sqrt(6.0 / h));
      }
      case GLOROT_NORMAL, GLOROT_NORMAL_ZERO_BIAS -> {
        w = new ParamLaw.Normal(Math.sqrt(2.0 / (h + 1.0)));
        v = new ParamLaw.Normal(Math.sqrt(2.0 / (h + 1.0)));
      }
      case GLOROT_UNIFORM, GLOROT_UNIFORM_ZERO_BIAS -> {
        w = new ParamLaw.Uniform(Math.sqrt(6.0 / (h + 1.0)));
        v = new ParamLaw.Uniform(Math.sqrt(6.0 / (h + 1.0)));
      }
      case LECUN_NORMAL, LECUN_NORMAL_ZERO_BIAS -> {
        w = new ParamLaw.Normal(1.0);
        v = new ParamLaw.Normal(Math.sqrt(1.0 / h));
      }
      case LECUN_UNIFORM, LECUN_UNIFORM_ZERO_BIAS -> {
        w = new ParamLaw.Uniform(Math.sqrt(3.0));
        v = new ParamLaw.Uniform(Math.sqrt(3.0 / h));
      }
      default -> throw new IllegalStateException("unhandled scheme " + s);
    }
    ParamLaw b;
    ParamLaw c;
    if (s.zeroBias()) {
      b = new ParamLaw.Zero();
      c = new ParamLaw.Zero();
    } else {
      // PyTorch nn.Linear default bias U(-1/sqrt(fan_in), 1/sqrt(fan_in)): fan_in 1, then H
      b = new ParamLaw.Uniform(a.b());
      c = new ParamLaw.Uniform(1.0 / Math.sqrt(h));
    }
    return new Independent(w.scaled(a.w()), b, v.scaled(a.v()), c);
  }

  /**
   * Independent w, b, v, c.
   *
   * @param weight law of w
   * @param bias law of b
   * @param output law of v
   * @param outputBias law of c
   */
  record Independent(ParamLaw weight, ParamLaw bias, ParamLaw output, ParamLaw outputBias)
      implements NeuronLaw {

    /** Validates that w and v are not the point mass (every neuron needs a knot and a slope). */
    public Independent {
      if (weight == null || bias == null || output == null || outputBias == null) {
        throw new IllegalArgumentException("weight, bias, output and outputBias laws are required");
      }
      if (weight instanceof ParamLaw.Zero || output instanceof ParamLaw.Zero) {
        throw new IllegalArgumentException("weight and output laws must not be the point mass at 0");
      }
    }

    @Override
    public KnotLaw knots() {
      double w2 = weight.secondMoment();
      if (bias instanceof ParamLaw.Zero) {
        return new KnotLaw.PointMass(w2);
      }
      if (weight instanceof ParamLaw.Normal nw && bias instanceof ParamLaw.Normal nb) {
        return new KnotLaw.Cauchy(nb.sigma() / nw.sigma(), w2);
      }
      if (weight instanceof ParamLaw.Uniform uw && bias instanceof ParamLaw.Uniform ub) {
        return new KnotLaw.UniformRatio(uw.halfWidth(), ub.halfWidth());
      }
      if (weight instanceof ParamLaw.Normal nw && bias instanceof ParamLaw.Uniform ub) {
        return new KnotLaw.NormalOverUniform(nw.sigma(), ub.halfWidth());
      }
      throw new IllegalStateException("no closed-form knot law for w ~ " + weight + ", b ~ " + bias);
    }

    @Override
    public double preActivationSecondMoment(double x) {
      return weight.secondMoment() * x * x + bias.secondMoment();
    }

    @Override
    public double fill(Rng rng, double[] w, double[] b, double[] v) {
      weight.fill(w, rng);
      bias.fill(b, rng);
      output.fill(v, rng);
      return outputBias.draw(rng);
    }
  }

  /**
   * The data-aware law of {@link InitScheme#SPREAD}: &beta; ~ U(range), s = &plusmn;1, w = s&middot;a,
   * b = &minus;w&beta;, v from {@code output}, c = 0.
   *
   * @param magnitude |w| = a &gt; 0
   * @param range the knot range (already scaled by &alpha;<sub>b</sub>/&alpha;<sub>w</sub>), lo &lt; hi
   * @param output law of v
   */
  record Spread(double magnitude, Interval range, ParamLaw output) implements NeuronLaw {

    /** Validates a &gt; 0, a non-degenerate range and a non-degenerate output law. */
    public Spread {
      Scales.positive("magnitude", magnitude);
      if (range == null || !(range.hi() > range.lo())) {
        throw new IllegalArgumentException("range must be given with hi > lo, got " + range);
      }
      if (output == null || output instanceof ParamLaw.Zero) {
        throw new IllegalArgumentException("output law must not be the point mass at 0");
      }
    }

    @Override
    public ParamLaw weight() {
      return new ParamLaw.PlusMinus(magnitude);
    }

    @Override
    public ParamLaw outputBias() {
      return new ParamLaw.Zero();
    }

    @Override
    public KnotLaw knots() {
      return new KnotLaw.UniformKnots(range.lo(), range.hi(), magnitude * magnitude);
    }

    /** a<sup>2</sup>E[(x &minus; &beta;)<sup>2</sup>] = a<sup>2</sup>((x &minus; m)<sup>2</sup> + L<sup>2</sup>/12). */
    @Override
    public double preActivationSecondMoment(double x) {
      double mid = 0.5 * (range.lo() + range.hi());
      double len = range.length();
      return magnitude * magnitude * ((x - mid) * (x - mid) + len * len / 12.0);
    }

    @Override
    public double fill(Rng rng, double[] w, double[] b, double[] v) {
      int h = w.length;
      for (int i = 0; i < h; i++) {
        b[i] = rng.uniform(range.lo(), range.hi());
      }
      for (int i = 0; i < h; i++) {
        w[i] = rng.sign() * magnitude;
      }
      for (int i = 0; i < h; i++) {
        b[i] = -w[i] * b[i];
      }
      output.fill(v, rng);
      return 0.0;
    }
  }
}
