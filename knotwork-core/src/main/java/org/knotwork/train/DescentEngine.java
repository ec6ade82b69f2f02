package org.knotwork.train;

import org.knotwork.common.math.Vectors;
import java.util.List;
import org.knotwork.objective.DifferentiableObjective;
import org.knotwork.objective.MinibatchObjective;

/**
 * The discrete training loop. At the top of iteration k the state &theta;<sub>k</sub> is evaluated on the
 * full data (every step for full-batch rules; at progress, snapshot and final steps for minibatch
 * rules), checked for divergence, reported, checked against the stopping rules and checkpointed; then
 * the update is applied. A checkpoint at k therefore means "&theta;<sub>k</sub> evaluated and reported";
 * resuming re-evaluates &theta;<sub>k</sub> (same bytes), reports nothing twice and continues.
 */
final class DescentEngine {
  private DescentEngine() {}

  static TrainResult run(DifferentiableObjective obj, double[] theta0, TrainSpec spec,
      TrainingListener listener, Checkpoint resume) {
    TrainMethod.Descent method = (TrainMethod.Descent) spec.method();
    UpdateRule rule = method.rule();
    double lr = rule.learningRate();
    int dim = obj.dimension();
    MinibatchObjective mb = minibatch(obj, method.batchSize());
    DifferentiableObjective evaluator = obj.evaluator();
    StopCriteria stop = spec.stop();
    long budget = stop.stepBudget(lr);
    long[] snapSteps = spec.snapshots().steps(lr);

    double[] theta;
    double[][] state;
    long k;
    double initialLoss;
    if (resume == null) {
      theta = checkedStart(theta0, dim);
      state = new double[rule.stateSize()][dim];
      k = 0;
      initialLoss = Double.NaN;
    } else {
      checkResume(resume, dim, rule.stateSize());
      theta = resume.theta();
      state = resume.optimizerState();
      k = resume.step();
      initialLoss = resume.initialLoss();
    }
    int nextSnap = 0;
    while (nextSnap < snapSteps.length
        && (snapSteps[nextSnap] < k || (resume != null && snapSteps[nextSnap] == k))) {
      nextSnap++;
    }
    double[] full = new double[dim];
    double[] grad = mb == null ? full : new double[dim];
    double[] prev = new double[dim];
    // full-batch gradient descent: the gradient norm, the update into a third buffer and the
    // finiteness of the new point in one pass (FusedStep); the buffers rotate instead of copying
    FusedStep fused = mb == null && rule instanceof UpdateRule.GradientDescent
        ? new FusedStep(lr, dim) : null;
    long prevStep = -1;
    long lastSnapshotStep = resume == null ? -1 : k;
    boolean replaying = resume != null;
    MinibatchSampler sampler = mb == null ? null
        : new MinibatchSampler(spec.seed(), mb.sampleCount(), method.batchSize());

    while (true) {
      boolean snapNow = nextSnap < snapSteps.length && snapSteps[nextSnap] == k;
      boolean progressNow = k % spec.progressEvery() == 0;
      boolean evalFull = mb == null || snapNow || progressNow || k >= budget;
      double loss = Double.NaN;
      double gnorm = Double.NaN;
      if (evalFull) {
        loss = evaluator.valueAndGradient(theta, full);
        gnorm = fused != null ? fused.normAndStep(theta, full) : Vectors.sqrtSumOfSquares(full);
      }
      if (k == 0 && resume == null) {
        initialLoss = loss;
      }
      String bad = divergence(theta, fused != null && fused.thetaFinite, evalFull, loss, gnorm,
          initialLoss, stop);
      if (bad != null) {
        return diverged(obj, "step " + k + ": " + bad, prev, prevStep, lr, lastSnapshotStep,
            listener);
      }
      double t = k * lr;
      if (!replaying) {
        if (progressNow) {
          listener.onProgress(new Progress(k, t, loss, gnorm));
        }
        if (snapNow) {
          listener.onSnapshot(new Snapshot(k, t, theta, loss, gnorm));
          lastSnapshotStep = k;
        }
      }
      if (snapNow) {
        nextSnap++;
      }
      StopReason reason = null;
      String message = null;
      if (evalFull && loss <= stop.lossThreshold()) {
        reason = StopReason.LOSS_THRESHOLD;
        message = "loss " + loss + " <= threshold " + stop.lossThreshold() + " at step " + k;
      } else if (evalFull && gnorm <= stop.gradientThreshold()) {
        reason = StopReason.GRADIENT_THRESHOLD;
        message = "gradient norm " + gnorm + " <= threshold " + stop.gradientThreshold()
            + " at step " + k;
      } else if (k >= budget) {
        reason = k >= stop.maxSteps() ? StopReason.STEP_BUDGET : StopReason.TIME_BUDGET;
        message = reason == StopReason.STEP_BUDGET ? "step budget " + stop.maxSteps() + " reached"
            : "time budget " + stop.maxTime() + " reached at step " + k;
      }
      if (reason != null) {
        if (!progressNow) {
          listener.onProgress(new Progress(k, t, loss, gnorm));
        }
        Snapshot last = new Snapshot(k, t, theta, loss, gnorm);
        if (lastSnapshotStep != k) {
          listener.onSnapshot(last);
        }
        return new TrainResult(reason, message, last, List.of(), Double.NaN);
      }
      if (spec.checkpointEvery() > 0 && k % spec.checkpointEvery() == 0 && !replaying) {
        listener.onCheckpoint(new Checkpoint(k, t, theta, state, null, List.of(), 0L,
            initialLoss));
      }
      replaying = false;
      if (mb != null) {
        double batchLoss = mb.valueAndGradient(theta, sampler.batch(k), method.batchSize(), grad);
        if (!Double.isFinite(batchLoss)) {
          System.arraycopy(theta, 0, prev, 0, dim);
          return diverged(obj, "step " + k + ": minibatch loss is " + batchLoss, prev, k, lr,
              lastSnapshotStep, listener);
        }
      }
      prevStep = k;
      if (fused != null) {
        double[] old = prev;
        prev = theta;
        theta = fused.next;
        fused.next = old;
      } else {
        System.arraycopy(theta, 0, prev, 0, dim);
        rule.apply(theta, grad, state, k);
      }
      k++;
    }
  }

