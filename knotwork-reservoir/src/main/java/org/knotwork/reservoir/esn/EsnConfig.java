package org.knotwork.reservoir.esn;

/**
 * Hyper-parameters of an echo state network (notes &sect;3.1, &sect;3.5).
 *
 * @param reservoirSize requested number of nodes N (&ge; the number of inputs)
 * @param degree expected non-zeros per row d of A (density d/N), in (0, N]
 * @param spectralRadius target spectral radius &rho; of A, &gt; 0
 * @param inputScale &sigma;: input weights uniform on (&minus;&sigma;, &sigma;), &gt; 0
 * @param ridge readout ridge &beta; &ge; 0
 * @param transform readout transform
 * @param roundToInputMultiple round N down to a multiple of the number of inputs (Chattopadhyay)
 */
public record EsnConfig(int reservoirSize, double degree, double spectralRadius, double inputScale,
    double ridge, ReadoutTransform transform, boolean roundToInputMultiple) {

  /** Validates every field. */
  public EsnConfig {
    if (reservoirSize < 1) {
      throw new IllegalArgumentException("reservoirSize must be at least 1, got " + reservoirSize);
    }
    if (!(degree > 0) || degree > reservoirSize) {
      throw new IllegalArgumentException("degree must be in (0, reservoirSize=" + reservoirSize
          + "], got " + degree);
    }
    if (!(spectralRadius > 0) || !Double.isFinite(spectralRadius)) {
      throw new IllegalArgumentException("spectralRadius must be finite and > 0, got "
          + spectralRadius);
    }
    if (!(inputScale > 0) || !Double.isFinite(inputScale)) {
      throw new IllegalArgumentException("inputScale must be finite and > 0, got " + inputScale);
    }
    if (!(ridge >= 0) || !Double.isFinite(ridge)) {
      throw new IllegalArgumentException("ridge must be finite and >= 0, got " + ridge);
    }
    if (transform == null) {
      throw new IllegalArgumentException("transform is required (NONE, T1, T1_EVEN or T2)");
    }
  }

  /**
   * LSR ESN of the Pyle L63 scripts: N = 100, d = 3, &rho; = 0.1, &sigma; = 0.25 (0.5 applied twice),
   * &beta; = 1e-4, T1 on even nodes.
   */
  public static EsnConfig lsrLorenz63() {
    return new EsnConfig(100, 3, 0.1, 0.25, 1e-4, ReadoutTransform.T1_EVEN, false);
  }

  /** HSR ESN on L63 (Pathak 2017 values): N = 100, d = 6, &rho; = 1.2, &sigma; = 0.1, &beta; = 1e-4. */
  public static EsnConfig hsrLorenz63() {
    return new EsnConfig(100, 6, 1.2, 0.1, 1e-4, ReadoutTransform.T1_EVEN, false);
  }

  /**
   * LSR ESN on L96 (Chattopadhyay / Pyle): d = 3, &rho; = 0.1, &sigma; = 0.5, &beta; = 1e-4, T2, N
   * rounded down to a multiple of the number of inputs.
   */
  public static EsnConfig lsrLorenz96(int reservoirSize) {
    return new EsnConfig(reservoirSize, 3, 0.1, 0.5, 1e-4, ReadoutTransform.T2, true);
  }

  /** HSR ESN on L96 ("pathak" settings of the Pyle code): d = 6, &rho; = 1.2, &sigma; = 0.1, T2. */
  public static EsnConfig hsrLorenz96(int reservoirSize) {
    return new EsnConfig(reservoirSize, 6, 1.2, 0.1, 1e-4, ReadoutTransform.T2, true);
  }

  /** The same configuration with another reservoir size. */
  public EsnConfig withReservoirSize(int n) {
    return new EsnConfig(n, Math.min(degree, n), spectralRadius, inputScale, ridge, transform,
        roundToInputMultiple);
  }

  /** The reservoir size actually built for {@code inputs} inputs. */
  public int effectiveSize(int inputs) {
    return roundToInputMultiple ? (reservoirSize / inputs) * inputs : reservoirSize;
  }
}
