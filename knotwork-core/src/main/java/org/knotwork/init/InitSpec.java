package org.knotwork.init;

/**
 * Everything that determines an initial network: scheme, width, scale multipliers, the scheme's own
 * parameters, and the seed of the "init" random stream.
 *
 * <p>The draw is: first the scheme's base tensors (see {@link InitScheme}), then w &larr;
 * &alpha;<sub>w</sub>w, b &larr; &alpha;<sub>b</sub>b, v &larr; &alpha;<sub>v</sub>v ({@link Scales};
 * c is not scaled).
 *
 * @param scheme the scheme
 * @param width H &ge; 1
 * @param scales the multipliers (&alpha;<sub>w</sub>, &alpha;<sub>b</sub>, &alpha;<sub>v</sub>)
 * @param sigmas the standard deviations; required for {@link InitScheme#GAUSSIAN}, null otherwise
 * @param range the knot range [lo, hi] with lo &lt; hi; required for {@link InitScheme#SPREAD},
 *     null otherwise
 * @param seed seed of the "init" stream
 */
public record InitSpec(InitScheme scheme, int width, Scales scales, GaussianSigmas sigmas,
    Interval range, long seed) {

  /** Largest width accepted (three arrays of this length must fit in memory comfortably). */
  public static final int MAX_WIDTH = 1 << 26;

  /** Validates; messages name the field and what is expected. */
  public InitSpec {
    if (scheme == null) {
      throw new IllegalArgumentException(
          "scheme is required (one of " + String.join(", ", InitScheme.cliNames()) + ")");
    }
    if (width < 1 || width > MAX_WIDTH) {
      throw new IllegalArgumentException(
          "width must be in [1, " + MAX_WIDTH + "], got " + width);
    }
    if (scales == null) {
      throw new IllegalArgumentException("scales is required (use Scales.UNIT for none)");
    }
    if (scheme == InitScheme.GAUSSIAN && sigmas == null) {
      throw new IllegalArgumentException("sigmas are required for scheme gaussian");
    }
    if (scheme != InitScheme.GAUSSIAN && sigmas != null) {
      throw new IllegalArgumentException(
          "sigmas apply only to scheme gaussian, not to " + scheme.cliName());
    }
    if (scheme == InitScheme.SPREAD && range == null) {
      throw new IllegalArgumentException("range (the data range [lo, hi]) is required for scheme spread");
    }
    if (scheme == InitScheme.SPREAD && !(range.hi() > range.lo())) {
      throw new IllegalArgumentException(
          "range must have hi > lo for scheme spread, got [" + range.lo() + ", " + range.hi() + "]");
    }
    if (scheme != InitScheme.SPREAD && range != null) {
      throw new IllegalArgumentException(
          "range applies only to scheme spread, not to " + scheme.cliName());
    }
  }

  /** A scheme without parameters (not gaussian or spread), unit scales. */
  public static InitSpec of(InitScheme scheme, int width, long seed) {
    return new InitSpec(scheme, width, Scales.UNIT, null, null, seed);
  }

  /** The gaussian scheme with the given standard deviations, unit scales. */
  public static InitSpec gaussian(GaussianSigmas sigmas, int width, long seed) {
    return new InitSpec(InitScheme.GAUSSIAN, width, Scales.UNIT, sigmas, null, seed);
  }

  /** The spread scheme over the given knot range, unit scales. */
  public static InitSpec spread(Interval range, int width, long seed) {
    return new InitSpec(InitScheme.SPREAD, width, Scales.UNIT, null, range, seed);
  }

  /** This spec with other scale multipliers. */
  public InitSpec withScales(Scales newScales) {
    return new InitSpec(scheme, width, newScales, sigmas, range, seed);
  }

  /** This spec with another width. */
  public InitSpec withWidth(int newWidth) {
    return new InitSpec(scheme, newWidth, scales, sigmas, range, seed);
  }

  /** This spec with another seed. */
  public InitSpec withSeed(long newSeed) {
    return new InitSpec(scheme, width, scales, sigmas, range, newSeed);
  }
}
