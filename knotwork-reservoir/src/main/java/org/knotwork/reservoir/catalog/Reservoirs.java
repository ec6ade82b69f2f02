package org.knotwork.reservoir.catalog;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.Figure;
import org.knotwork.common.catalog.Table;
import org.knotwork.common.catalog.Variant;
import org.knotwork.reservoir.esn.EsnConfig;
import org.knotwork.reservoir.experiment.D2r2Spec;
import org.knotwork.reservoir.experiment.EsnSpec;
import org.knotwork.reservoir.experiment.ExperimentResult;
import org.knotwork.reservoir.experiment.ExperimentRunner;
import org.knotwork.reservoir.experiment.ExperimentSpec;
import org.knotwork.reservoir.experiment.Experiments;
import org.knotwork.reservoir.experiment.Lorenz63Data;
import org.knotwork.reservoir.experiment.Lorenz96Data;
import org.knotwork.reservoir.experiment.ModelSpec;
import org.knotwork.reservoir.precision.IeeeFormat;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.precision.PrecisionScope;
import org.knotwork.reservoir.precision.TruncatedFormat;
import org.knotwork.reservoir.scoring.ExampleForecast;
import org.knotwork.reservoir.scoring.ScoreSummary;
import org.knotwork.reservoir.scoring.TestWindows;
import org.knotwork.reservoir.series.Scaling;

/**
 * The reservoir-computing runs (docs/reservoir.md) shared by the reservoir entries,
 * each computed once per catalog run through {@link CatalogContext#memo}.
 *
 * <ul>
 *   <li>Lorenz 63 (notes &sect;1, check 13): the authors' recipe (IC (1, 1, 1), &Delta;t = 0.005, 50 000
 *       training samples, std scaling, windows of 2 000 steps every 2 000 samples after training,
 *       &beta; = 1e-4, 50-step ESN warm-up); D2R2 p = 2, 3, 4 and several independently drawn LSR and HSR
 *       ESNs (N = 100), because one HSR reservoir says little (its horizon varies strongly between
 *       draws). FULL: 100 windows, {@value #FULL_DRAWS} draws each; QUICK: the first
 *       {@value #QUICK_L63_WINDOWS} windows, {@value #QUICK_DRAWS} draws each.</li>
 *   <li>Three-tier Lorenz 96 X (notes &sect;2, &sect;8.4, checks 14 and 17): global z-score, D2R2 p = 2, 4,
 *       LSR and HSR ESNs with T2 readouts. FULL: the l96-comparison preset at full size (500 000
 *       training samples, 100 windows of 1 000 steps, N = 2 000) at binary64, binary32, binary16 on the
 *       weights and on every stored value, and the truncation emulator with a 12-bit mantissa and 9
 *       &rarr; 3 exponent bits (weights and inputs). QUICK: {@value #QUICK_L96_TRAIN} training samples,
 *       N = {@value #QUICK_L96_N}, {@value #QUICK_L96_WINDOWS} windows of {@value #QUICK_L96_LENGTH}
 *       steps, binary64, binary16 weights and exponents 9, 5, 4, 3.</li>
 * </ul>
 */
final class Reservoirs {
  static final int QUICK_L63_WINDOWS = 40;
  /** Step stride of the attractor tables. */
  static final int ATTRACTOR_EVERY = 4;
  static final int QUICK_DRAWS = 3;
  static final int FULL_DRAWS = 5;
  static final int QUICK_L96_TRAIN = 30_000;
  static final int QUICK_L96_N = 400;
  static final int QUICK_L96_WINDOWS = 40;
  static final int QUICK_L96_LENGTH = 300;
  /** binary16 on the stored weights only (arithmetic binary64). */
  static final Precision HALF_WEIGHTS = new Precision(IeeeFormat.BINARY16, PrecisionScope.WEIGHTS);
  /** binary16 on every stored value (weights, inputs, states, outputs). */
  static final Precision HALF_STORED =
      new Precision(IeeeFormat.BINARY16, PrecisionScope.STORED_VALUES);
  /** binary32 on every operation. */
  static final Precision SINGLE =
      new Precision(IeeeFormat.BINARY32, PrecisionScope.EVERY_OPERATION);

  private Reservoirs() {}

  /** The truncation emulator with a 12-bit mantissa and {@code bits} exponent bits (notes &sect;6). */
  static Precision exponent(int bits) {
    return new Precision(TruncatedFormat.of(12, bits), PrecisionScope.WEIGHTS_AND_INPUTS);
  }

  /** Exponent bits of the sweep in a variant. */
  static int[] exponentBits(Variant v) {
    return v == Variant.FULL ? new int[] {9, 8, 7, 6, 5, 4, 3} : new int[] {9, 5, 4, 3};
  }

  /** Independent ESN draws per recipe on L63. */
  static int draws(Variant v) {
    return v == Variant.FULL ? FULL_DRAWS : QUICK_DRAWS;
  }

