package org.knotwork.regime;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.data.Dataset;
import org.knotwork.linalg.SymmetricEigen;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.random.Rng;
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

  /** The antisymmetric initial network of {@code spec} (f<sub>0</sub> &equiv; 0 up to rounding). */
  public static NetworkParams initialNetwork(RegimeSpec spec) {
    int h = spec.width();
    Rng rng = Rng.of(spec.seed(), "regime-init");
    double[] w = new double[h];
    double[] b = new double[h];
    double[] v = new double[h];
    double sd = spec.alphaV() / Math.sqrt(h);
    for (int k = 0; k < h / 2; k++) {
      double beta = rng.uniform(-spec.knotRange(), spec.knotRange());
      double wk = rng.sign() * spec.alphaW();
      double vk = sd * rng.gaussian();
      w[2 * k] = wk;
      w[2 * k + 1] = wk;
      b[2 * k] = -wk * beta;
      b[2 * k + 1] = -wk * beta;
      v[2 * k] = vk;
      v[2 * k + 1] = -vk;
    }
    return new NetworkParams(w, b, v, 0.0);
  }

  /**
   * The learning rate lrFactor/&lambda;<sub>max</sub>(wJJ<sup>T</sup>) for Knotwork's mean loss (w =
   * 1/N): &lambda;<sub>max</sub> of the Gauss-Newton Hessian wJ<sup>T</sup>J at {@code net}.
   */
  public static double learningRate(Dataset data, NetworkParams net, double lrFactor) {
    SweepLoss loss = SweepLoss.of(data);
    double[] eig = SymmetricEigen.values(loss.jacobianOperator(net).tangentKernel())
        .eigenvalues();
    double lambdaMax = eig[eig.length - 1] / data.size();
    return lrFactor / lambdaMax;
  }

  /** Trains one point and measures its order parameters. */
  public static RegimeResult run(Dataset data, RegimeSpec spec) {
    NetworkParams init = initialNetwork(spec);
    double lr = learningRate(data, init, spec.lrFactor());
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
