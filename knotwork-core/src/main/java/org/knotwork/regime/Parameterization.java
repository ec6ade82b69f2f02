package org.knotwork.regime;

/** How the network's output scales with width (Jacot et al. 2018; neural-tangents' naming). */
public enum Parameterization {
  /**
   * f(x) = c + &Sigma;<sub>i</sub> v<sub>i</sub> relu(w<sub>i</sub>x + b<sub>i</sub>) with
   * w ~ N(0, &sigma;<sub>w</sub><sup>2</sup>), b ~ N(0, &sigma;<sub>b</sub><sup>2</sup>),
   * v ~ N(0, &sigma;<sub>v</sub><sup>2</sup>/H), c ~ N(0, &sigma;<sub>c</sub><sup>2</sup>): the
   * parameters are the network coordinates Knotwork trains.
   */
  STANDARD("standard"),
  /**
   * f(x) = &sigma;<sub>c</sub>c + (&sigma;<sub>v</sub>/&radic;H) &Sigma;<sub>i</sub> v<sub>i</sub>
   * relu(&sigma;<sub>w</sub>w<sub>i</sub>x + &sigma;<sub>b</sub>b<sub>i</sub>) with every trained
   * parameter ~ N(0, 1).
   */
  NTK("ntk");

  private final String label;

  Parameterization(String label) {
    this.label = label;
  }

  /** The name used in files and on the command line. */
  public String label() {
    return label;
  }

  /** Parses {@code standard} or {@code ntk}. */
  public static Parameterization parse(String s) {
    for (Parameterization p : values()) {
      if (p.label.equals(s)) {
        return p;
      }
    }
    throw new IllegalArgumentException("parameterization must be 'standard' or 'ntk', got '"
        + s + "'");
  }
}
