package org.knotwork.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knotwork.data.Dataset;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.loss.ShallowObjective;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.NetworkParams;
import org.knotwork.common.random.Rng;
import org.knotwork.render.model.Frame;
import org.knotwork.render.model.Trajectory;
import org.knotwork.render.model.TrajectoryEvent;

/**
 * TEST FIXTURE, not a trainer: small synthetic trajectories for the renderer's tests, standing in
 * for the training module's snapshots. Plain full-batch gradient descent in network coordinates
 * through {@link ShallowObjective}, or a straight-line interpolation between two networks.
 */
public final class SyntheticTrajectories {
  private SyntheticTrajectories() {}

  /** A random network with knots spread over [-1.2, 1.2] and small output weights. */
  public static NetworkParams randomNet(int width, long seed, double wScale, double vScale) {
    Rng rng = Rng.of(seed, "render-fixture");
    double[] w = new double[width];
    double[] b = new double[width];
    double[] v = new double[width];
    for (int i = 0; i < width; i++) {
      double beta = rng.uniform(-1.2, 1.2);
      w[i] = rng.sign() * wScale * rng.uniform(0.5, 1.5);
      b[i] = -w[i] * beta;
      v[i] = vScale * rng.gaussian() / Math.sqrt(width);
    }
    return new NetworkParams(w, b, v, 0.0);
  }

  /**
   * Gradient descent on the eight-point data set: {@code steps} steps of size {@code lr}, a frame
   * every {@code every} steps (time = step &middot; lr), each with the exact network-coordinate
   * Hessian spectrum when {@code spectrum} is set.
   */
  public static Trajectory gradientDescent(int width, long seed, int steps, int every, double lr,
      boolean spectrum) {
    Dataset data = Dataset.wiggly8();
    SweepLoss loss = SweepLoss.of(data);
    ShallowObjective obj = ShallowObjective.network(loss, width);
    NetworkParams init = randomNet(width, seed, 1.0, 0.5);
    double[] theta = init.toVector();
    double[] g = new double[theta.length];
    List<Frame> frames = new ArrayList<>();
    for (int k = 0; k <= steps; k++) {
      double l = obj.valueAndGradient(theta, g);
      if (k % every == 0) {
        NetworkParams net = NetworkParams.fromVector(theta);
        double[] eig = spectrum ? SymmetricEigen.values(loss.hessian(net)).eigenvalues() : null;
        frames.add(new Frame(k, k * lr, net, l, norm(g), eig));
      }
      if (k < steps) {
        for (int j = 0; j < theta.length; j++) {
          theta[j] -= lr * g[j];
        }
      }
    }
    return new Trajectory("GD, H = " + width + ", seed " + seed, data, init, frames,
        List.of(new TrajectoryEvent(steps * lr / 2, 0, 3, "pin")),
        spectrum ? "Hessian, network coordinates" : null,
        Map.of("width", String.valueOf(width), "seed", String.valueOf(seed),
            "learningRate", String.valueOf(lr), "steps", String.valueOf(steps)));
  }

  /**
   * Frames on the straight line from {@code a} to {@code b} at the given times (loss and gradient
   * norm evaluated exactly), without spectra.
   */
  public static Trajectory interpolation(NetworkParams a, NetworkParams b, double[] times) {
    Dataset data = Dataset.wiggly8();
    SweepLoss loss = SweepLoss.of(data);
    double[] ta = a.toVector();
    double[] tb = b.toVector();
    double t0 = times[0];
    double t1 = times[times.length - 1];
    List<Frame> frames = new ArrayList<>();
    for (int k = 0; k < times.length; k++) {
      double u = t1 > t0 ? (times[k] - t0) / (t1 - t0) : 0;
      double[] th = new double[ta.length];
      for (int j = 0; j < th.length; j++) {
        th[j] = (1 - u) * ta[j] + u * tb[j];
      }
      NetworkParams net = NetworkParams.fromVector(th);
      SweepLoss.Evaluation e = loss.evaluate(net);
      frames.add(new Frame(k, times[k], net, e.loss(), norm(e.gradient())));
    }
    return new Trajectory("interpolation", data, a, frames, List.of(), null, Map.of());
  }

  public static double norm(double[] g) {
    double s = 0;
    for (double x : g) {
      s += x * x;
    }
    return Math.sqrt(s);
  }
}
