package org.knotwork.experiment;

import org.knotwork.init.GaussianSigmas;
import org.knotwork.init.InitScheme;
import org.knotwork.init.InitSpec;
import org.knotwork.init.Initializer;
import org.knotwork.init.Interval;
import org.knotwork.init.Scales;
import org.knotwork.net.NetworkParams;

/**
 * How the initial network is drawn, apart from the width and seed that the {@link ExperimentSpec}
 * holds: the scheme, its parameters, the scale multipliers (&alpha;<sub>w</sub>, &alpha;<sub>b</sub>,
 * &alpha;<sub>v</sub>) of {@link Scales}, and optional antisymmetric pairing.
 *
 * <p><b>Antisymmetric pairing</b> (the set-up of the notes' reference runs, &sect;6): the scheme is
 * drawn at the full width H, then neuron H/2 + i is overwritten by neuron i with v negated, for
 * i &lt; H/2. Each neuron keeps the scheme's law at width H, the pairs cancel exactly, and
 * f<sub>0</sub> &equiv; c (&equiv; 0 for {@link InitScheme#SPREAD}). H must be even.
 *
 * @param scheme the scheme
 * @param scales the multipliers
 * @param sigmas standard deviations, required for {@link InitScheme#GAUSSIAN} and null otherwise
 * @param range knot range, required for {@link InitScheme#SPREAD} and null otherwise
 * <p><b>A network file</b> ({@link #file(String)}, spec {@code {scheme: file, path: net.json}}): the
 * initial network is read from a JSON network file by the I/O module (the core does no file I/O),
 * whose width must be the spec's; the run directory records it as {@code init.json}. Then {@code
 * scheme}, {@code sigmas} and {@code range} are null, the scales unit and no pairing.
 *
 * @param scheme the scheme (null for a network file)
 * @param scales the multipliers
 * @param sigmas standard deviations, required for {@link InitScheme#GAUSSIAN} and null otherwise
 * @param range knot range, required for {@link InitScheme#SPREAD} and null otherwise
 * @param antisymmetric whether to pair neurons with opposite output weights
 * @param file the path of a network file as written in the spec, or null for a drawn network
 */
public record InitConfig(InitScheme scheme, Scales scales, GaussianSigmas sigmas, Interval range,
    boolean antisymmetric, String file) {

  /** Validates presence; the scheme/parameter combination is checked by {@link InitSpec}. */
  public InitConfig {
    if (file != null) {
      if (file.isBlank()) {
        throw new IllegalArgumentException("path of the network file must be non-blank");
      }
      if (scheme != null || sigmas != null || range != null || antisymmetric
          || !Scales.UNIT.equals(scales)) {
        throw new IllegalArgumentException("a network file takes no scheme parameters");
      }
    } else {
      checkDrawn(scheme, scales, sigmas, range);
    }
  }

  private static void checkDrawn(InitScheme scheme, Scales scales, GaussianSigmas sigmas,
      Interval range) {
    if (scheme == null) {
      throw new IllegalArgumentException(
          "scheme is required (one of " + String.join(", ", InitScheme.cliNames()) + ")");
    }
    if (scales == null) {
      throw new IllegalArgumentException("scales are required (use Scales.UNIT for none)");
    }
    new InitSpec(scheme, 1, scales, sigmas, range, 0L);
  }

  /** A drawn network: scheme, scales, parameters and pairing. */
  public InitConfig(InitScheme scheme, Scales scales, GaussianSigmas sigmas, Interval range,
      boolean antisymmetric) {
    this(scheme, scales, sigmas, range, antisymmetric, null);
  }

  /** The initial network read from a network file (path as written in the spec). */
  public static InitConfig file(String path) {
    return new InitConfig(null, Scales.UNIT, null, null, false, path);
  }

  /** Whether the initial network is read from a file rather than drawn. */
  public boolean isFile() {
    return file != null;
  }

  /** A scheme without parameters, unit scales, no pairing. */
  public static InitConfig of(InitScheme scheme) {
    return new InitConfig(scheme, Scales.UNIT, null, null, false);
  }

  /**
   * The notes' regime set-up (&sect;6): knots U(lo, hi), |w| = &alpha;<sub>w</sub>, v =
   * &alpha;<sub>v</sub>&middot;N(0, 1/H), antisymmetric pairs, so f<sub>0</sub> &equiv; 0. The biases are
   * scaled with the weights (&alpha;<sub>b</sub> = &alpha;<sub>w</sub>), which keeps the knots in the range.
   */
  public static InitConfig regime(Interval range, double alphaW, double alphaV) {
    return new InitConfig(InitScheme.SPREAD, new Scales(alphaW, alphaW, alphaV), null, range, true);
  }

  /** This configuration with other scales. */
  public InitConfig withScales(Scales newScales) {
    return new InitConfig(scheme, newScales, sigmas, range, antisymmetric);
  }

  /** This configuration with or without antisymmetric pairing. */
  public InitConfig withAntisymmetric(boolean pairs) {
    return new InitConfig(scheme, scales, sigmas, range, pairs);
  }

  /** The initialisation lab's spec for a width and seed. */
  public InitSpec toInitSpec(int width, long seed) {
    requireDrawn();
    return new InitSpec(scheme, width, scales, sigmas, range, seed);
  }

  /** Draws the initial network (the "init" stream of {@code seed}; pairing as described above,
   * {@link Initializer#antisymmetric}). */
  public NetworkParams draw(int width, long seed) {
    requireDrawn();
    NetworkParams p = Initializer.initialize(toInitSpec(width, seed));
    return antisymmetric ? Initializer.antisymmetric(p) : p;
  }

  private void requireDrawn() {
    if (file != null) {
      throw new IllegalArgumentException("network file '" + file + "' must be read by the I/O "
          + "module (org.knotwork.io.NetJson)");
    }
  }
}
