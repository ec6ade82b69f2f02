package org.knotwork.reservoir.d2r2;

import org.knotwork.reservoir.linalg.GramAccumulator;
import org.knotwork.reservoir.linalg.RidgeSolution;
import org.knotwork.reservoir.precision.Arithmetic;
import org.knotwork.reservoir.precision.FloatFormat;
import org.knotwork.reservoir.precision.IeeeFormat;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.scoring.Forecaster;
import org.knotwork.reservoir.scoring.ScoringHarness;
import org.knotwork.reservoir.series.TimeSeries;

/**
 * A trained D2R2 model u(t+1) = W &phi;(u(t)) (notes &sect;4.1), W = argmin &Vert;U<sub>+</sub> &minus;
 * W &Phi;&Vert;&sup2; + &beta;&Vert;W&Vert;&sup2; on raw monomials.
 */
public final class D2r2Model {
  private final PolynomialFeatures features;
  private final double[] w;
  private final RidgeSolution fit;
  private final double maxAbsFeature;

  private D2r2Model(PolynomialFeatures features, double[] w, RidgeSolution fit, double maxAbsFeature) {
    this.features = features;
    this.w = w;
    this.fit = fit;
    this.maxAbsFeature = maxAbsFeature;
  }

  /**
   * Fits on the pairs (&phi;(u(t)), u(t+1)), t = from &hellip; to &minus; 2, by a Cholesky ridge
   * solve of normal equations accumulated while streaming over the series: from the moments of the
   * data ({@link MomentGram}, docs/reservoir.md &sect;4.4) where that form is smaller than the Gram
   * matrix, by blocked rank-k updates ({@link GramAccumulator}) otherwise.
   *
   * @param degree polynomial degree p &ge; 1
   * @param ridge &beta; &ge; 0
   */
  public static D2r2Model train(TimeSeries series, int from, int to, int degree, double ridge,
      boolean parallel) {
    if (series == null) {
      throw new IllegalArgumentException("series is required");
    }
    if (from < 0 || to > series.length() || to - from < 2) {
      throw new IllegalArgumentException("training segment must satisfy 0 <= from, from + 2 <= to <= "
          + series.length() + ", got [" + from + ", " + to + ")");
    }
    PolynomialFeatures phi = new PolynomialFeatures(series.dimension(), degree);
    if (MomentGram.applies(phi)) {
      MomentGram mg = new MomentGram(phi);
      MomentGram.Sums sums = mg.accumulate(series, from, to, parallel);
      RidgeSolution fit = mg.solve(sums, ridge);
      return new D2r2Model(phi, fit.weights(), fit, sums.maxAbsFeature());
    }
    int k = series.dimension();
    GramAccumulator acc = new GramAccumulator(phi.size(), k, 256, parallel);
    double[] u = new double[k];
    double[] y = new double[k];
    double[] f = new double[phi.size()];
    for (int t = from; t < to - 1; t++) {
      series.row(t, u);
      series.row(t + 1, y);
      phi.evaluate(u, f);
      acc.add(f, y);
    }
    double maxAbs = acc.maxAbsFeature();
    RidgeSolution fit = acc.solve(ridge);
    return new D2r2Model(phi, fit.weights(), fit, maxAbs);
  }

  /** The feature map. */
  public PolynomialFeatures features() {
    return features;
  }

  /** The ridge fit. */
  public RidgeSolution fit() {
    return fit;
  }

  /** Coefficient of feature j in output m. */
  public double coefficient(int m, int j) {
    return w[m * features.size() + j];
  }

  /** Largest |monomial| over the training pairs (the range a reduced format must hold, check 16). */
  public double maxAbsFeature() {
    return maxAbsFeature;
  }

  /** The model with W rounded to {@code format}. */
  public D2r2Model quantised(FloatFormat format) {
    if (format.isExact()) {
      return this;
    }
    double[] q = new double[w.length];
    for (int i = 0; i < q.length; i++) {
      q[i] = format.round(w[i]);
    }
    return new D2r2Model(features, q, fit, maxAbsFeature);
  }

