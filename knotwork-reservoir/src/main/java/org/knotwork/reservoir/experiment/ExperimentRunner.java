package org.knotwork.reservoir.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.knotwork.common.random.Rng;
import org.knotwork.reservoir.cost.CostModel;
import org.knotwork.reservoir.cost.CostRow;
import org.knotwork.reservoir.cost.CostTable;
import org.knotwork.reservoir.d2r2.D2r2Model;
import org.knotwork.reservoir.esn.EchoStateNetwork;
import org.knotwork.reservoir.esn.Reservoir;
import org.knotwork.reservoir.experiment.ExperimentResult.DataSummary;
import org.knotwork.reservoir.experiment.ExperimentResult.ModelResult;
import org.knotwork.reservoir.experiment.ExperimentResult.PrecisionRun;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.scoring.Forecaster;
import org.knotwork.reservoir.scoring.ScoringHarness;
import org.knotwork.reservoir.series.Scaler;
import org.knotwork.reservoir.series.TimeSeries;
import org.knotwork.reservoir.system.Integration;
import org.knotwork.reservoir.system.Lyapunov;
import org.knotwork.reservoir.system.OdeSystem;
import org.knotwork.reservoir.system.Trajectories;

/**
 * Runs an {@link ExperimentSpec}: load the data, fit the scaler on the training segment, train every
 * model once in binary64, score it at every precision with {@link ScoringHarness}, and tabulate costs.
 * Deterministic: the same spec gives the same numbers whatever the thread count.
 */
public final class ExperimentRunner {
  private ExperimentRunner() {}

  /** Runs {@code spec} without progress output. */
  public static ExperimentResult run(ExperimentSpec spec) {
    return run(spec, line -> { });
  }

  /**
   * Runs {@code spec}, reporting progress lines to {@code progress}.
   *
   * @throws IllegalArgumentException if a precision cannot represent a model's values (for example a
   *     binary16 D2R2 run on unscaled data)
   */
  public static ExperimentResult run(ExperimentSpec spec, Consumer<String> progress) {
    if (spec == null || progress == null) {
      throw new IllegalArgumentException("spec and progress are required");
    }
    long start = System.nanoTime();
    progress.accept("data: " + spec.data().describe());
    TimeSeries raw = spec.data().load();
    Scaler scaler = Scaler.fit(raw, spec.scaling(), 0, spec.trainLength());
    TimeSeries series = scaler.apply(raw);
    double[] lyap = lyapunov(spec, progress);
    DataSummary data = new DataSummary(spec.data().describe(), series.length(), series.dimension(),
        series.dt(), spec.trainLength(), spec.windows(), spec.warmup(), spec.threshold(), scaler,
        lyap[0], lyap[1], spec.seed());
    List<ModelResult> results = new ArrayList<>();
    List<CostRow> costs = new ArrayList<>();
    for (ModelSpec m : spec.models()) {
      results.add(runModel(spec, m, series, costs, progress));
    }
    String baseline = spec.models().stream().filter(m -> m instanceof D2r2Spec).map(ModelSpec::name)
        .findFirst().orElse(spec.models().get(0).name());
    CostTable table = new CostTable(costs, baseline);
    return new ExperimentResult(spec.name(), data, List.copyOf(results), table,
        (System.nanoTime() - start) / 1e9);
  }

