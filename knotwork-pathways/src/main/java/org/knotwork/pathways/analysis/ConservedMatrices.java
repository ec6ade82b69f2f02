package org.knotwork.pathways.analysis;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.knotwork.pathways.model.Architecture;
import org.knotwork.pathways.model.Network;

/**
 * The layer imbalances C<sub>l</sub> = W<sub>l+1</sub><sup>T</sup>W<sub>l+1</sub> &minus;
 * W<sub>l</sub>W<sub>l</sub><sup>T</sup> of each linear pathway (notes &sect;2.1), exactly conserved by
 * gradient flow and drifting by O(lr) per unit time under gradient descent (check 3).
 */
public final class ConservedMatrices {
  private ConservedMatrices() {}

  /**
   * C<sub>l</sub> between layer l and l+1 (0-based) of pathway j: a square matrix of the size of the
   * hidden layer between them, row-major.
   */
  public static double[] imbalance(Network net, int j, int l) {
    Architecture a = net.architecture();
    if (l < 0 || l + 1 >= a.depth(j)) {
      throw new IllegalArgumentException(
          "l must be in 0.." + (a.depth(j) - 2) + " for pathway " + j + ", got " + l);
    }
    DMatrixRMaj lower = matrix(net, j, l);
    DMatrixRMaj upper = matrix(net, j, l + 1);
    DMatrixRMaj c = new DMatrixRMaj(lower.numRows, lower.numRows);
    CommonOps_DDRM.multTransA(upper, upper, c);
    DMatrixRMaj ww = new DMatrixRMaj(lower.numRows, lower.numRows);
    CommonOps_DDRM.multTransB(lower, lower, ww);
    CommonOps_DDRM.subtractEquals(c, ww);
    return c.getData();
  }

  /**
   * The largest relative drift max<sub>j,l</sub> &Vert;C<sub>l</sub>(after) &minus;
   * C<sub>l</sub>(before)&Vert;<sub>F</sub> / &Vert;W<sub>l+1</sub>(after)&Vert;<sub>F</sub><sup>2</sup>
   * over all pathways and adjacent layer pairs (0 if no pathway has two layers). The normaliser is
   * the layer's squared Frobenius norm at the time the drift is measured (notes &sect;5 check 3 say
   * "relative to &Vert;W<sub>l+1</sub>&Vert;<sup>2</sup>" without fixing the time; the readout layer,
   * whose norm grows during training, dominates the maximum).
   */
  public static double relativeDrift(Network before, Network after) {
    Architecture a = before.architecture();
    if (!a.equals(after.architecture())) {
      throw new IllegalArgumentException("before and after must have the same architecture");
    }
    double worst = 0;
    for (int j = 0; j < a.pathwayCount(); j++) {
      for (int l = 0; l + 1 < a.depth(j); l++) {
        double[] c0 = imbalance(before, j, l);
        double[] c1 = imbalance(after, j, l);
        double ss = 0;
        for (int i = 0; i < c0.length; i++) {
          double d = c1[i] - c0[i];
          ss += d * d;
        }
        double norm = NormOps_DDRM.normF(matrix(after, j, l + 1));
        worst = Math.max(worst, Math.sqrt(ss) / (norm * norm));
      }
    }
    return worst;
  }

  private static DMatrixRMaj matrix(Network net, int j, int l) {
    Architecture a = net.architecture();
    return DMatrixRMaj.wrap(a.layerRows(j, l), a.layerCols(j, l), net.weights(j, l));
  }
}
