package org.knotwork.data;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/** Named target functions for generated data sets. */
public enum Target {
  /** sin(&pi;x). */
  SIN(x -> Math.sin(Math.PI * x)),
  /** sin(3x), the target of the notes' critical-point experiment E6. */
  SIN3(x -> Math.sin(3 * x)),
  /** x<sup>3</sup> &minus; x/2. */
  CUBIC(x -> x * x * x - 0.5 * x),
  /** |x|, a single knot at 0. */
  ABS(Math::abs),
  /** sign(sin(&pi;x)), a square wave (Williams et al. 2019). */
  SQUARE(x -> Math.signum(Math.sin(Math.PI * x))),
  /** exp(&minus;8x<sup>2</sup>), a smooth bump. */
  BUMP(x -> Math.exp(-8 * x * x)),
  /** The zero function (pure-noise data). */
  ZERO(x -> 0.0);

  private final DoubleUnaryOperator f;

  Target(DoubleUnaryOperator f) {
    this.f = f;
  }

  /** The target's value at x. */
  public double value(double x) {
    return f.applyAsDouble(x);
  }

  /** The lower-case name used in files and on the command line. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a target's command-line name.
   *
   * @throws IllegalArgumentException listing the accepted names
   */
  public static Target parse(String name) {
    for (Target t : values()) {
      if (t.cliName().equals(name)) {
        return t;
      }
    }
    StringBuilder known = new StringBuilder();
    for (Target t : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(t.cliName());
    }
    throw new IllegalArgumentException("target must be one of " + known + ", got '" + name + "'");
  }
}
