package org.knotwork.regime;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.curvature.TangentKernel;
import org.knotwork.data.Dataset;
import org.knotwork.init.InitScheme;
import org.knotwork.init.Initializer;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.train.ShallowProblem;
import org.knotwork.train.StopCriteria;
import org.knotwork.train.TrainMethod;
import org.knotwork.train.TrainResult;
import org.knotwork.train.TrainSpec;
import org.knotwork.train.Trainer;
import org.knotwork.train.TrainingListener;
import org.knotwork.train.UpdateRule;

/** Runs the regime experiment of notes &sect;6 (see {@link RegimeSpec}) and its sweeps. */
public final class RegimeExperiment {
  private RegimeExperiment() {}

  /**
   * The antisymmetric initial network of {@code spec} (f<sub>0</sub> &equiv; 0 up to rounding): the
   * {@link InitScheme#SPREAD} draw of {@link RegimeSpec#initSpec()} with the pairing of
   * {@link Initializer#antisymmetric}, the same network as an experiment spec with
   * {@code InitConfig.regime} of the same width and seed.
   */
  public static NetworkParams initialNetwork(RegimeSpec spec) {
    return Initializer.antisymmetric(Initializer.initialize(spec.initSpec()));
  }

  /**
   * The learning rate lrFactor/&lambda;<sub>max</sub>(wJJ<sup>T</sup>) for Knotwork's mean loss (w =
   * 1/N): &lambda;<sub>max</sub> of the Gauss-Newton Hessian wJ<sup>T</sup>J at {@code net}
   * ({@link TangentKernel}, Lanczos seeded by {@code seed} above its dense limit; an experiment
   * spec's {@code inverse-ntk} step unit).
   */
  public static double learningRate(Dataset data, NetworkParams net, double lrFactor, long seed) {
    return lrFactor / TangentKernel.largestEigenvalue(SweepLoss.of(data).jacobianOperator(net),
        1.0 / data.size(), seed);
  }

  /** Trains one point and measures its order parameters. */
  public static RegimeResult run(Dataset data, RegimeSpec spec) {
    NetworkParams init = initialNetwork(spec);
    double lr = learningRate(data, init, spec.lrFactor(), spec.seed());
    ShallowProblem problem = ShallowProblem.of(data, init, Coordinates.NETWORK);
    StopCriteria stop = StopCriteria.steps(spec.maxSteps())
        .withLossThreshold(spec.sumLossThreshold() / data.size());
    TrainSpec train = TrainSpec.of(
        TrainMethod.Descent.fullBatch(new UpdateRule.GradientDescent(lr)), stop);
    TrainResult result = Trainer.run(problem, train, new TrainingListener() {});
    if (!result.reason().isNormal()) {
      throw new IllegalStateException("regime run " + spec + " stopped: " + result.message());
    }
    NetworkParams trained = problem.network(result.last().theta());
    double sumLoss = result.last().loss() * data.size();
    return new RegimeResult(spec, init, trained, result.last().step(), sumLoss, lr,
        OrderParameters.measure(init, trained, data, spec.epsilon()));
  }

  /** Runs every spec in order (results in the same order). */
  public static List<RegimeResult> sweep(Dataset data, List<RegimeSpec> specs) {
    List<RegimeResult> out = new ArrayList<>(specs.size());
    for (RegimeSpec s : specs) {
      out.add(run(data, s));
    }
    return out;
  }
}