  /** The Lorenz 63 spec of a variant. */
  static ExperimentSpec l63Spec(Variant v) {
    ExperimentSpec base = Experiments.lorenz63Comparison(v == Variant.FULL
        ? Experiments.Scale.FULL : Experiments.Scale.CI);
    int windows = v == Variant.FULL ? base.windows().count() : QUICK_L63_WINDOWS;
    TestWindows w = new TestWindows(base.windows().firstOrigin(), windows,
        base.windows().stride(), base.windows().length());
    List<ModelSpec> models = new ArrayList<>(base.models().subList(0, 3));
    for (int i = 0; i < draws(v); i++) {
      models.add(new EsnSpec("lsr-" + i, EsnConfig.lsrLorenz63()));
      models.add(new EsnSpec("hsr-" + i, EsnConfig.hsrLorenz63()));
    }
    return new ExperimentSpec("catalog-l63-" + v.label(),
        Lorenz63Data.authors((int) w.requiredLength()), Scaling.STD_PER_COMPONENT,
        base.trainLength(), w, Experiments.WARMUP, Experiments.THRESHOLD, models,
        List.of(Precision.BINARY64), Experiments.SEED, 1,
        v == Variant.FULL ? base.lyapunovSteps() : 0, false, true);
  }

  /** The Lorenz 96 spec of a variant. */
  static ExperimentSpec l96Spec(Variant v) {
    List<Precision> p = new ArrayList<>(List.of(Precision.BINARY64));
    if (v == Variant.FULL) {
      p.add(SINGLE);
    }
    p.add(HALF_WEIGHTS);
    if (v == Variant.FULL) {
      p.add(HALF_STORED);
    }
    for (int e : exponentBits(v)) {
      p.add(exponent(e));
    }
    if (v == Variant.FULL) {
      // the preset at full size, without its teacher-forced scoring (it would double the cost)
      ExperimentSpec f = Experiments.lorenz96Comparison(Experiments.Scale.FULL);
      return new ExperimentSpec("catalog-l96-full", f.data(), f.scaling(), f.trainLength(),
          f.windows(), f.warmup(), f.threshold(), f.models(), p, f.seed(), f.examples(),
          f.lyapunovSteps(), false, f.parallel());
    }
    int train = QUICK_L96_TRAIN;
    int len = QUICK_L96_LENGTH;
    TestWindows w = TestWindows.afterTraining(train, len, QUICK_L96_WINDOWS, len, len);
    List<ModelSpec> models = List.of(
        new D2r2Spec("d2r2-p2", 2, Experiments.RIDGE),
        new D2r2Spec("d2r2-p4", 4, Experiments.RIDGE),
        new EsnSpec("esn-lsr", EsnConfig.lsrLorenz96(QUICK_L96_N)),
        new EsnSpec("esn-hsr", EsnConfig.hsrLorenz96(QUICK_L96_N)));
    return new ExperimentSpec("catalog-l96-quick",
        Lorenz96Data.standard(Experiments.SEED, (int) w.requiredLength()), Scaling.ZSCORE_GLOBAL,
        train, w, Experiments.WARMUP, Experiments.THRESHOLD, models, p, Experiments.SEED, 1, 0,
        false, true);
  }

  /** The Lorenz 63 run of the context's variant. */
  static ExperimentResult l63(CatalogContext context) {
    ExperimentSpec s = l63Spec(context.variant());
    return context.memo("reservoir/" + s.name(), () -> ExperimentRunner.run(s));
  }

  /** The Lorenz 96 run of the context's variant. */
  static ExperimentResult l96(CatalogContext context) {
    ExperimentSpec s = l96Spec(context.variant());
    return context.memo("reservoir/" + s.name(), () -> ExperimentRunner.run(s));
  }

  /** The score of {@code model} at {@code p}. */
  static ScoreSummary score(ExperimentResult r, String model, Precision p) {
    return r.model(model).run(p).score();
  }

  /** Mean over windows of h(a) &minus; h(b), divided by its standard error (paired). */
  static double pairedT(ScoreSummary a, ScoreSummary b) {
    int n = a.windows();
    double mean = 0;
    for (int q = 0; q < n; q++) {
      mean += a.horizons()[q] - b.horizons()[q];
    }
    mean /= n;
    double var = 0;
    for (int q = 0; q < n; q++) {
      double d = a.horizons()[q] - b.horizons()[q] - mean;
      var += d * d;
    }
    double se = Math.sqrt(var / (n - 1) / n);
    return se == 0 ? Math.signum(mean) * Double.POSITIVE_INFINITY : mean / se;
  }

  /** Mean horizon pooled over several summaries. */
  static double pooledMean(List<ScoreSummary> s) {
    double sum = 0;
    long n = 0;
    for (ScoreSummary x : s) {
      for (int h : x.horizons()) {
        sum += h;
        n++;
      }
    }
    return sum / n;
  }

