package org.knotwork.isometry.study;

import java.util.List;

/**
 * The spec of one {@code isometry} run: networks of one architecture and weight law on the critical
 * line (docs/isometry.md (I5)) at each fixed point of {@code qStars}, {@code replicas} draws each, their
 * geometry measured on {@code probes} random inputs rescaled to q<sup>1</sup> = q* (I6) with uniform
 * random labels.
 *
 * @param seed master seed
 * @param activation tanh, relu or linear
 * @param init orthogonal or gaussian
 * @param depth hidden layers L, &ge; 1
 * @param width hidden width N (and input dimension), &ge; 1
 * @param classes outputs C, &ge; 2
 * @param qStars fixed points q* &gt; 0, at least one
 * @param replicas networks per q*, &ge; 1
 * @param probes probe inputs n, &ge; 1
 * @param loss cross-entropy (softmax) or squared (one-hot targets)
 * @param spectra also compute the full true-Fisher and tangent-kernel spectra (nC &times; nC eigen)
 * @param quadratureNodes Gauss-Hermite nodes of the mean-field maps, &ge; 2
 */
public record IsometrySpec(long seed, String activation, String init, int depth, int width, int classes,
    List<Double> qStars, int replicas, int probes, String loss, boolean spectra, int quadratureNodes) {

  /** The activations. */
  public static final List<String> ACTIVATIONS = List.of("tanh", "relu", "linear");
  /** The weight laws. */
  public static final List<String> INITS = List.of("orthogonal", "gaussian");
  /** The losses. */
  public static final List<String> LOSSES = List.of("cross-entropy", "squared");

  /** Experiment 1A's orthogonal setting of the notes' second table (docs/isometry.md &sect;3). */
  public static final IsometrySpec DEFAULTS = new IsometrySpec(0, "tanh", "orthogonal", 16, 64, 10,
      List.of(1e-3, 1.0 / 64, 0.1, 0.5, 2.0, 8.0), 4, 64, "cross-entropy", true, 1001);

  /** Validates; messages start with the field's name. */
  public IsometrySpec {
    if (!ACTIVATIONS.contains(activation)) {
      throw new IllegalArgumentException("activation must be one of " + ACTIVATIONS + ", got " + activation);
    }
    if (!INITS.contains(init)) {
      throw new IllegalArgumentException("init must be one of " + INITS + ", got " + init);
    }
    if (depth < 1 || depth > 1000) {
      throw new IllegalArgumentException("depth must be within [1, 1000], got " + depth);
    }
    if (width < 1 || width > 4096) {
      throw new IllegalArgumentException("width must be within [1, 4096], got " + width);
    }
    if (classes < 2 || classes > 1000) {
      throw new IllegalArgumentException("classes must be within [2, 1000], got " + classes);
    }
    if (qStars == null || qStars.isEmpty()) {
      throw new IllegalArgumentException("qStars must hold at least one fixed point");
    }
    for (Double q : qStars) {
      if (q == null || !(q > 0) || !Double.isFinite(q)) {
        throw new IllegalArgumentException("qStars must be positive finite numbers, got " + q);
      }
    }
    qStars = List.copyOf(qStars);
    if (replicas < 1 || replicas > 10_000) {
      throw new IllegalArgumentException("replicas must be within [1, 10000], got " + replicas);
    }
    if (probes < 1 || probes > 100_000) {
      throw new IllegalArgumentException("probes must be within [1, 100000], got " + probes);
    }
    if (!LOSSES.contains(loss)) {
      throw new IllegalArgumentException("loss must be one of " + LOSSES + ", got " + loss);
    }
    if (quadratureNodes < 2 || quadratureNodes > 5000) {
      throw new IllegalArgumentException("quadratureNodes must be within [2, 5000], got " + quadratureNodes);
    }
  }

  /** Number of networks: qStars &times; replicas. */
  public int networks() {
    return qStars.size() * replicas;
  }
}
