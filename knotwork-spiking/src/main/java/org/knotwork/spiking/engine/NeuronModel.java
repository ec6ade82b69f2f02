package org.knotwork.spiking.engine;

/**
 * The parameters of one population's integrate-and-fire neurons (docs/spiking.md (P1)), in ms, mV,
 * &micro;F/cm&sup2;, mS/cm&sup2; and &micro;A/cm&sup2;, so that a current of 1 &micro;A/cm&sup2; moves
 * V at 1 mV/ms when C = 1. An exponential integrate-and-fire (EIF) neuron when {@code deltaT > 0}, a
 * leaky one (LIF, no spike-initiation term) when {@code deltaT == 0}.
 *
 * @param c membrane capacitance, &gt; 0
 * @param gL leak conductance, &gt; 0
 * @param eL leak reversal potential
 * @param vT soft threshold of the exponential term
 * @param deltaT slope factor of the exponential term, &ge; 0 (0: LIF)
 * @param vTh spike cut: V &ge; vTh is a spike
 * @param vRe reset potential, &lt; vTh
 * @param tauRef absolute refractory period, &ge; 0
 * @param vLb lower bound of V, &lt; vRe
 */
public record NeuronModel(double c, double gL, double eL, double vT, double deltaT, double vTh,
    double vRe, double tauRef, double vLb) {

  /** Excitatory EIF cells of Huang et al. (docs/spiking.md &sect;2, table of (P1)): &tau;_m = 15 ms. */
  public static final NeuronModel EIF_E =
      new NeuronModel(1, 1.0 / 15, -60, -50, 2, -10, -65, 1.5, -100);
  /** Inhibitory EIF cells of Huang et al.: &tau;_m = 10 ms, sharper spike initiation. */
  public static final NeuronModel EIF_I =
      new NeuronModel(1, 1.0 / 10, -60, -50, 0.5, -10, -65, 0.5, -100);

  /** Validates. */
  public NeuronModel {
    if (!(c > 0) || !(gL > 0) || !Double.isFinite(c) || !Double.isFinite(gL)) {
      throw new IllegalArgumentException("c and gL must be positive and finite, got " + c + ", "
          + gL);
    }
    if (!(deltaT >= 0) || !Double.isFinite(deltaT)) {
      throw new IllegalArgumentException("deltaT must be >= 0 and finite, got " + deltaT);
    }
    if (!(vLb < vRe && vRe < vTh) || !Double.isFinite(vLb) || !Double.isFinite(vTh)
        || !Double.isFinite(eL) || !Double.isFinite(vT)) {
      throw new IllegalArgumentException("potentials must be finite with vLb < vRe < vTh, got vLb="
          + vLb + ", vRe=" + vRe + ", vTh=" + vTh);
    }
    if (!(tauRef >= 0) || !Double.isFinite(tauRef)) {
      throw new IllegalArgumentException("tauRef must be >= 0 and finite, got " + tauRef);
    }
  }

  /** A leaky integrate-and-fire model with threshold {@code vTh} (no exponential term). */
  public static NeuronModel lif(double c, double gL, double eL, double vTh, double vRe,
      double tauRef, double vLb) {
    return new NeuronModel(c, gL, eL, vTh, 0, vTh, vRe, tauRef, vLb);
  }

  /** Membrane time constant C/g_L. */
  public double tauM() {
    return c / gL;
  }

  /** Whether the exponential spike-initiation term is present. */
  public boolean exponential() {
    return deltaT > 0;
  }

  /** Refractory length in steps, Math.round(tauRef/dt) (docs/spiking.md (P3)). */
  public int refractorySteps(double dt) {
    return (int) Math.round(tauRef / dt);
  }

  /** Largest exponent of the spike-initiation term evaluated in normal flow, (vTh &minus; vT)/&Delta;_T. */
  public double exponentCap() {
    return exponential() ? (vTh - vT) / deltaT : 0;
  }

  /**
   * Rheobase current g_L(V_T &minus; E_L &minus; &Delta;_T) of the EIF (docs/spiking.md (P2)): the
   * smallest constant current that makes the neuron fire; g_L(V_Th &minus; E_L) for the LIF.
   */
  public double rheobase() {
    return exponential() ? gL * (vT - eL - deltaT) : gL * (vTh - eL);
  }

  /**
   * The right-hand side C dV/dt of (P1) at potential v with leak reversal {@code eLeff} and input
   * current {@code current}, with the exponent capped at {@link #exponentCap()}.
   */
  public double drift(double v, double eLeff, double current, boolean strict) {
    double r = current - gL * (v - eLeff);
    if (exponential()) {
      double x = Math.min((v - vT) / deltaT, exponentCap());
      r += gL * deltaT * (strict ? StrictMath.exp(x) : Math.exp(x));
    }
    return r;
  }
}
