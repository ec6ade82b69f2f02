package org.knotwork.reservoir.esn;

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
 * A trained echo state network: a {@link Reservoir}, its readout transform and the ridge readout
 * W_out (K &times; N), u(t+1) &asymp; W_out r&#771;(t) (notes &sect;3.3&ndash;3.4).
 */
public final class EchoStateNetwork {
  private final Reservoir reservoir;
  private final double[] wout;
  private final RidgeSolution fit;

  private EchoStateNetwork(Reservoir reservoir, double[] wout, RidgeSolution fit) {
    this.reservoir = reservoir;
    this.wout = wout;
    this.fit = fit;
  }

  /**
   * Trains the readout by teacher forcing over samples [from, to) of {@code series} (notes &sect;3.3):
   * r starts at 0; for t = from &hellip; to &minus; 2, r &larr; tanh(A r + W_in u(t)) and, once
   * {@code washout} states have been discarded, the pair (r&#771;, u(t + 1)) is added to a streaming Gram
   * accumulator. Memory is O(N&sup2;), independent of the training length.
   *
   * @param washout leading states not used in the regression (the authors used 0)
   * @param parallel whether the Gram updates may use the common fork-join pool
   */
  public static EchoStateNetwork train(Reservoir reservoir, TimeSeries series, int from, int to,
      int washout, boolean parallel) {
    if (reservoir == null || series == null) {
      throw new IllegalArgumentException("reservoir and series are required");
    }
    if (series.dimension() != reservoir.inputs()) {
      throw new IllegalArgumentException("series has " + series.dimension()
          + " components, reservoir expects " + reservoir.inputs());
    }
    if (from < 0 || to > series.length() || to - from < 2) {
      throw new IllegalArgumentException("training segment must satisfy 0 <= from, from + 2 <= to <= "
          + series.length() + ", got [" + from + ", " + to + ")");
    }
    if (washout < 0 || washout >= to - from - 1) {
      throw new IllegalArgumentException("washout must be in [0, " + (to - from - 1) + "), got "
          + washout);
    }
    int n = reservoir.size();
    int k = reservoir.inputs();
    ReadoutTransform transform = reservoir.config().transform();
    GramAccumulator acc = new GramAccumulator(n, k, 256, parallel);
    double[] r = new double[n];
    double[] next = new double[n];
    double[] rt = new double[n];
    double[] u = new double[k];
    double[] y = new double[k];
    for (int t = from; t < to - 1; t++) {
      series.row(t, u);
      reservoir.update(r, u, next);
      double[] swap = r;
      r = next;
      next = swap;
      if (t - from >= washout) {
        transform.apply(r, rt);
        series.row(t + 1, y);
        acc.add(rt, y);
      }
    }
    RidgeSolution fit = acc.solve(reservoir.config().ridge());
    return new EchoStateNetwork(reservoir, fit.weights(), fit);
  }

  /** The reservoir. */
  public Reservoir reservoir() {
    return reservoir;
  }

  /** The ridge fit (readout, sample count, solver). */
  public RidgeSolution fit() {
    return fit;
  }

  /** Readout weight (m, j). */
  public double readout(int m, int j) {
    return wout[m * reservoir.size() + j];
  }

  /** Number of inputs K. */
  public int inputs() {
    return reservoir.inputs();
  }

  /** Number of nodes N. */
  public int size() {
    return reservoir.size();
  }

  /** y = W_out r&#771; in binary64. */
  public void readout(double[] rt, double[] y) {
    int n = reservoir.size();
    for (int m = 0; m < y.length; m++) {
      int base = m * n;
      double s = wout[base] * rt[0];
      for (int j = 1; j < n; j++) {
        s += wout[base + j] * rt[j];
      }
      y[m] = s;
    }
  }

  private void readout(double[] rt, double[] y, Arithmetic ar) {
    int n = reservoir.size();
    for (int m = 0; m < y.length; m++) {
      int base = m * n;
      double s = ar.dotStart(wout[base], rt[0]);
      for (int j = 1; j < n; j++) {
        s = ar.dotStep(s, wout[base + j], rt[j]);
      }
      y[m] = ar.dotEnd(s);
    }
  }

  /** The network with every stored weight (A, W_in, W_out) rounded to {@code format}. */
  public EchoStateNetwork quantised(FloatFormat format) {
    if (format.isExact()) {
      return this;
    }
    double[] w = new double[wout.length];
    for (int q = 0; q < w.length; q++) {
      w[q] = format.round(wout[q]);
    }
    return new EchoStateNetwork(reservoir.mapWeights(format::round), w, fit);
  }