  /**
   * One pass of full-batch gradient descent after the evaluation at &theta;<sub>k</sub>: the gradient
   * norm (summed in index order, as {@link Vectors#sqrtSumOfSquares}), &theta;<sub>k+1</sub> into
   * {@link #next} exactly as {@link UpdateRule.GradientDescent#apply} rounds it (&theta;<sub>k</sub>
   * untouched, so a stop at k loses nothing), and whether &theta;<sub>k+1</sub> is finite, which the
   * divergence check at k + 1 then need not test again.
   */
  private static final class FusedStep {
    private final double lr;
    double[] next;
    /** Whether the current &theta; is known finite (the previous pass's new point was). */
    boolean thetaFinite;
    private boolean nextFinite;

    FusedStep(double lr, int dim) {
      this.lr = lr;
      this.next = new double[dim];
    }

    double normAndStep(double[] theta, double[] gradient) {
      thetaFinite = nextFinite;
      double[] out = next;
      double s = 0;
      boolean finite = true;
      for (int k = 0; k < theta.length; k++) {
        double g = gradient[k];
        s += g * g;
        double d = lr * g;
        double t = d != 0.0 ? theta[k] - d : theta[k];
        out[k] = t;
        finite &= Double.isFinite(t);
      }
      nextFinite = finite;
      return Math.sqrt(s);
    }
  }

  private static MinibatchObjective minibatch(DifferentiableObjective obj, int batchSize) {
    if (batchSize == 0) {
      return null;
    }
    if (!(obj instanceof MinibatchObjective mb)) {
      throw new IllegalArgumentException("batchSize > 0 needs an objective that supports "
          + "minibatches (MinibatchObjective), got " + obj.getClass().getSimpleName());
    }
    if (batchSize > mb.sampleCount()) {
      throw new IllegalArgumentException("batchSize must be <= N = " + mb.sampleCount()
          + ", got " + batchSize);
    }
    return batchSize == mb.sampleCount() ? null : mb;
  }

  static double[] checkedStart(double[] theta0, int dim) {
    if (theta0 == null || theta0.length != dim) {
      throw new IllegalArgumentException("theta0 must have length " + dim + ", got "
          + (theta0 == null ? "null" : theta0.length));
    }
    for (int i = 0; i < dim; i++) {
      if (!Double.isFinite(theta0[i])) {
        throw new IllegalArgumentException("theta0[" + i + "] must be finite, got " + theta0[i]);
      }
    }
    return theta0.clone();
  }

  private static void checkResume(Checkpoint cp, int dim, int stateSize) {
    if (cp.theta().length != dim) {
      throw new IllegalArgumentException("checkpoint theta has length " + cp.theta().length
          + " but the objective has dimension " + dim);
    }
    if (cp.optimizerState().length != stateSize) {
      throw new IllegalArgumentException("checkpoint has " + cp.optimizerState().length
          + " optimizer state vectors but the rule needs " + stateSize);
    }
    if (cp.mode() != null) {
      throw new IllegalArgumentException("checkpoint is from a gradient-flow run, not descent");
    }
  }


  private static String divergence(double[] theta, boolean knownFinite, boolean evaluated,
      double loss, double gnorm, double initialLoss, StopCriteria stop) {
    for (int i = 0; !knownFinite && i < theta.length; i++) {
      if (!Double.isFinite(theta[i])) {
        return "parameter " + i + " is " + theta[i];
      }
    }
    if (!evaluated) {
      return null;
    }
    if (!Double.isFinite(loss) || !Double.isFinite(gnorm)) {
      return "loss is " + loss + ", gradient norm " + gnorm;
    }
    if (loss > stop.divergenceFactor() * initialLoss) {
      return "loss " + loss + " exceeds " + stop.divergenceFactor() + " x initial loss "
          + initialLoss;
    }
    return null;
  }

  private static TrainResult diverged(DifferentiableObjective obj, String what, double[] prev,
      long prevStep, double lr, long lastSnapshotStep, TrainingListener listener) {
    if (prevStep < 0) {
      throw new IllegalArgumentException("the initial parameters are unusable: " + what);
    }
    double[] g = new double[obj.dimension()];
    double loss = obj.valueAndGradient(prev, g);
    Snapshot last = new Snapshot(prevStep, prevStep * lr, prev, loss, Vectors.sqrtSumOfSquares(g));
    if (lastSnapshotStep != prevStep) {
      listener.onSnapshot(last);
    }
    return new TrainResult(StopReason.DIVERGED, "diverged at " + what
        + "; kept the last finite state (step " + prevStep + ")", last, List.of(), Double.NaN);
  }
}
