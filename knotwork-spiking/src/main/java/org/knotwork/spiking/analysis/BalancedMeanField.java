package org.knotwork.spiking.analysis;

import org.knotwork.spiking.network.SheetModel;

/**
 * The balanced-state report of a two-population layer (docs/spiking.md (P8)): with q = N_E/N,
 * w_rx = J_rx p_rx N_X/N and w_rr = (J_rr &#8728; p_rr) diag(q, 1 &minus; q), balance needs
 * w_rx,E/w_rx,I &gt; |w_EI/w_II| &gt; |w_EE/w_IE| and |w_II/w_EE| &gt; 1, and the large-N rates are
 * r = &minus;w_rr<sup>&minus;1</sup> w_rx r_X.
 *
 * @param wrxE w_rx for E
 * @param wrxI w_rx for I
 * @param wrr the recurrent matrix {{w_EE, w_EI}, {w_IE, w_II}}
 * @param inputRatio w_rx,E/w_rx,I
 * @param inhibitoryRatio |w_EI/w_II|
 * @param excitatoryRatio |w_EE/w_IE|
 * @param selfRatio |w_II/w_EE|
 * @param rateE large-N E rate (Hz)
 * @param rateI large-N I rate (Hz)
 */
public record BalancedMeanField(double wrxE, double wrxI, double[][] wrr, double inputRatio,
    double inhibitoryRatio, double excitatoryRatio, double selfRatio, double rateE,
    double rateI) {

  /** The report of a sheet model's recurrent layer. */
  public static BalancedMeanField of(SheetModel m) {
    double ne = (double) m.sideE() * m.sideE();
    double n = m.neurons();
    double q = ne / n;
    double nx = m.inputs() / n;
    double wrxE = m.weightIn().e() * m.pIn().e() * nx;
    double wrxI = m.weightIn().i() * m.pIn().i() * nx;
    double[][] w = {
        {m.weight().ee() * m.p().ee() * q, m.weight().ei() * m.p().ei() * (1 - q)},
        {m.weight().ie() * m.p().ie() * q, m.weight().ii() * m.p().ii() * (1 - q)}};
    double det = w[0][0] * w[1][1] - w[0][1] * w[1][0];
    double rx = m.inputRate();
    double re = -(w[1][1] * wrxE - w[0][1] * wrxI) / det * rx;
    double ri = -(-w[1][0] * wrxE + w[0][0] * wrxI) / det * rx;
    return new BalancedMeanField(wrxE, wrxI, w, wrxE / wrxI, Math.abs(w[0][1] / w[1][1]),
        Math.abs(w[0][0] / w[1][0]), Math.abs(w[1][1] / w[0][0]), re, ri);
  }

  /** Whether the balance conditions hold. */
  public boolean balanced() {
    return inputRatio > inhibitoryRatio && inhibitoryRatio > excitatoryRatio && selfRatio > 1;
  }
}