  /** Per-model horizon statistics at {@code p}: one row per model. */
  static Table summaryTable(String name, ExperimentResult r, Precision p) {
    Table.Builder t = Table.of(name, "model", "precision", "mean_horizon_samples",
        "std_horizon_samples", "median_horizon_samples", "mean_curve_horizon_samples",
        "mean_horizon_time", "immediate_failures", "censored");
    for (ExperimentResult.ModelResult m : r.models()) {
      for (ExperimentResult.PrecisionRun run : m.runs()) {
        if (p != null && !run.precision().equals(p)) {
          continue;
        }
        ScoreSummary s = run.score();
        t.row(m.name(), run.precision().label(), s.meanHorizon(), s.stdHorizon(),
            s.medianHorizon(), (long) s.meanCurveHorizon(), r.data().toTime(s.meanHorizon()),
            (long) s.immediateFailures(), (long) s.censored());
      }
    }
    return t.build();
  }

  /**
   * Mean error curves (every {@code every}-th step) of the given models at {@code p}, with the
   * threshold; non-finite values (diverged windows) are kept as NaN and skipped by the renderer.
   */
  static Table curveTable(String name, ExperimentResult r, List<String> models, Precision p,
      int every) {
    Table.Builder t = Table.of(name, "model", "time", "mean_error", "median_error");
    int len = 0;
    for (String m : models) {
      ScoreSummary s = score(r, m, p);
      len = s.length();
      for (int k = 0; k < s.length(); k += every) {
        double e = s.meanCurve()[k];
        t.row(m, r.data().toTime(k + 1), Double.isFinite(e) ? e : Double.NaN,
            s.medianCurve()[k]);
      }
    }
    // the failure threshold as its own two-point series
    String th = "threshold " + r.data().threshold();
    t.row(th, r.data().toTime(1), r.data().threshold(), r.data().threshold());
    t.row(th, r.data().toTime(len), r.data().threshold(), r.data().threshold());
    return t.build();
  }

  /** Empirical distribution functions of the horizons (time units) of the given models at {@code p}. */
  static Table ecdfTable(String name, ExperimentResult r, List<String> models, Precision p) {
    Table.Builder t = Table.of(name, "model", "horizon_time", "fraction_of_windows");
    for (String m : models) {
      int[] h = score(r, m, p).horizons().clone();
      java.util.Arrays.sort(h);
      for (int k = 0; k < h.length; k++) {
        t.row(m, r.data().toTime(h[k]), (k + 1) / (double) h.length);
      }
    }
    return t.build();
  }

  /**
   * Forecast and truth of the first kept window of each model at {@code p}, projected on components
   * {@code i} and {@code j}, every {@value #ATTRACTOR_EVERY}th step; the truth (from the first model)
   * comes last so that it is drawn on top.
   */
  static Table attractorTable(String name, ExperimentResult r, List<String> models, Precision p,
      int i, int j) {
    Table.Builder t = Table.of(name, "series", "u" + i, "u" + j);
    double[][] truth = null;
    for (String m : models) {
      List<ExampleForecast> ex = r.model(m).run(p).examples();
      if (ex.isEmpty()) {
        continue;
      }
      ExampleForecast e = ex.get(0);
      if (truth == null) {
        truth = e.truth();
      }
      for (int k = 0; k < e.forecast().length; k += ATTRACTOR_EVERY) {
        double[] row = e.forecast()[k];
        if (Double.isFinite(row[i]) && Double.isFinite(row[j]) && Math.abs(row[i]) < 1e3
            && Math.abs(row[j]) < 1e3) {
          t.row(m + " forecast", row[i], row[j]);
        }
      }
    }
    if (truth != null) {
      for (int k = 0; k < truth.length; k += ATTRACTOR_EVERY) {
        t.row("truth", truth[k][i], truth[k][j]);
      }
    }
    return t.build();
  }

  /** The error-curve figure of a curve table. */
  static Figure curveFigure(String name, String title, String table) {
    return Figure.line(name, title, table, "time", List.of("mean_error"), "forecast time (time "
        + "units)", "mean relative error e(t)").groupedBy("model").withLog(false, true);
  }

  /** The horizon-distribution figure of an ECDF table. */
  static Figure ecdfFigure(String name, String title, String table) {
    return Figure.line(name, title, table, "horizon_time", List.of("fraction_of_windows"),
        "horizon (time units)", "fraction of windows with a shorter horizon")
        .groupedBy("model").withStyle("line+points");
  }

  /** The attractor figure of an attractor table. */
  static Figure attractorFigure(String name, String title, String table, int i, int j) {
    return new Figure(name, title, table, "u" + i, List.of("u" + j), "series",
        "component " + i + " (scaled)", "component " + j + " (scaled)", false, false, "scatter");
  }
}
