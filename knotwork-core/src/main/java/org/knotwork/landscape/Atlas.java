package org.knotwork.landscape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knotwork.common.math.Vectors;
import org.knotwork.data.Dataset;
import org.knotwork.init.InitScheme;
import org.knotwork.init.InitSpec;
import org.knotwork.init.Initializer;
import org.knotwork.loss.KnotContact;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.CanonicalSpline;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;
import org.knotwork.train.ShallowProblem;
import org.knotwork.train.StopCriteria;
import org.knotwork.train.StopReason;
import org.knotwork.train.TrainMethod;
import org.knotwork.train.TrainResult;
import org.knotwork.train.TrainSpec;
import org.knotwork.train.Trainer;
import org.knotwork.train.TrainingListener;
import org.knotwork.train.UpdateRule;

/**
 * A critical-point atlas of a small problem: where full-batch gradient descent from many seeds ends
 * up, each end point classified by S15/S16 ({@link CriticalPoints}) and the end points grouped by
 * function values on the data (which fix the loss) and type.
 *
 * <p>Each run starts from PyTorch's default initialisation of a 1&rarr;H&rarr;1 network (w, b ~ U(&minus;1, 1);
 * v, c ~ U(&minus;1/&radic;H, 1/&radic;H)) drawn from the stream "init" of its seed, the same draw as
 * {@code knotwork demo} ({@link InitScheme#PYTORCH_DEFAULT}); runs full-batch gradient descent in
 * network coordinates with {@link Trainer}; and, when the gradient has
 * fallen below {@link AtlasOptions#polishBelow()}, is polished by Newton's method in spline
 * coordinates to the critical point it was approaching, mapped back with the run's own first-layer
 * scales. Gradient descent cannot settle a knot that is trapped at a data point (it chatters around
 * it, notes &sect;2), so before the polish such knots are placed exactly on their data point and held
 * there ({@link AtlasOptions#snapDistance()}); those runs come out as
 * {@link CriticalPointType#TRAPPED_KNOT}.
 *
 * @param runs every run, by seed
 * @param entries the groups, by ascending loss
 */
public record Atlas(List<AtlasRun> runs, List<AtlasEntry> entries) {

  /** Copies the lists. */
  public Atlas {
    runs = List.copyOf(runs);
    entries = List.copyOf(entries);
  }

  /** Trains, classifies and groups. */
  public static Atlas explore(SweepLoss loss, AtlasOptions options) {
    List<AtlasRun> runs = new ArrayList<>();
    for (int k = 0; k < options.seeds(); k++) {
      runs.add(run(loss, options, options.firstSeed() + k));
    }
    return new Atlas(runs, group(loss.data(), runs, options.clusterTolerance()));
  }

  /** One seed's run. */
  static AtlasRun run(SweepLoss loss, AtlasOptions options, long seed) {
    NetworkParams start = Initializer.initialize(
        InitSpec.of(InitScheme.PYTORCH_DEFAULT, options.width(), seed));
    ShallowProblem problem = ShallowProblem.of(loss.data(), start, Coordinates.NETWORK,
        loss.normalization());
    TrainResult gd = Trainer.run(problem, TrainSpec.of(
        TrainMethod.Descent.fullBatch(new UpdateRule.GradientDescent(options.learningRate())),
        new StopCriteria(options.maxSteps(), Double.POSITIVE_INFINITY, 0,
            options.tolerances().gradient(), StopCriteria.DEFAULT_DIVERGENCE_FACTOR)),
        TrainingListener.none());
    boolean diverged = gd.reason() == StopReason.DIVERGED;
    NetworkParams end = diverged ? start : problem.network(gd.last().theta());
    boolean polished = false;
    if (!diverged && options.polishBelow() > 0) {
      SplineParams sp = end.toSpline();
      double gn = Vectors.sqrtSumOfSquares(loss.gradient(sp));
      if (gn <= options.polishBelow()) {
        boolean[] frozen = new boolean[2 * sp.width() + 1];
        sp = snapTrappedKnots(loss, sp, options, frozen);
        end = NewtonPolish.withScalesOf(NewtonPolish.newtonPolish(loss, sp, frozen, 50), end);
        polished = true;
      }
    }
    CriticalPointReport report = CriticalPoints.classify(loss, end, options.tolerances());
    return new AtlasRun(seed, start, end, Math.toIntExact(gd.last().step()), diverged, polished,
        report);
  }

  /**
   * Places every knot that is trapped within the snap distance of a data point exactly on it (the
   * nearest such point) and marks its coordinate frozen.
   */
  private static SplineParams snapTrappedKnots(SweepLoss loss, SplineParams p,
      AtlasOptions options, boolean[] frozen) {
    if (options.snapDistance() == 0) {
      return p;
    }
    Dataset data = loss.data();
    double range = data.xMax() - data.xMin();
    double[] beta = p.beta();
    List<KnotContact> near = new ArrayList<>(loss.contacts(p, options.snapDistance() * range));
    near.sort(Comparator.comparingDouble(c -> Math.abs(c.distance())));
    boolean[] seen = new boolean[p.width()];
    for (KnotContact c : near) {
      int i = c.neuron();
      if (seen[i]) {
        continue;
      }
      seen[i] = true;
      if (CriticalPoints.oneSided(loss, p, c, options.tolerances().gradient()).trapped()) {
        beta[i] = data.x(c.dataIndex());
        frozen[i] = true;
      }
    }
    return new SplineParams(beta, p.mu(), p.orientation(), p.c());
  }

  private static List<AtlasEntry> group(Dataset data, List<AtlasRun> runs, double tol) {
    double ymax = 0;
    for (int n = 0; n < data.size(); n++) {
      ymax = Math.max(ymax, Math.abs(data.y(n)));
    }
    double eps = tol * (1 + ymax);
    List<List<AtlasRun>> groups = new ArrayList<>();
    List<double[]> outputs = new ArrayList<>();
    for (AtlasRun r : runs) {
      double[] f = SweepLoss.evaluate(r.end(), data.x());
      int found = -1;
      for (int gi = 0; gi < groups.size() && found < 0; gi++) {
        if (groups.get(gi).get(0).report().type() == r.report().type()
            && maxDiff(outputs.get(gi), f) <= eps) {
          found = gi;
        }
      }
      if (found < 0) {
        groups.add(new ArrayList<>(List.of(r)));
        outputs.add(f);
      } else {
        groups.get(found).add(r);
      }
    }
    List<AtlasEntry> entries = new ArrayList<>();
    for (List<AtlasRun> g : groups) {
      AtlasRun rep = g.get(0);
      long[] seeds = g.stream().mapToLong(AtlasRun::seed).sorted().toArray();
      CanonicalSpline can = rep.end().toSpline().canonical();
      int inHull = 0;
      for (double t : can.knots()) {
        if (t > data.xMin() && t < data.xMax()) {
          inHull++;
        }
      }
      entries.add(new AtlasEntry(rep.report().type(), rep.report().loss(), g.size(), seeds,
          rep.end(), rep.report().spline().inertia(), inHull));
    }
    entries.sort(Comparator.comparingDouble(AtlasEntry::loss));
    return entries;
  }

  private static double maxDiff(double[] a, double[] b) {
    double m = 0;
    for (int i = 0; i < a.length; i++) {
      m = Math.max(m, Math.abs(a[i] - b[i]));
    }
    return m;
  }

}
