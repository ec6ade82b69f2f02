package org.knotwork.pathways.experiment;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.pathways.data.CorrelationSvd;
import org.knotwork.pathways.data.IoData;
import org.knotwork.pathways.model.Architecture;
import org.knotwork.pathways.model.Initializers;
import org.knotwork.pathways.model.Network;
import org.knotwork.pathways.train.GradientDescent;
import org.knotwork.pathways.train.ProgressListener;
import org.knotwork.pathways.train.Trace;
import org.knotwork.common.random.Rng;

/**
 * Runs one {@link NetworkRunSpec} on a data set: builds the network, initialises it from the seed
 * (stream {@code "pathways/init"}), trains it by full-batch gradient descent and returns the record.
 */
public final class NetworkRun {
  private NetworkRun() {}

  /**
   * @param data the training data (inputs and outputs must suit the spec: aligned initialisations
   *     need every hidden width &ge; the rank of &Sigma;<sub>yx</sub>)
   * @param threads worker threads, &ge; 1 (results do not depend on it)
   * @param listener progress callback, or {@link ProgressListener#NONE}
   */
  public static NetworkRunResult run(NetworkRunSpec spec, IoData data, int threads,
      ProgressListener listener) {
    if (spec == null || data == null) {
      throw new IllegalArgumentException("spec and data are required");
    }
    CorrelationSvd svd = CorrelationSvd.of(data);
    Network net = initialNetwork(spec, data, svd);
    Trace trace = GradientDescent.run(net, data, svd, spec.train(), threads, listener);
    return new NetworkRunResult(spec, svd.singularValues(), svd.blocks(), trace);
  }

  /** The network of the spec before training (deterministic in the seed). */
  public static Network initialNetwork(NetworkRunSpec spec, IoData data, CorrelationSvd svd) {
    Architecture arch = Architecture.of(data.inputs(), data.outputs(), spec.depths(),
        spec.widths(), spec.activation(), spec.readoutActivation());
    Rng rng = Rng.of(spec.seed(), "pathways/init");
    InitSpec init = spec.init();
    switch (init.kind()) {
      case GAUSSIAN:
        return Initializers.gaussian(arch, init.eps(), rng);
      case ALIGNED_BALANCED: {
        List<double[][]> scalars = new ArrayList<>();
        for (int j = 0; j < arch.pathwayCount(); j++) {
          double[] k0 = new double[svd.rank()];
          java.util.Arrays.fill(k0, init.k0().get(j));
          scalars.add(Initializers.balancedScalars(arch.depth(j), k0));
        }
        return Initializers.aligned(arch, svd, scalars, rng);
      }
      default: {
        Rng draws = rng.split("p0");
        List<double[][]> scalars = new ArrayList<>();
        for (int j = 0; j < arch.pathwayCount(); j++) {
          double[] p = new double[svd.rank()];
          for (int m = 0; m < p.length; m++) {
            p[m] = init.spread() * draws.gaussian();
          }
          scalars.add(Initializers.imbalancedScalars(arch.depth(j), p, init.imbalance()));
        }
        return Initializers.aligned(arch, svd, scalars, rng);
      }
    }
  }
}
