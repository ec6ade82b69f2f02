package org.knotwork.pathways.experiment;

import java.util.List;

/**
 * Initialisation of a run. Fields not used by the kind must be left at 0 / empty.
 *
 * @param kind the scheme
 * @param eps weight standard deviation for {@link InitKind#GAUSSIAN}, finite and &ge; 0
 * @param k0 per-pathway initial mode strength for {@link InitKind#ALIGNED_BALANCED}, finite
 * @param spread standard deviation of p for {@link InitKind#ALIGNED_IMBALANCED}, finite and &ge; 0
 * @param imbalance c = q<sup>2</sup> &minus; p<sup>2</sup> for {@link InitKind#ALIGNED_IMBALANCED},
 *     finite and &ge; 0
 */
public record InitSpec(InitKind kind, double eps, List<Double> k0, double spread,
    double imbalance) {
  /** Validates the fields. */
  public InitSpec {
    if (kind == null) {
      throw new IllegalArgumentException(
          "kind is missing (GAUSSIAN, ALIGNED_BALANCED or ALIGNED_IMBALANCED)");
    }
    if (k0 == null) {
      k0 = List.of();
    }
    if (!(eps >= 0) || !Double.isFinite(eps)) {
      throw new IllegalArgumentException("eps must be finite and >= 0, got " + eps);
    }
    if (!(spread >= 0) || !Double.isFinite(spread)) {
      throw new IllegalArgumentException("spread must be finite and >= 0, got " + spread);
    }
    if (!(imbalance >= 0) || !Double.isFinite(imbalance)) {
      throw new IllegalArgumentException(
          "imbalance must be finite and >= 0, got " + imbalance);
    }
    for (int j = 0; j < k0.size(); j++) {
      if (k0.get(j) == null || !Double.isFinite(k0.get(j))) {
        throw new IllegalArgumentException("k0[" + j + "] must be finite, got " + k0.get(j));
      }
    }
    switch (kind) {
      case GAUSSIAN:
        if (!k0.isEmpty() || spread != 0 || imbalance != 0) {
          throw new IllegalArgumentException(
              "kind GAUSSIAN uses only eps; k0, spread and imbalance must be unset");
        }
        break;
      case ALIGNED_BALANCED:
        if (k0.isEmpty() || eps != 0 || spread != 0 || imbalance != 0) {
          throw new IllegalArgumentException(
              "kind ALIGNED_BALANCED needs k0 (one value per pathway) and nothing else");
        }
        break;
      default:
        if (!k0.isEmpty() || eps != 0) {
          throw new IllegalArgumentException(
              "kind ALIGNED_IMBALANCED uses only spread and imbalance");
        }
        break;
    }
    k0 = List.copyOf(k0);
  }

  /** Gaussian weights with standard deviation eps. */
  public static InitSpec gaussian(double eps) {
    return new InitSpec(InitKind.GAUSSIAN, eps, List.of(), 0, 0);
  }

  /** Aligned balanced pathways, pathway j starting at strength k0[j] in every mode. */
  public static InitSpec balanced(List<Double> k0) {
    return new InitSpec(InitKind.ALIGNED_BALANCED, 0, k0, 0, 0);
  }

  /** Aligned chains with p ~ N(0, spread<sup>2</sup>) and the given imbalance c. */
  public static InitSpec imbalanced(double spread, double imbalance) {
    return new InitSpec(InitKind.ALIGNED_IMBALANCED, 0, List.of(), spread, imbalance);
  }
}
