package org.knotwork.experiment;

import java.util.Locale;

/**
 * The learning rate &eta; of a descent method, either absolute or relative to the curvature at
 * initialisation.
 *
 * @param value the number, finite and &gt; 0
 * @param unit how to read it
 */
public record StepSize(double value, Unit unit) {

  /** How a step size is read. */
  public enum Unit {
    /** &eta; = value. */
    ABSOLUTE("absolute"),
    /**
     * &eta; = value / &lambda;<sub>max</sub>(w&middot;J J<sup>T</sup>) at initialisation: the largest
     * eigenvalue of the empirical tangent kernel on the data, times the loss weight w (1/N for the
     * mean loss), which is the largest eigenvalue of the Gauss&ndash;Newton part of the Hessian (S17,
     * S19). Values below 2 keep gradient descent on the linearised model stable (notes &sect;6 use 0.5).
     */
    INVERSE_NTK("inverse-ntk");

    private final String label;

    Unit(String label) {
      this.label = label;
    }

    /** The name used in spec files. */
    public String label() {
      return label;
    }

    /** Parses {@link #label()}. */
    public static Unit parse(String s) {
      for (Unit u : values()) {
        if (u.label.equals(s == null ? null : s.toLowerCase(Locale.ROOT))) {
          return u;
        }
      }
      throw new IllegalArgumentException(
          "learningRateUnit must be 'absolute' or 'inverse-ntk', got '" + s + "'");
    }
  }

  /** Validates the value and the unit. */
  public StepSize {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException("learningRate must be positive and finite, got " + value);
    }
    if (unit == null) {
      throw new IllegalArgumentException("learningRateUnit is required");
    }
  }

  /** An absolute learning rate. */
  public static StepSize absolute(double eta) {
    return new StepSize(eta, Unit.ABSOLUTE);
  }

  /** A learning rate relative to the tangent kernel at initialisation. */
  public static StepSize inverseNtk(double factor) {
    return new StepSize(factor, Unit.INVERSE_NTK);
  }

  /** The learning rate, given &lambda;<sub>max</sub>(w&middot;J J<sup>T</sup>) at initialisation. */
  public double resolve(double ntkMax) {
    return unit == Unit.ABSOLUTE ? value : value / ntkMax;
  }
}
