package org.knotwork.spiking.bench;

import java.util.Locale;
import org.knotwork.spiking.engine.SynapseKernel;
import org.knotwork.spiking.network.Block;
import org.knotwork.spiking.network.SheetModel;
import org.knotwork.spiking.study.SheetRun;
import org.knotwork.spiking.study.SpikingSpec;

/**
 * Conditions of docs/spiking.md &sect;2.9 over seeds (a nightly-tier tool, not a unit test): for each
 * seed, the spatial network with fast (0.5, 1) and slow (1, 15) inhibition and the uniform control
 * with slow (1, 8) inhibition; prints rates, mean correlation and the E population-rate SD. Usage:
 * {@code ConditionSweep [ci|reduced] [ms] [burnInMs] [seeds] [threads]}.
 */
public final class ConditionSweep {
  private ConditionSweep() {}

  /** Runs the sweep. */
  public static void main(String[] args) {
    String scale = args.length > 0 ? args[0] : "ci";
    double ms = args.length > 1 ? Double.parseDouble(args[1]) : 1200;
    double burn = args.length > 2 ? Double.parseDouble(args[2]) : 200;
    int seeds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    int threads = args.length > 4 ? Integer.parseInt(args[4]) : 1;
    SheetModel base = scale.equals("reduced") ? SheetModel.HUANG_LAYER2.resized(25, 100, 50)
        : SheetModel.HUANG_LAYER2.resized(10, 40, 20);
    Object[][] conditions = {
        {"spatial-fast", base.withInhibition(new SynapseKernel(0.5, 1))},
        {"spatial-slow15", base.withInhibition(new SynapseKernel(1, 15))},
        {"uniform-slow8", base.withSigma(new Block(10, 10, 10, 10))}};
    for (int seed = 1; seed <= seeds; seed++) {
      for (Object[] c : conditions) {
        SpikingSpec spec = SpikingSpec.DEFAULTS.withModel((SheetModel) c[1]).withSeed(seed)
            .withDuration(ms, burn);
        long t0 = System.nanoTime();
        SheetRun r = SheetRun.run(spec, threads, x -> { }, () -> false);
        System.out.printf(Locale.ROOT, "seed %d %-15s rateE %6.2f rateI %6.2f corr %8.5f "
            + "popSdE %6.2f fano %.3f (%.1f s)%n", seed, c[0], r.rateE(), r.rateI(),
            r.correlation() == null ? Double.NaN : r.correlation().mean(),
            r.populationRateSdE(), r.fano(), (System.nanoTime() - t0) / 1e9);
      }
    }
  }
}
