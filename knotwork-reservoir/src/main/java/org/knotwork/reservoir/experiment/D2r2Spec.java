package org.knotwork.reservoir.experiment;

/**
 * A D2R2 model.
 *
 * @param name model name
 * @param degree polynomial degree p &ge; 1
 * @param ridge &beta; &ge; 0
 */
public record D2r2Spec(String name, int degree, double ridge) implements ModelSpec {

  /** Validates every field. */
  public D2r2Spec {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name is required");
    }
    if (degree < 1) {
      throw new IllegalArgumentException("degree must be at least 1, got " + degree);
    }
    if (!(ridge >= 0) || !Double.isFinite(ridge)) {
      throw new IllegalArgumentException("ridge must be finite and >= 0, got " + ridge);
    }
  }

  @Override
  public String kind() {
    return "d2r2";
  }

  @Override
  public String describe() {
    return "D2R2(p=" + degree + ", beta=" + ridge + ")";
  }
}
