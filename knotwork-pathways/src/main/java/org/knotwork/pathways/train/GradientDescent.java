package org.knotwork.pathways.train;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knotwork.pathways.analysis.ModeCoordinates;
import org.knotwork.pathways.analysis.PathwayShares;
import org.knotwork.pathways.data.CorrelationSvd;
import org.knotwork.pathways.data.IoData;
import org.knotwork.pathways.model.Network;
import org.knotwork.pathways.model.NetworkEngine;

/**
 * Full-batch gradient descent (the authors' {@code torch.optim.SGD} on all items every step, no
 * momentum, no weight decay; notes &sect;1) with recording. Step s of the trace means "after s
 * updates": the loss and pathway maps at step s are evaluated before update s+1.
 */
public final class GradientDescent {
  private GradientDescent() {}

  /**
   * Trains {@code net} in place.
   *
   * @param svd decomposition defining the mode coordinates (normally {@code CorrelationSvd.of(data)})
   * @param threads worker threads of the engine, &ge; 1 (results do not depend on it)
   * @param listener progress callback, or {@link ProgressListener#NONE}
   */
  public static Trace run(Network net, IoData data, CorrelationSvd svd, TrainOptions options,
      int threads, ProgressListener listener) {
    if (net == null || data == null || svd == null || options == null || listener == null) {
      throw new IllegalArgumentException("network, data, svd, options and listener are required");
    }
    if (svd.outputs() != data.outputs() || svd.inputs() != data.inputs()) {
      throw new IllegalArgumentException("svd dimensions do not match the data");
    }
    int pathways = net.architecture().pathwayCount();
    Set<Integer> snaps = new HashSet<>(options.snapshotSteps());
    List<Integer> steps = new ArrayList<>();
    List<Double> losses = new ArrayList<>();
    List<double[][]> strengths = new ArrayList<>();
    List<Double> si = new ArrayList<>();
    List<Snapshot> snapshots = new ArrayList<>();
    double[][] maps = null;
    PathwayShares shares = null;
    boolean diverged = false;
    try (NetworkEngine engine = NetworkEngine.create(net.architecture(), data, threads)) {
      for (int s = 0; s <= options.steps(); s++) {
        double loss = engine.forward(net, options.loss());
        boolean bad = !Double.isFinite(loss);
        boolean record = s % options.recordEvery() == 0 || s == options.steps() || bad;
        if (record || snaps.contains(s)) {
          maps = engine.pathwayMaps(net);
        }
        if (record) {
          double[][] k = new double[pathways][];
          for (int j = 0; j < pathways; j++) {
            k[j] = ModeCoordinates.strengths(svd, maps[j]);
          }
          if (bad && shares == null) {
            throw new ArithmeticException("loss is not finite at step 0: " + loss);
          }
          if (!bad) {
            shares = PathwayShares.of(svd, maps);
          }
          steps.add(s);
          losses.add(loss);
          strengths.add(k);
          if (pathways == 2) {
            si.add(bad ? Double.NaN : shares.specializationIndex());
          }
          listener.recorded(s, options.steps(), loss);
        }
        if (snaps.contains(s)) {
          double[][][] kk = new double[pathways][][];
          for (int j = 0; j < pathways; j++) {
            kk[j] = ModeCoordinates.of(svd, maps[j]);
          }
          snapshots.add(new Snapshot(s, kk));
        }
        if (bad) {
          diverged = true;
          break;
        }
        if (s < options.steps()) {
          engine.step(options.lr());
        }
      }
    }
    int n = steps.size();
    int[] st = new int[n];
    double[] times = new double[n];
    double[] ls = new double[n];
    double dt = options.loss().timePerStep(options.lr());
    for (int i = 0; i < n; i++) {
      st[i] = steps.get(i);
      times[i] = st[i] * dt;
      ls[i] = losses.get(i);
    }
    double[] sia = new double[si.size()];
    for (int i = 0; i < sia.length; i++) {
      sia[i] = si.get(i);
    }
    return new Trace(st, times, ls, strengths.toArray(new double[0][][]), sia, snapshots, shares,
        maps, diverged);
  }
}
