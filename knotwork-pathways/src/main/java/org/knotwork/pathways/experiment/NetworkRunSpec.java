package org.knotwork.pathways.experiment;

import java.util.List;
import java.util.regex.Pattern;
import org.knotwork.pathways.model.Activation;
import org.knotwork.pathways.model.LossConvention;
import org.knotwork.pathways.train.TrainOptions;

/**
 * One training run: architecture, initialisation, optimiser and recording ({@link TrainOptions},
 * which validates them), seed. Together with the data set it determines every number of the
 * result (not the thread count).
 *
 * @param name identifier, also used as a directory name: letters, digits, '.', '_', '-'
 * @param depths D<sub>j</sub> &ge; 1 per pathway
 * @param widths hidden width per pathway, &ge; 1 (same length as depths)
 * @param activation activation after hidden layers
 * @param readoutActivation also after each pathway's readout (figures 7 and 8)
 * @param init initialisation
 * @param train learning rate, steps, loss convention, recording interval and K snapshot steps
 * @param seed seed of the run's random streams
 */
public record NetworkRunSpec(String name, List<Integer> depths, List<Integer> widths,
    Activation activation, boolean readoutActivation, InitSpec init, TrainOptions train,
    long seed) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  /** Validates the fields (the training fields are validated by {@link TrainOptions}). */
  public NetworkRunSpec {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "name must be 1-100 letters, digits, '.', '_' or '-', got " + name);
    }
    if (depths == null || depths.isEmpty()) {
      throw new IllegalArgumentException("depths must list at least one pathway depth");
    }
    if (widths == null || widths.size() != depths.size()) {
      throw new IllegalArgumentException("widths must have one entry per pathway ("
          + depths.size() + "), got " + (widths == null ? "none" : widths.size()));
    }
    for (int j = 0; j < depths.size(); j++) {
      if (depths.get(j) == null || depths.get(j) < 1) {
        throw new IllegalArgumentException(
            "depths[" + j + "] must be an integer >= 1, got " + depths.get(j));
      }
      if (widths.get(j) == null || widths.get(j) < 1) {
        throw new IllegalArgumentException(
            "widths[" + j + "] must be an integer >= 1, got " + widths.get(j));
      }
    }
    if (activation == null) {
      throw new IllegalArgumentException("activation is missing (LINEAR, TANH or RELU)");
    }
    if (init == null) {
      throw new IllegalArgumentException("init is missing");
    }
    if (init.kind() == InitKind.ALIGNED_BALANCED && init.k0().size() != depths.size()) {
      throw new IllegalArgumentException("init.k0 must have one value per pathway ("
          + depths.size() + "), got " + init.k0().size());
    }
    if (train == null) {
      throw new IllegalArgumentException(
          "train is missing (lr, steps, loss, recordEvery, snapshotSteps)");
    }
    depths = List.copyOf(depths);
    widths = List.copyOf(widths);
  }

  /** The spec with the training fields given one by one (validated by {@link TrainOptions}). */
  public NetworkRunSpec(String name, List<Integer> depths, List<Integer> widths,
      Activation activation, boolean readoutActivation, InitSpec init, double lr, int steps,
      LossConvention loss, long seed, int recordEvery, List<Integer> snapshotSteps) {
    this(name, depths, widths, activation, readoutActivation, init,
        new TrainOptions(lr, steps, loss, recordEvery, snapshotSteps), seed);
  }

  /**
   * The authors' setting for two linear pathways of equal depth and width: Gaussian init with
   * eps = (0.1/width)<sup>1/2</sup> (squared layer gain N eps<sup>2</sup> = 0.1, eps = 0.01 at N = 1000),
   * lr = 0.01, sum loss; snapshots at the first and last step.
   */
  public static NetworkRunSpec paperLinear(String name, int depth, int width, int steps, long seed,
      int recordEvery) {
    return new NetworkRunSpec(name, List.of(depth, depth), List.of(width, width),
        Activation.LINEAR, false, InitSpec.gaussian(Math.sqrt(0.1 / width)), 0.01, steps,
        LossConvention.SUM, seed, recordEvery, List.of(0, steps));
  }

  /** A copy with another name. */
  public NetworkRunSpec withName(String newName) {
    return new NetworkRunSpec(newName, depths, widths, activation, readoutActivation, init, train,
        seed);
  }

  /** A copy with another step count (snapshots beyond it dropped, the last step added). */
  public NetworkRunSpec withSteps(int newSteps) {
    List<Integer> snaps = new java.util.ArrayList<>();
    for (int s : train.snapshotSteps()) {
      if (s <= newSteps && !snaps.contains(s)) {
        snaps.add(s);
      }
    }
    if (!snaps.contains(newSteps)) {
      snaps.add(newSteps);
    }
    return new NetworkRunSpec(name, depths, widths, activation, readoutActivation, init,
        new TrainOptions(train.lr(), newSteps, train.loss(), train.recordEvery(), snaps), seed);
  }

  /**
   * A copy whose K matrices are kept at {@code frames} evenly spaced steps from 0 to steps (rounded
   * down, duplicates removed), e.g. for a video of K over training.
   *
   * @param frames number of frames, 2..steps + 1
   */
  public NetworkRunSpec withSnapshotFrames(int frames) {
    int steps = train.steps();
    if (frames < 2 || frames > steps + 1) {
      throw new IllegalArgumentException(
          "frames must be in 2.." + (steps + 1) + " for " + steps + " steps, got " + frames);
    }
    List<Integer> snaps = new java.util.ArrayList<>();
    for (int f = 0; f < frames; f++) {
      int s = (int) ((long) steps * f / (frames - 1));
      if (snaps.isEmpty() || snaps.get(snaps.size() - 1) != s) {
        snaps.add(s);
      }
    }
    return new NetworkRunSpec(name, depths, widths, activation, readoutActivation, init,
        new TrainOptions(train.lr(), steps, train.loss(), train.recordEvery(), snaps), seed);
  }

  /** A copy with another seed. */
  public NetworkRunSpec withSeed(long newSeed) {
    return new NetworkRunSpec(name, depths, widths, activation, readoutActivation, init, train,
        newSeed);
  }
}