  /**
   * Per-pair relative one-step errors under teacher forcing over [from, to), from a zero state:
   * e(t) = &Vert;W_out r&#771;(t) &minus; u(t+1)&Vert; / &Vert;u(t+1)&Vert; for t = from &hellip;
   * to &minus; 2 (notes check 9).
   */
  public double[] teacherForcedErrors(TimeSeries series, int from, int to) {
    if (from < 0 || to > series.length() || to - from < 2) {
      throw new IllegalArgumentException("segment must satisfy 0 <= from, from + 2 <= to <= "
          + series.length());
    }
    int n = reservoir.size();
    int k = reservoir.inputs();
    ReadoutTransform transform = reservoir.config().transform();
    double[] r = new double[n];
    double[] next = new double[n];
    double[] rt = new double[n];
    double[] u = new double[k];
    double[] y = new double[k];
    double[] truth = new double[k];
    double[] e = new double[to - from - 1];
    for (int t = from; t < to - 1; t++) {
      series.row(t, u);
      reservoir.update(r, u, next);
      double[] swap = r;
      r = next;
      next = swap;
      transform.apply(r, rt);
      readout(rt, y);
      series.row(t + 1, truth);
      e[t - from] = ScoringHarness.relativeError(y, truth);
    }
    return e;
  }

  /**
   * A forecaster at {@code precision} (notes &sect;6): weights rounded when the format is not binary64,
   * inputs rounded for scopes beyond {@code WEIGHTS}, every operation rounded for
   * {@code EVERY_OPERATION}.
   *
   * @param warmup synchronisation steps from a zero state, &ge; 1 (the authors used 50)
   */
  public Forecaster forecaster(Precision precision, int warmup) {
    if (precision == null) {
      throw new IllegalArgumentException("precision is required");
    }
    EchoStateNetwork net = precision.roundsWeights() ? quantised(precision.format()) : this;
    FloatFormat inputs = precision.roundsInputs() ? precision.format() : IeeeFormat.BINARY64;
    return new EsnForecaster(net, warmup, precision.roundsOperations() ? precision.arithmetic() : null,
        inputs);
  }

  /**
   * A forecaster whose every operation goes through {@code arithmetic}, weights and inputs as they are
   * (used to count operations and to test the fast path against {@link Arithmetic#exact()}).
   */
  public Forecaster forecaster(Arithmetic arithmetic, int warmup) {
    if (arithmetic == null) {
      throw new IllegalArgumentException("arithmetic is required");
    }
    return new EsnForecaster(this, warmup, arithmetic, IeeeFormat.BINARY64);
  }

  private static final class EsnForecaster implements Forecaster {
    private final EchoStateNetwork net;
    private final int warmup;
    private final Arithmetic ar;
    private final FloatFormat inputFormat;

    EsnForecaster(EchoStateNetwork net, int warmup, Arithmetic ar, FloatFormat inputFormat) {
      if (warmup < 1) {
        throw new IllegalArgumentException("warmup must be at least 1, got " + warmup);
      }
      this.net = net;
      this.warmup = warmup;
      this.ar = ar;
      this.inputFormat = inputFormat;
    }

    @Override
    public int dimension() {
      return net.inputs();
    }

    @Override
    public int historyLength() {
      return warmup;
    }

    @Override
    public void teacherForced(double[][] history, double[][] truth, double[][] out) {
      run(history, out, truth);
    }

    @Override
    public void forecast(double[][] history, double[][] out) {
      run(history, out, null);
    }

    /** Warm up on history, then feed back predictions ({@code truth == null}) or the truth. */
    private void run(double[][] history, double[][] out, double[][] truth) {
      Reservoir res = net.reservoir;
      int n = res.size();
      int k = res.inputs();
      ReadoutTransform transform = res.config().transform();
      double[] r = new double[n];
      double[] next = new double[n];
      double[] rt = new double[n];
      double[] u = new double[k];
      for (double[] h : history) {
        for (int c = 0; c < k; c++) {
          u[c] = inputFormat.round(h[c]);
        }
        if (ar == null) {
          res.update(r, u, next);
        } else {
          res.update(r, u, next, ar);
        }
        double[] swap = r;
        r = next;
        next = swap;
      }
      for (int step = 0; step < out.length; step++) {
        if (ar == null) {
          transform.apply(r, rt);
          net.readout(rt, out[step]);
        } else {
          transform.apply(r, rt, ar);
          net.readout(rt, out[step], ar);
        }
        if (step + 1 < out.length) {
          double[] fed = truth == null ? out[step] : truth[step];
          for (int c = 0; c < k; c++) {
            u[c] = inputFormat.round(fed[c]);
          }
          if (ar == null) {
            res.update(r, u, next);
          } else {
            res.update(r, u, next, ar);
          }
          double[] swap = r;
          r = next;
          next = swap;
        }
      }
    }
  }
}