  private static ModelResult runModel(ExperimentSpec spec, ModelSpec m, TimeSeries series,
      List<CostRow> costs, Consumer<String> progress) {
    int train = spec.trainLength();
    long t0 = System.nanoTime();
    List<Precision> precisions = spec.precisions();
    List<PrecisionRun> runs = new ArrayList<>();
    double[] trainErrors;
    int features;
    long pairs;
    String solver;
    double trainSeconds;
    if (m instanceof EsnSpec e) {
      progress.accept("training " + m.name() + ": " + m.describe());
      Reservoir res = Reservoir.build(e.config(), series.dimension(),
          Rng.of(spec.seed(), "esn/" + m.name()));
      EchoStateNetwork net = EchoStateNetwork.train(res, series, 0, train, 0, spec.parallel());
      trainSeconds = (System.nanoTime() - t0) / 1e9;
      trainErrors = net.teacherForcedErrors(series, 0, train);
      features = res.size();
      pairs = net.fit().samples();
      solver = net.fit().solver();
      costs.add(new CostRow(m.name(), m.kind(), features,
          CostModel.esnStep(res.size(), res.matrix().nonZeros(), res.inputs(),
              e.config().transform()),
          CostModel.esnTraining(pairs, res.size(), res.matrix().nonZeros(), res.inputs(),
              e.config().transform())));
      for (Precision p : precisions) {
        runs.add(score(spec, m, net.forecaster(p, spec.warmup()), p, series, progress));
      }
    } else {
      D2r2Spec d = (D2r2Spec) m;
      progress.accept("training " + m.name() + ": " + m.describe());
      D2r2Model model = D2r2Model.train(series, 0, train, d.degree(), d.ridge(), spec.parallel());
      trainSeconds = (System.nanoTime() - t0) / 1e9;
      trainErrors = model.oneStepErrors(series, 0, train);
      features = model.features().size();
      pairs = model.fit().samples();
      solver = model.fit().solver();
      costs.add(new CostRow(m.name(), m.kind(), features,
          CostModel.d2r2Step(series.dimension(), d.degree()),
          CostModel.d2r2Training(pairs, series.dimension(), d.degree())));
      for (Precision p : precisions) {
        runs.add(score(spec, m, model.forecaster(p), p, series, progress));
      }
    }
    double mean = 0;
    double max = 0;
    for (double x : trainErrors) {
      mean += x;
      max = Math.max(max, x);
    }
    mean /= trainErrors.length;
    return new ModelResult(m.name(), m.kind(), m.describe(), features, pairs, solver, trainSeconds,
        mean, max, List.copyOf(runs));
  }

  private static PrecisionRun score(ExperimentSpec spec, ModelSpec m, Forecaster f, Precision p,
      TimeSeries series, Consumer<String> progress) {
    long t0 = System.nanoTime();
    ScoringHarness.Result r = ScoringHarness.score(f, series, spec.windows(), spec.threshold(),
        spec.examples(), spec.parallel());
    double s = (System.nanoTime() - t0) / 1e9;
    progress.accept(String.format(Locale.ROOT,
        "%s @ %s: horizon %.1f +- %.1f samples (mean-curve %d) over %d windows",
        m.name(), p.label(), r.summary().meanHorizon(), r.summary().stdHorizon(),
        r.summary().meanCurveHorizon(), r.summary().windows()));
    long steps = (long) spec.windows().count() * (f.historyLength() + spec.windows().length());
    double tf = Double.NaN;
    if (spec.teacherForced()) {
      double sum = 0;
      long n = 0;
      for (double[] e : ScoringHarness.teacherForcedErrors(f, series, spec.windows(),
          spec.parallel())) {
        for (double v : e) {
          sum += v;
          n++;
        }
      }
      tf = sum / n;
    }
    return new PrecisionRun(p, r.summary(), r.examples(), s, steps, tf);
  }

  /** {exponent, standard error}, NaN when not requested or the data are not generated. */
  private static double[] lyapunov(ExperimentSpec spec, Consumer<String> progress) {
    if (spec.lyapunovSteps() == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    OdeSystem system;
    double[] x0;
    int spinUp;
    double dt;
    Integration integration;
    if (spec.data() instanceof Lorenz63Data d) {
      system = d.system();
      x0 = d.initialState();
      spinUp = d.spinUpSteps();
      dt = d.dt();
      integration = d.integration();
    } else if (spec.data() instanceof Lorenz96Data d) {
      system = d.system();
      x0 = d.initialState();
      spinUp = d.spinUpSteps();
      dt = d.dt();
      integration = d.integration();
    } else {
      return new double[] {Double.NaN, Double.NaN};
    }
    double[] onAttractor = Trajectories.advance(system, integration, x0, dt, spinUp);
    int renorm = 10;
    Lyapunov.Estimate est = Lyapunov.benettin(system, onAttractor, dt, 2_000,
        Math.max(renorm, spec.lyapunovSteps()), renorm, 1e-8, 10,
        Rng.of(spec.seed(), "lyapunov"));
    progress.accept(String.format(Locale.ROOT,
        "largest Lyapunov exponent %.4f +- %.4f per time unit", est.exponent(), est.standardError()));
    return new double[] {est.exponent(), est.standardError()};
  }
}
