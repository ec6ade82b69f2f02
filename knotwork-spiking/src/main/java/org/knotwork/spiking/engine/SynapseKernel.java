package org.knotwork.spiking.engine;

/**
 * A difference-of-exponentials synaptic kernel (docs/spiking.md (P4)): the current I solving
 * I'' + (1/&tau;_r + 1/&tau;_d) I' + I/(&tau;_r &tau;_d) = (J/(&tau;_r &tau;_d)) &Sigma; &delta;(t &minus;
 * t_spk), whose response to one spike is J (e<sup>&minus;t/&tau;_d</sup> &minus;
 * e<sup>&minus;t/&tau;_r</sup>)/(&tau;_d &minus; &tau;_r), of area J. Times in ms.
 *
 * @param tauRise rise time &tau;_r, &gt; 0
 * @param tauDecay decay time &tau;_d, &gt; 0 (equal to &tau;_r gives the alpha kernel)
 */
public record SynapseKernel(double tauRise, double tauDecay) {

  /** Validates. */
  public SynapseKernel {
    if (!(tauRise > 0) || !(tauDecay > 0) || !Double.isFinite(tauRise)
        || !Double.isFinite(tauDecay)) {
      throw new IllegalArgumentException("tauRise and tauDecay must be positive and finite, got "
          + tauRise + ", " + tauDecay);
    }
  }

  /** The jump of I' per unit weight at a spike, 1/(&tau;_r &tau;_d). */
  public double kick() {
    return 1 / (tauRise * tauDecay);
  }

  /** The damping coefficient 1/&tau;_r + 1/&tau;_d of (P4). */
  public double damping() {
    return 1 / tauRise + 1 / tauDecay;
  }

  /** The continuous kernel of unit weight at time t &ge; 0 after the spike (P5). */
  public double value(double t) {
    if (t < 0) {
      return 0;
    }
    if (tauRise == tauDecay) {
      return t / (tauRise * tauRise) * Math.exp(-t / tauRise);
    }
    return (Math.exp(-t / tauDecay) - Math.exp(-t / tauRise)) / (tauDecay - tauRise);
  }

  /** Time of the kernel's peak, &tau;_r &tau;_d ln(&tau;_d/&tau;_r)/(&tau;_d &minus; &tau;_r) (P5). */
  public double peakTime() {
    if (tauRise == tauDecay) {
      return tauRise;
    }
    return tauRise * tauDecay * Math.log(tauDecay / tauRise) / (tauDecay - tauRise);
  }
}
