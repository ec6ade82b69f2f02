package org.knotwork.net;

/**
 * Which coordinate system a parameter vector, gradient or Hessian is expressed in.
 *
 * <p>Flat parameter layouts (the CLI contract):
 * <ul>
 *   <li>{@link #NETWORK}: w<sub>1</sub>..w<sub>H</sub>, b<sub>1</sub>..b<sub>H</sub>,
 *       v<sub>1</sub>..v<sub>H</sub>, c &mdash; 3H+1 entries;</li>
 *   <li>{@link #SPLINE}: &beta;<sub>1</sub>..&beta;<sub>H</sub>, &mu;<sub>1</sub>..&mu;<sub>H</sub>, c
 *       &mdash; 2H+1 entries, orientations held fixed (S8).</li>
 * </ul>
 */
public enum Coordinates {
  /** Network coordinates (w, b, v, c), equation S1. */
  NETWORK("nn", 3),
  /** Spline coordinates (&beta;, &mu;, c) with orientations fixed, equations S2-S3. */
  SPLINE("spline", 2);

  private final String cliName;
  private final int blocksPerNeuron;

  Coordinates(String cliName, int blocksPerNeuron) {
    this.cliName = cliName;
    this.blocksPerNeuron = blocksPerNeuron;
  }

  /** The name used on the command line and in files: {@code nn} or {@code spline}. */
  public String cliName() {
    return cliName;
  }

  /** Number of per-neuron parameter blocks: 3 (w, b, v) or 2 (&beta;, &mu;). */
  public int blocksPerNeuron() {
    return blocksPerNeuron;
  }

  /** Length of the flat parameter vector for a width-{@code h} network: 3H+1 or 2H+1. */
  public int dimension(int h) {
    return blocksPerNeuron * h + 1;
  }

  /**
   * Parses {@code nn} or {@code spline}.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Coordinates parse(String name) {
    for (Coordinates c : values()) {
      if (c.cliName.equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException("coords must be 'nn' or 'spline', got '" + name + "'");
  }
}
