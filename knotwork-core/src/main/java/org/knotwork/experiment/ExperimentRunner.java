package org.knotwork.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.knotwork.curvature.TangentKernel;
import org.knotwork.data.Dataset;
import org.knotwork.loss.JacobianOperator;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.regime.OrderParameters;
import org.knotwork.train.Checkpoint;
import org.knotwork.train.Progress;
import org.knotwork.train.ShallowProblem;
import org.knotwork.train.Snapshot;
import org.knotwork.train.TrainResult;
import org.knotwork.train.TrainSpec;
import org.knotwork.train.Trainer;
import org.knotwork.train.TrainingListener;

/**
 * Runs an {@link ExperimentSpec}: draws the initial network, resolves the step size, trains through
 * {@link Trainer}, collects what the recording asks for, and measures the final metrics. Pure and
 * single-threaded: the same spec on the same data gives identical results whatever else runs
 * concurrently.
 */
public final class ExperimentRunner {
  private ExperimentRunner() {}

  /** Runs {@code spec} on {@code data}. */
  public static ExperimentResult run(ExperimentSpec spec, Dataset data) {
    return run(spec, data, TrainingListener.none());
  }

  /**
   * Runs {@code spec} on {@code data}, forwarding everything the trainer delivers to
   * {@code listener} as well.
   *
   * @throws IllegalArgumentException if the data do not fit the spec (e.g. a batch size above N)
   */
  public static ExperimentResult run(ExperimentSpec spec, Dataset data, TrainingListener listener) {
    return run(spec, data, problem -> listener);
  }

  /**
   * Runs {@code spec} on {@code data}, forwarding everything the trainer delivers to the listener
   * that {@code listeners} makes for the run's training problem (a recorder that converts snapshots
   * to both coordinate systems needs it).
   *
   * @throws IllegalArgumentException if the data do not fit the spec (e.g. a batch size above N)
   */
  public static ExperimentResult run(ExperimentSpec spec, Dataset data,
      Function<ShallowProblem, TrainingListener> listeners) {
    return run(spec, data, spec.init().draw(spec.width(), spec.seed()), listeners);
  }

  /**
   * Runs {@code spec} on {@code data} from the given initial network (drawn by {@link
   * InitConfig#draw}, or read from the spec's network file), forwarding everything the trainer
   * delivers to the listener that {@code listeners} makes for the run's training problem. If that
   * listener is a {@link ResumableListener} with a checkpoint, the run continues from it and the
   * result is that of the uninterrupted run.
   *
   * @throws IllegalArgumentException if the data or the network do not fit the spec (a batch size
   *     above N, a network of another width)
   */
  public static ExperimentResult run(ExperimentSpec spec, Dataset data, NetworkParams initial,
      Function<ShallowProblem, ? extends TrainingListener> listeners) {
    if (data == null) {
      throw new IllegalArgumentException("data are required");
    }
    Training training = spec.training();
    int batch = training.method().batchSize();
    if (batch > data.size()) {
      throw new IllegalArgumentException("batchSize must be <= N = " + data.size() + ", got "
          + batch);
    }
    if (initial.width() != spec.width()) {
      throw new IllegalArgumentException("width must be the initial network's width "
          + initial.width() + ", got " + spec.width());
    }
    ShallowProblem problem = ShallowProblem.of(data, initial, training.coordinates(),
        training.loss());
    double learningRate = Double.NaN;
    double ntkMax = Double.NaN;
    StepSize step = training.method().stepSize();
    if (step != null) {
      if (step.unit() == StepSize.Unit.INVERSE_NTK) {
        ntkMax = ntkMax(problem, spec.seed());
        if (!(ntkMax > 0)) {
          throw new IllegalArgumentException("learningRateUnit inverse-ntk needs a non-zero "
              + "tangent kernel at initialisation, but its largest eigenvalue is " + ntkMax);
        }
      }
      learningRate = step.resolve(ntkMax);
    }
    Collector collector = new Collector();
    TrainingListener outer = listeners.apply(problem);
    Checkpoint from = null;
    if (outer instanceof ResumableListener r && r.resumeFrom() != null) {
      from = r.resumeFrom();
      collector.progress.addAll(r.progressBefore());
      collector.snapshots.addAll(r.snapshotsBefore());
    }
    TrainSpec trainSpec = spec.trainSpec(Double.isNaN(learningRate) ? 1.0 : learningRate);
    TrainingListener all = TrainingListener.all(collector, outer);
    TrainResult result = from == null ? Trainer.run(problem, trainSpec, all)
        : Trainer.resume(problem, trainSpec, from, all);
    Snapshot last = result.last();
    NetworkParams finalNet = problem.network(last.theta());
    OrderParameters order = OrderParameters.measure(initial, finalNet, data,
        RunMetrics.CLUSTER_DISTANCE);
    double initialLoss = from != null ? from.initialLoss()
        : collector.progress.isEmpty() ? Double.NaN : collector.progress.get(0).loss();
    RunMetrics metrics = new RunMetrics(result.reason(), result.message(), last.step(),
        last.time(), initialLoss, last.loss(), last.gradientNorm(), result.balanceDrift(),
        learningRate, ntkMax, result.events().size(), order);
    double[][] hessian = spec.recording().hessian()
        ? problem.objective().hessian(last.theta()) : null;
    return new ExperimentResult(spec, data, problem, collector.progress, collector.snapshots,
        result, finalNet, metrics, hessian);
  }

  /**
   * &lambda;<sub>max</sub>(w&middot;J J<sup>T</sup>) at the problem's initial point in its training
   * coordinates ({@link TangentKernel#largestEigenvalue}, Lanczos seeded by {@code seed}).
   */
  static double ntkMax(ShallowProblem problem, long seed) {
    SweepLoss loss = problem.objective().loss();
    double[] theta = problem.initialTheta();
    JacobianOperator j = problem.coordinates() == Coordinates.NETWORK
        ? loss.jacobianOperator(NetworkParams.fromVector(theta))
        : loss.jacobianOperator(problem.spline(theta));
    return TangentKernel.largestEigenvalue(j,
        loss.normalization().weight(loss.data().size()), seed);
  }

  /** Keeps the progress rows and snapshots. */
  private static final class Collector implements TrainingListener {
    final List<Progress> progress = new ArrayList<>();
    final List<Snapshot> snapshots = new ArrayList<>();

    @Override
    public void onProgress(Progress p) {
      progress.add(p);
    }

    @Override
    public void onSnapshot(Snapshot s) {
      snapshots.add(s);
    }
  }
}