  /** One step y = W &phi;(u) in binary64 ({@code f} is scratch of length P). */
  public void step(double[] u, double[] f, double[] y) {
    features.evaluate(u, f);
    int p = features.size();
    for (int m = 0; m < y.length; m++) {
      int base = m * p;
      double s = w[base] * f[0];
      for (int j = 1; j < p; j++) {
        s += w[base + j] * f[j];
      }
      y[m] = s;
    }
  }

  private void step(double[] u, double[] f, double[] y, Arithmetic ar) {
    features.evaluate(u, f, ar);
    int p = features.size();
    for (int m = 0; m < y.length; m++) {
      int base = m * p;
      double s = ar.dotStart(w[base], f[0]);
      for (int j = 1; j < p; j++) {
        s = ar.dotStep(s, w[base + j], f[j]);
      }
      y[m] = ar.dotEnd(s);
    }
  }

  /** Per-pair relative one-step errors over [from, to). */
  public double[] oneStepErrors(TimeSeries series, int from, int to) {
    int k = series.dimension();
    double[] u = new double[k];
    double[] y = new double[k];
    double[] truth = new double[k];
    double[] f = new double[features.size()];
    double[] e = new double[to - from - 1];
    for (int t = from; t < to - 1; t++) {
      series.row(t, u);
      step(u, f, y);
      series.row(t + 1, truth);
      e[t - from] = ScoringHarness.relativeError(y, truth);
    }
    return e;
  }

  /**
   * A forecaster at {@code precision} (notes &sect;6). When inputs or operations are rounded to an IEEE
   * format, the monomials seen in training must fit its range: a binary16 D2R2 run on unscaled Lorenz 96
   * data (X&#8308; up to 4.6e5 &gt; 65 504, which would overflow to infinity) is refused (check 16). The
   * truncation emulator saturates instead of overflowing, so its range effects are measured, not refused.
   *
   * @throws IllegalArgumentException when the training monomials exceed an IEEE format's largest value
   */
  public Forecaster forecaster(Precision precision) {
    if (precision == null) {
      throw new IllegalArgumentException("precision is required");
    }
    if (precision.roundsInputs() && precision.format().overflowsToInfinity()
        && !(maxAbsFeature <= precision.format().maxFinite())) {
      throw new IllegalArgumentException("training monomials reach " + maxAbsFeature
          + ", beyond the largest " + precision.format().label() + " value "
          + precision.format().maxFinite() + "; scale the data (scaling) before a " + precision.label()
          + " D2R2 run");
    }
    D2r2Model m = precision.roundsWeights() ? quantised(precision.format()) : this;
    FloatFormat inputs = precision.roundsInputs() ? precision.format() : IeeeFormat.BINARY64;
    return new D2r2Forecaster(m, precision.roundsOperations() ? precision.arithmetic() : null, inputs);
  }

  /** A forecaster with every operation through {@code arithmetic} (counting, testing). */
  public Forecaster forecaster(Arithmetic arithmetic) {
    if (arithmetic == null) {
      throw new IllegalArgumentException("arithmetic is required");
    }
    return new D2r2Forecaster(this, arithmetic, IeeeFormat.BINARY64);
  }

  private static final class D2r2Forecaster implements Forecaster {
    private final D2r2Model model;
    private final Arithmetic ar;
    private final FloatFormat inputFormat;

    D2r2Forecaster(D2r2Model model, Arithmetic ar, FloatFormat inputFormat) {
      this.model = model;
      this.ar = ar;
      this.inputFormat = inputFormat;
    }

    @Override
    public int dimension() {
      return model.features.inputs();
    }

    @Override
    public int historyLength() {
      return 1;
    }

    @Override
    public void forecast(double[][] history, double[][] out) {
      int k = dimension();
      double[] u = new double[k];
      double[] f = new double[model.features.size()];
      double[] last = history[history.length - 1];
      for (int c = 0; c < k; c++) {
        u[c] = inputFormat.round(last[c]);
      }
      for (int step = 0; step < out.length; step++) {
        if (ar == null) {
          model.step(u, f, out[step]);
        } else {
          model.step(u, f, out[step], ar);
        }
        for (int c = 0; c < k; c++) {
          u[c] = inputFormat.round(out[step][c]);
        }
      }
    }
  }
}
