package org.knotwork.pathways.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.knotwork.pathways.data.Hierarchy;
import org.knotwork.pathways.data.IoData;
import org.knotwork.pathways.model.Activation;
import org.knotwork.pathways.model.LossConvention;
import org.knotwork.pathways.train.ProgressListener;

/**
 * Statistical checks on randomly initialised networks at the quick width N = 64 (squared layer gain
 * N eps^2 = 0.1 as in the paper). They test trends and bounds over seeds, never per-seed values
 * (notes §5). The reference-width versions (N = 256) are in {@link RandomNetworkSlowChecksTest}.
 */
class RandomNetworkChecksTest {
  private static final IoData DATA = Hierarchy.shiEtAl();

  /** Check 10: kernel regime, N = 1000, eps = 0.01, D = 2: growth per step 2 lr D c^(D-1) s. */
  @Test
  void check10EarlyGrowthFollowsTheTangentKernel() {
    int seeds = 4;
    double[] growth = new double[3];
    for (long seed = 1; seed <= seeds; seed++) {
      NetworkRunSpec spec = NetworkRunSpec.paperLinear("kernel", 2, 1000, 5, seed, 1);
      NetworkRunResult r = NetworkRun.run(spec, DATA, 2, ProgressListener.NONE);
      double[][][] k = r.trace().strengths();
      for (int a = 0; a < 3; a++) {
        for (int j = 0; j < 2; j++) {
          growth[a] += (k[5][j][a] - k[0][j][a]) / 5 / (2.0 * seeds);
        }
      }
    }
    double c = 0.1;
    double lr = 0.01;
    double[] s = {Math.sqrt(15), Math.sqrt(7), Math.sqrt(3)};
    for (int a = 0; a < 3; a++) {
      double predicted = 2 * lr * 2 * c * s[a];
      assertThat(growth[a]).as("mode %d", a).isCloseTo(predicted, within(0.1 * predicted));
    }
  }

  /**
   * Check 9 at the quick width: SI rises with depth over 4 seeds; every run converges; deeper nets
   * learn the top mode later. Steps are shortened to what these runs need to reach loss < 1e-10.
   */
  @Test
  void specializationIndexRisesWithDepthAcrossSeeds() {
    int[] depths = {2, 3, 4, 7};
    int[] steps = {1000, 2000, 2500, 6000};
    int seeds = 4;
    NetworkRunResult[][] r = new NetworkRunResult[depths.length][seeds];
    IntStream.range(0, depths.length * seeds).parallel().forEach(i -> {
      int d = i / seeds;
      int seed = i % seeds + 1;
      NetworkRunSpec spec = NetworkRunSpec.paperLinear("trend", depths[d], 64, steps[d], seed, 100);
      r[d][seed - 1] = NetworkRun.run(spec, DATA, 1, ProgressListener.NONE);
    });
    double[] mean = new double[depths.length];
    for (int d = 0; d < depths.length; d++) {
      for (NetworkRunResult run : r[d]) {
        assertThat(run.finalLoss()).as("D=%d", depths[d]).isLessThan(1e-10);
        mean[d] += run.specializationIndex() / seeds;
      }
    }
    for (int d = 1; d < depths.length; d++) {
      assertThat(mean[d]).as("mean SI at D=%d", depths[d]).isGreaterThan(mean[d - 1]);
    }
    double maxShallow = 0;
    double minDeep = 1;
    for (int s = 0; s < seeds; s++) {
      maxShallow = Math.max(maxShallow, r[0][s].specializationIndex());
      minDeep = Math.min(minDeep, r[3][s].specializationIndex());
      assertThat(r[3][s].halfLearnedStep(0)).isGreaterThan(r[0][s].halfLearnedStep(0));
    }
    assertThat(minDeep).isGreaterThan(maxShallow);
  }

  /** Check 12 (fast part): tanh and ReLU variants train; readout ReLU may stall but never grows. */
  @Test
  void nonlinearVariantsTrain() {
    long seed = 1;
    for (int d : new int[] {2, 3}) {
      NetworkRunResult tanh = run(Activation.TANH, true, d, seed, 1500);
      assertThat(tanh.finalLoss()).isLessThan(1e-10);
      NetworkRunResult reluNoReadout = run(Activation.RELU, false, d, seed, 1500);
      assertThat(reluNoReadout.finalLoss()).isLessThan(1e-10);
      NetworkRunResult relu = run(Activation.RELU, true, d, seed, 1500);
      double[] loss = relu.trace().loss();
      assertThat(relu.trace().diverged()).isFalse();
      assertThat(loss[loss.length - 1]).isLessThan(loss[0] / 10);
    }
  }

  private static NetworkRunResult run(Activation act, boolean readout, int depth, long seed,
      int steps) {
    NetworkRunSpec spec = new NetworkRunSpec("nl", List.of(depth, depth), List.of(64, 64), act,
        readout, InitSpec.gaussian(Math.sqrt(0.1 / 64)), 0.01, steps, LossConvention.SUM, seed,
        steps, List.of());
    return NetworkRun.run(spec, DATA, 1, ProgressListener.NONE);
  }
}
