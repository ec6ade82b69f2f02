package org.knotwork.reservoir.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.knotwork.reservoir.series.TimeSeries;

/**
 * Scores any {@link Forecaster} on test windows of a series (notes &sect;5, &sect;11, check 10).
 *
 * <p>For window q with origin s the forecaster receives rows u(s &minus; h + 1) &hellip; u(s) (h =
 * {@code historyLength()}, copied) and its output row i is compared with u(s + 1 + i). Errors are
 * computed in binary64. Windows run in parallel on the common pool when asked; each window is scored
 * independently, so results do not depend on the thread count.
 */
public final class ScoringHarness {
  private ScoringHarness() {}

  /**
   * Everything the harness measured.
   *
   * @param summary horizons and curves
   * @param errors per-window error curves {@code errors[q][t]}, t = 0 for the first forecast step
   * @param examples the first few windows' forecasts and truths
   */
  public record Result(ScoreSummary summary, double[][] errors, List<ExampleForecast> examples) {}

  /**
   * Relative error &Vert;&ucirc; &minus; u&Vert;<sub>2</sub> / &Vert;u&Vert;<sub>2</sub> (the "Devika
   * metric", per step). Non-finite predictions give +&infin;; a zero truth gives 0 for an exact
   * prediction and +&infin; otherwise.
   */
  public static double relativeError(double[] prediction, double[] truth) {
    double num = 0;
    double den = 0;
    for (int k = 0; k < truth.length; k++) {
      double d = prediction[k] - truth[k];
      num += d * d;
      den += truth[k] * truth[k];
    }
    if (!Double.isFinite(num)) {
      return Double.POSITIVE_INFINITY;
    }
    if (den == 0) {
      return num == 0 ? 0.0 : Double.POSITIVE_INFINITY;
    }
    return Math.sqrt(num / den);
  }

  /** Number of leading entries with error &le; threshold (NaN counts as a failure). */
  public static int horizon(double[] errors, double threshold) {
    for (int t = 0; t < errors.length; t++) {
      if (!(errors[t] <= threshold)) {
        return t;
      }
    }
    return errors.length;
  }

  /**
   * Teacher-forced one-step errors on every window: {@code errors[q][i]} compares the prediction of
   * u(s + 1 + i) made from the true samples up to u(s + i) (notes &sect;5, "TF").
   */
  public static double[][] teacherForcedErrors(Forecaster forecaster, TimeSeries truth,
      TestWindows windows, boolean parallel) {
    if (forecaster == null || truth == null || windows == null) {
      throw new IllegalArgumentException("forecaster, truth and windows are required");
    }
    int h = forecaster.historyLength();
    windows.check(truth.length(), h);
    int len = windows.length();
    int k = truth.dimension();
    double[][] errors = new double[windows.count()][];
    IntStream qs = IntStream.range(0, windows.count());
    if (parallel) {
      qs = qs.parallel();
    }
    qs.forEach(q -> {
      int s = windows.origin(q);
      double[][] history = rows(truth, s - h + 1, h);
      double[][] target = rows(truth, s + 1, len);
      double[][] out = new double[len][k];
      forecaster.teacherForced(history, target, out);
      double[] e = new double[len];
      for (int i = 0; i < len; i++) {
        e[i] = relativeError(out[i], target[i]);
      }
      errors[q] = e;
    });
    return errors;
  }

  /**
   * Scores {@code forecaster} on {@code windows} of {@code truth}.
   *
   * @param threshold failure threshold, &gt; 0
   * @param examples number of leading windows whose forecasts are kept, 0 &hellip; count
   * @param parallel score windows on the common fork-join pool
   */
  public static Result score(Forecaster forecaster, TimeSeries truth, TestWindows windows,
      double threshold, int examples, boolean parallel) {
    if (forecaster == null || truth == null || windows == null) {
      throw new IllegalArgumentException("forecaster, truth and windows are required");
    }
    if (forecaster.dimension() != truth.dimension()) {
      throw new IllegalArgumentException("forecaster has " + forecaster.dimension()
          + " components, series has " + truth.dimension());
    }
    if (!(threshold > 0)) {
      throw new IllegalArgumentException("threshold must be > 0, got " + threshold);
    }
    if (examples < 0 || examples > windows.count()) {
      throw new IllegalArgumentException("examples must be in [0, " + windows.count() + "], got "
          + examples);
    }
    int h = forecaster.historyLength();
    windows.check(truth.length(), h);
    int count = windows.count();
    int len = windows.length();
    int k = truth.dimension();
    double[][] errors = new double[count][];
    ExampleForecast[] kept = new ExampleForecast[examples];
    IntStream qs = IntStream.range(0, count);
    if (parallel) {
      qs = qs.parallel();
    }
    qs.forEach(q -> {
      int s = windows.origin(q);
      double[][] history = rows(truth, s - h + 1, h);
      double[][] out = new double[len][k];
      forecaster.forecast(history, out);
      double[][] target = rows(truth, s + 1, len);
      double[] e = new double[len];
      for (int i = 0; i < len; i++) {
        e[i] = relativeError(out[i], target[i]);
      }
      errors[q] = e;
      if (q < examples) {
        kept[q] = new ExampleForecast(q, s, out, target);
      }
    });
    int[] origins = new int[count];
    for (int q = 0; q < count; q++) {
      origins[q] = windows.origin(q);
    }
    List<ExampleForecast> ex = new ArrayList<>(List.of(kept));
    return new Result(ScoreSummary.of(threshold, origins, errors), errors, List.copyOf(ex));
  }

  /** Rows from, from + 1, &hellip; of the series ({@code count} of them). */
  private static double[][] rows(TimeSeries series, int from, int count) {
    double[][] r = new double[count][];
    for (int i = 0; i < count; i++) {
      r[i] = series.row(from + i);
    }
    return r;
  }
}
