package org.knotwork.isometry.geometry;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.knotwork.isometry.net.Network;

/** Jacobians of a network at one input, and singular values (EJML's SVD). */
public final class Jacobians {
  private Jacobians() {}

  /**
   * The input-output Jacobian &part;h<sup>g</sup>/&part;x<sup>0</sup> (C &times; N<sub>0</sub>,
   * rows by output), one reverse pass per output.
   */
  public static double[][] inputOutput(Network net, Network.Trace trace) {
    int c = net.outputs();
    double[][] j = new double[c][];
    for (int k = 0; k < c; k++) {
      double[] e = new double[c];
      e[k] = 1;
      j[k] = net.backward(trace, e, null, null);
    }
    return j;
  }

  /**
   * The hidden Jacobian J = &part;h<sup>L</sup>/&part;h<sup>1</sup> = W<sup>L</sup>D<sup>L&minus;1</sup>
   * &middot;&middot;&middot; W<sup>2</sup>D<sup>1</sup> (I8), N<sub>L</sub> &times; N<sub>1</sub>, multiplied
   * out layer by layer; the identity for L = 1.
   *
   * @throws IllegalArgumentException for a network without hidden layers
   */
  public static DMatrixRMaj hidden(Network net, Network.Trace trace) {
    int depth = net.depth();
    if (depth < 1) {
      throw new IllegalArgumentException("the hidden Jacobian needs at least one hidden layer");
    }
    DMatrixRMaj m = CommonOps_DDRM.identity(net.width(1));
    for (int k = 1; k < depth; k++) {
      double[] h = trace.preActivations()[k - 1];
      int cols = m.numCols;
      double[] d = m.data;
      for (int i = 0; i < h.length; i++) {
        double s = net.activation().derivative(h[i]);
        for (int j = 0; j < cols; j++) {
          d[i * cols + j] *= s;
        }
      }
      DMatrixRMaj w = DMatrixRMaj.wrap(net.width(k + 1), net.width(k), net.weights(k));
      DMatrixRMaj next = new DMatrixRMaj(w.numRows, cols);
      CommonOps_DDRM.mult(w, m, next);
      m = next;
    }
    return m;
  }

  /** Singular values of m, descending. */
  public static double[] singularValues(DMatrixRMaj m) {
    SingularValueDecomposition_F64<DMatrixRMaj> svd =
        DecompositionFactory_DDRM.svd(m.numRows, m.numCols, false, false, true);
    if (!svd.decompose(m.copy())) {
      throw new ArithmeticException("SVD did not converge");
    }
    double[] s = svd.getSingularValues().clone();
    int k = Math.min(m.numRows, m.numCols);
    double[] out = new double[k];
    System.arraycopy(s, 0, out, 0, k);
    java.util.Arrays.sort(out);
    for (int i = 0; i < k / 2; i++) {
      double t = out[i];
      out[i] = out[k - 1 - i];
      out[k - 1 - i] = t;
    }
    return out;
  }

  /** Singular values of a row-major array of rows, descending. */
  public static double[] singularValues(double[][] rows) {
    DMatrixRMaj m = new DMatrixRMaj(rows);
    return singularValues(m);
  }

  /**
   * The per-example parameter Jacobian J<sub>&theta;</sub> = &part;h<sup>g</sup>/&part;&theta; (C &times; P),
   * one reverse pass per output.
   */
  public static double[][] parameters(Network net, Network.Trace trace) {
    int c = net.outputs();
    double[][] j = new double[c][];
    for (int k = 0; k < c; k++) {
      double[] e = new double[c];
      e[k] = 1;
      j[k] = new double[net.parameterCount()];
      net.backward(trace, e, j[k], null);
    }
    return j;
  }
}
