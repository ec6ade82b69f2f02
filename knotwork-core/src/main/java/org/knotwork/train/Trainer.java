package org.knotwork.train;

import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.objective.DifferentiableObjective;

/**
 * Entry points: train a shallow network by descent or exact gradient flow, resume from a
 * {@link Checkpoint}, or run descent on any {@link DifferentiableObjective}. Each call delivers its
 * output to the listener and ends with {@link TrainingListener#onFinish}.
 */
public final class Trainer {
  private Trainer() {}

  /** Trains {@code problem} as {@code spec} says. */
  public static TrainResult run(ShallowProblem problem, TrainSpec spec, TrainingListener listener) {
    return shallow(problem, spec, listener, null);
  }

  /**
   * Continues a run of {@code problem} under {@code spec} from {@code checkpoint}; the listener
   * receives exactly what the uninterrupted run would have delivered after the checkpoint.
   */
  public static TrainResult resume(ShallowProblem problem, TrainSpec spec, Checkpoint checkpoint,
      TrainingListener listener) {
    if (checkpoint == null) {
      throw new IllegalArgumentException("checkpoint is required");
    }
    return shallow(problem, spec, listener, checkpoint);
  }

  /** Descent on a generic objective (minibatches need a MinibatchObjective). */
  public static TrainResult descend(DifferentiableObjective objective, double[] theta0,
      TrainSpec spec, TrainingListener listener) {
    return generic(objective, theta0, spec, listener, null);
  }

  /** Resumes {@link #descend} from a checkpoint. */
  public static TrainResult resumeDescent(DifferentiableObjective objective, TrainSpec spec,
      Checkpoint checkpoint, TrainingListener listener) {
    if (checkpoint == null) {
      throw new IllegalArgumentException("checkpoint is required");
    }
    return generic(objective, null, spec, listener, checkpoint);
  }

  private static TrainResult generic(DifferentiableObjective objective, double[] theta0,
      TrainSpec spec, TrainingListener listener, Checkpoint checkpoint) {
    if (!(spec.method() instanceof TrainMethod.Descent)) {
      throw new IllegalArgumentException(
          "a generic objective can only be trained by descent; the gradient flow needs a "
              + "ShallowProblem");
    }
    TrainResult r = DescentEngine.run(objective, theta0, spec, listener, checkpoint);
    listener.onFinish(r);
    return r;
  }

  private static TrainResult shallow(ShallowProblem problem, TrainSpec spec,
      TrainingListener listener, Checkpoint checkpoint) {
    TrainResult r = spec.method() instanceof TrainMethod.Flow
        ? new GradientFlow(problem, spec, listener).run(checkpoint)
        : DescentEngine.run(problem.objective(), problem.initialTheta(), spec, listener,
            checkpoint);
    if (problem.coordinates() == Coordinates.NETWORK) {
      r = r.withBalanceDrift(balanceDrift(problem.initialNetwork(),
          problem.network(r.last().theta())));
    }
    listener.onFinish(r);
    return r;
  }

  /** max<sub>i</sub>|&delta;<sub>i</sub>(b) &minus; &delta;<sub>i</sub>(a)|, &delta; = w&sup2; + b&sup2; &minus; v&sup2;. */
  static double balanceDrift(NetworkParams a, NetworkParams b) {
    double[] da = a.balance();
    double[] db = b.balance();
    double m = 0;
    for (int i = 0; i < da.length; i++) {
      m = Math.max(m, Math.abs(db[i] - da[i]));
    }
    return m;
  }
}
