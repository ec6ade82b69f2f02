package org.knotwork.pathways.experiment;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.pathways.model.Activation;
import org.knotwork.pathways.model.LossConvention;
import org.knotwork.pathways.theory.ReducedModel;

/**
 * Presets for the authors' figures (notes &sect;3.2; script {@code FigureX.py} made figure X) and
 * the unequal-depth extension (&sect;2.4), at a chosen {@link Scale}.
 *
 * <p>Common settings: 2 pathways, no bias, Gaussian init with N eps<sup>2</sup> = 0.1, lr = 0.01, sum
 * loss, full batch, hierarchical data with 8 items and 15 features. Seeds are the authors' torch
 * seeds used as labels for our own streams; as in {@code Figure5.py} ("one seed set before the
 * depth loop") the runs of one figure share the seed. Recording: every step for runs of up to 2000
 * steps, otherwise every steps/2000 steps; K matrices kept at the first and last step (every step
 * for figure 4).
 */
public final class Figures {
  private static final int[] DEPTHS = {2, 3, 4, 7};

  private Figures() {}

  /** Figure 3: the reduced model's phase planes (no network; the scale does not apply). */
  public static PhasePlaneSpec figure3() {
    return new PhasePlaneSpec(List.of(2, 3, 8, 13), List.of(0.1, 0.01), 100, 10.0, 1.0, 0.001,
        10_000, 100, ReducedModel.Scheme.EULER, 49827345L, 21);
  }

  /** Figure 4: K of pathway a at steps 0..9, depth 2, seed 576. */
  public static ExperimentSpec figure4(Scale scale) {
    List<Integer> snaps = new ArrayList<>();
    for (int s = 0; s <= 9; s++) {
      snaps.add(s);
    }
    NetworkRunSpec run = new NetworkRunSpec("D2", List.of(2, 2),
        List.of(scale.width(), scale.width()), Activation.LINEAR, false,
        InitSpec.gaussian(scale.eps()), 0.01, 9, LossConvention.SUM, 576L, 1, snaps);
    return new ExperimentSpec("figure4-" + tag(scale),
        "K of pathway a over the first 9 steps, depth 2", 3, List.of(run));
  }

  /** Figure 5: linear, depths 2, 3, 4, 7 for 1000, 10000, 10000, 20000 steps, seed 576. */
  public static ExperimentSpec figure5(Scale scale) {
    return depthSweep("figure5-" + tag(scale), "linear pathways, depth sweep", scale,
        Activation.LINEAR, new int[] {1000, 10_000, 10_000, 20_000}, 576L);
  }

  /** Figure 6: linear, depth 7, seeds 345345 and 128373, 10000 steps. */
  public static ExperimentSpec figure6(Scale scale) {
    List<NetworkRunSpec> runs = new ArrayList<>();
    for (long seed : new long[] {345345L, 128373L}) {
      runs.add(NetworkRunSpec.paperLinear("D7-seed" + seed, 7, scale.width(), 10_000, seed,
          recordEvery(10_000)));
    }
    return new ExperimentSpec("figure6-" + tag(scale),
        "linear pathways of depth 7, two seeds: mode allocation depends on the initialisation", 3,
        runs);
  }

  /** Figure 7: ReLU after every layer including the readout; 10000, 10000, 20000, 20000 steps. */
  public static ExperimentSpec figure7(Scale scale) {
    return depthSweep("figure7-" + tag(scale), "ReLU pathways (readout ReLU), depth sweep", scale,
        Activation.RELU, new int[] {10_000, 10_000, 20_000, 20_000}, 63535L);
  }

  /** Figure 8: tanh after every layer including the readout; 10000 x 3 and 20000 steps. */
  public static ExperimentSpec figure8(Scale scale) {
    return depthSweep("figure8-" + tag(scale), "tanh pathways (readout tanh), depth sweep", scale,
        Activation.TANH, new int[] {10_000, 10_000, 10_000, 20_000}, 539394L);
  }

  /**
   * The unequal-depth extension (not in the paper, notes &sect;2.4 and check 11): linear pathways of
   * depths (1, 3), (2, 4) and (3, 7), 20000 steps, seeds 1 and 2.
   */
  public static ExperimentSpec unequalDepths(Scale scale) {
    List<NetworkRunSpec> runs = new ArrayList<>();
    int[][] pairs = {{1, 3}, {2, 4}, {3, 7}};
    for (int[] d : pairs) {
      for (long seed = 1; seed <= 2; seed++) {
        runs.add(new NetworkRunSpec("D" + d[0] + "-" + d[1] + "-seed" + seed,
            List.of(d[0], d[1]), List.of(scale.width(), scale.width()), Activation.LINEAR, false,
            InitSpec.gaussian(scale.eps()), 0.01, 20_000, LossConvention.SUM, seed,
            recordEvery(20_000), List.of(0, 20_000)));
      }
    }
    return new ExperimentSpec("unequal-depths-" + tag(scale),
        "two linear pathways of unequal depth: the shallower pathway takes the modes", 3, runs);
  }

  /** The preset of a figure by number (4-8) or "unequal". */
  public static ExperimentSpec network(String figure, Scale scale) {
    switch (figure) {
      case "4":
        return figure4(scale);
      case "5":
        return figure5(scale);
      case "6":
        return figure6(scale);
      case "7":
        return figure7(scale);
      case "8":
        return figure8(scale);
      case "unequal":
        return unequalDepths(scale);
      default:
        throw new IllegalArgumentException(
            "figure must be one of 4, 5, 6, 7, 8 or unequal (3 is the phase plane), got " + figure);
    }
  }

  /** Recording interval giving at most about 2000 points. */
  static int recordEvery(int steps) {
    return Math.max(1, steps / 2000);
  }

  private static ExperimentSpec depthSweep(String name, String description, Scale scale,
      Activation act, int[] steps, long seed) {
    List<NetworkRunSpec> runs = new ArrayList<>();
    for (int i = 0; i < DEPTHS.length; i++) {
      int d = DEPTHS[i];
      runs.add(new NetworkRunSpec("D" + d, List.of(d, d), List.of(scale.width(), scale.width()),
          act, act != Activation.LINEAR, InitSpec.gaussian(scale.eps()), 0.01, steps[i],
          LossConvention.SUM, seed, recordEvery(steps[i]), List.of(0, steps[i])));
    }
    return new ExperimentSpec(name, description, 3, runs);
  }

  private static String tag(Scale scale) {
    return "N" + scale.width();
  }
}
