package org.knotwork.isometry.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.knotwork.common.concurrent.Tasks;
import org.knotwork.common.random.Rng;
import org.knotwork.isometry.geometry.Geometry;
import org.knotwork.isometry.geometry.Probe;
import org.knotwork.isometry.net.Activation;
import org.knotwork.isometry.net.Initialization;
import org.knotwork.isometry.net.MeanField;
import org.knotwork.isometry.net.Network;
import org.knotwork.isometry.net.OutputLoss;
import org.knotwork.isometry.net.ProbeInputs;

/**
 * Experiment 1A's computation (docs/isometry.md &sect;3): for each q* and replica, a critical network
 * and its {@link Geometry} on a random probe set. Replica r uses the same random draws at every q*
 * (streams {@code network/r}, {@code inputs/r}, {@code labels/r} of the seed), so the q* trend is
 * measured on common random numbers; networks run in parallel, each on its own streams, and results are
 * kept in index order, so the output does not depend on the thread count.
 */
public final class InitialGeometry {
  private InitialGeometry() {}

  /**
   * One network's measurement.
   *
   * @param qStar its fixed point
   * @param replica its replica index
   * @param critical its point on the critical line
   * @param geometry what was measured
   */
  public record NetGeometry(double qStar, int replica, MeanField.Critical critical, Geometry geometry) {}

  /** Measures every network of {@code spec} on {@code threads} threads. */
  public static List<NetGeometry> compute(IsometrySpec spec, int threads) {
    List<Callable<NetGeometry>> tasks = new ArrayList<>();
    for (double q : spec.qStars()) {
      for (int r = 0; r < spec.replicas(); r++) {
        int replica = r;
        tasks.add(() -> measure(spec, q, replica));
      }
    }
    return Tasks.onThreads(threads, tasks);
  }

  /** One network of {@code spec} at q* with replica index r. */
  public static NetGeometry measure(IsometrySpec spec, double qStar, int replica) {
    Activation a = Activation.valueOf(spec.activation().toUpperCase(Locale.ROOT));
    Initialization.Scheme scheme = Initialization.Scheme.valueOf(spec.init().toUpperCase(Locale.ROOT));
    MeanField.Critical c = new MeanField(a, spec.quadratureNodes()).critical(qStar);
    Rng root = Rng.of(spec.seed(), "isometry");
    int[] widths = new int[spec.depth() + 2];
    java.util.Arrays.fill(widths, spec.width());
    widths[spec.depth() + 1] = spec.classes();
    Network net = Initialization.critical(a, widths, scheme, c, root.split("network/" + replica));
    double[][] x = ProbeInputs.gaussian(spec.probes(), spec.width(), c.inputMeanSquare(),
        root.split("inputs/" + replica));
    int[] y = ProbeInputs.labels(spec.probes(), spec.classes(), root.split("labels/" + replica));
    OutputLoss loss;
    if (spec.loss().equals("squared")) {
      double[][] t = new double[y.length][spec.classes()];
      for (int i = 0; i < y.length; i++) {
        t[i][y[i]] = 1;
      }
      loss = OutputLoss.squared(t);
    } else {
      loss = OutputLoss.softmaxCrossEntropy(y);
    }
    Geometry g = Geometry.measure(new Probe(net, x, loss), spec.spectra(),
        root.split("lanczos/" + replica + "/" + Double.toString(qStar)));
    return new NetGeometry(qStar, replica, c, g);
  }
}
