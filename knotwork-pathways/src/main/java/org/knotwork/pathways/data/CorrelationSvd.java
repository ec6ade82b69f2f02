package org.knotwork.pathways.data;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Full singular value decomposition &Sigma;<sub>yx</sub> = U S V<sup>T</sup> of an input-output
 * correlation (notes &sect;2.1), with U square (n<sub>out</sub> &times; n<sub>out</sub>), V square
 * (n<sub>in</sub> &times; n<sub>in</sub>), singular values descending, and the
 * {@link ModeBlock blocks} of equal non-zero singular values.
 *
 * <p>Conventions: the correlation is summed over items (not divided by P), so for the hierarchical
 * data the singular values are &radic;15, &radic;7, ... (notes &sect;3.1); the sign of each pair
 * (u<sub>&alpha;</sub>, v<sub>&alpha;</sub>) is fixed so that the entries of v<sub>&alpha;</sub> sum
 * to a positive number (or, if they sum to zero, so that its first non-zero entry is positive).
 * Flipping both vectors leaves K<sub>&alpha;&alpha;</sub> unchanged. Inside a block of size &gt; 1
 * the basis is whatever the decomposition returned; use basis-invariant quantities there
 * ({@link org.knotwork.pathways.analysis.PathwayShares}).
 *
 * <p>Decomposition by EJML (Golub-Kahan bidiagonalisation with implicit QR).
 */
public final class CorrelationSvd {
  /** Default relative tolerance for equal and for zero singular values. */
  public static final double DEFAULT_TOLERANCE = 1e-9;

  private final int outputs;
  private final int inputs;
  private final double[] u; // outputs x outputs, row-major, column a = mode a
  private final double[] v; // inputs x inputs, row-major, column a = mode a
  private final double[] s; // min(outputs, inputs), descending
  private final int rank;
  private final List<ModeBlock> blocks;
  private final double tolerance;

  private CorrelationSvd(int outputs, int inputs, double[] u, double[] v, double[] s,
      double tolerance) {
    this.outputs = outputs;
    this.inputs = inputs;
    this.u = u;
    this.v = v;
    this.s = s;
    this.tolerance = tolerance;
    double smax = s.length == 0 ? 0 : s[0];
    int r = 0;
    while (r < s.length && s[r] > tolerance * smax) {
      r++;
    }
    this.rank = r;
    List<ModeBlock> b = new ArrayList<>();
    int start = 0;
    while (start < r) {
      int end = start + 1;
      while (end < r && s[end - 1] - s[end] <= tolerance * smax) {
        end++;
      }
      double sum = 0;
      for (int a = start; a < end; a++) {
        sum += s[a];
      }
      b.add(new ModeBlock(start, end, sum / (end - start)));
      start = end;
    }
    this.blocks = List.copyOf(b);
  }

  /** The SVD of the data's &Sigma;<sub>yx</sub> = Y<sup>T</sup>X at the default tolerance. */
  public static CorrelationSvd of(IoData data) {
    return of(data.inputOutputCorrelation(), DEFAULT_TOLERANCE);
  }

  /**
   * The SVD of a given correlation matrix.
   *
   * @param sigmaYx n<sub>out</sub> &times; n<sub>in</sub>, finite
   * @param tolerance relative tolerance: singular values within tolerance &middot; s<sub>max</sub> of
   *     their neighbour form one block, values below tolerance &middot; s<sub>max</sub> count as zero;
   *     in (0, 0.1]
   */
  public static CorrelationSvd of(double[][] sigmaYx, double tolerance) {
    if (!(tolerance > 0 && tolerance <= 0.1)) {
      throw new IllegalArgumentException("tolerance must be in (0, 0.1], got " + tolerance);
    }
    if (sigmaYx == null || sigmaYx.length == 0 || sigmaYx[0].length == 0) {
      throw new IllegalArgumentException("sigmaYx must be a non-empty matrix");
    }
    int m = sigmaYx.length;
    int n = sigmaYx[0].length;
    DMatrixRMaj a = new DMatrixRMaj(m, n);
    for (int i = 0; i < m; i++) {
      if (sigmaYx[i].length != n) {
        throw new IllegalArgumentException(
            "sigmaYx row " + i + " must have " + n + " entries, got " + sigmaYx[i].length);
      }
      for (int j = 0; j < n; j++) {
        if (!Double.isFinite(sigmaYx[i][j])) {
          throw new IllegalArgumentException(
              "sigmaYx[" + i + "][" + j + "] must be finite, got " + sigmaYx[i][j]);
        }
        a.unsafe_set(i, j, sigmaYx[i][j]);
      }
    }
    SingularValueDecomposition_F64<DMatrixRMaj> svd =
        DecompositionFactory_DDRM.svd(m, n, true, true, false);
    if (!svd.decompose(a)) {
      throw new ArithmeticException("SVD of sigmaYx did not converge");
    }
    DMatrixRMaj um = svd.getU(null, false);
    DMatrixRMaj wm = svd.getW(null);
    DMatrixRMaj vm = svd.getV(null, false);
    SingularOps_DDRM.descendingOrder(um, false, wm, vm, false);
    int k = Math.min(m, n);
    double[] s = new double[k];
    for (int i = 0; i < k; i++) {
      s[i] = wm.get(i, i);
    }
    double[] u = um.getData().clone();
    double[] v = vm.getData().clone();
    for (int c = 0; c < k; c++) {
      if (negativeOrientation(v, n, c)) {
        for (int i = 0; i < m; i++) {
          u[i * m + c] = -u[i * m + c];
        }
        for (int i = 0; i < n; i++) {
          v[i * n + c] = -v[i * n + c];
        }
      }
    }
    return new CorrelationSvd(m, n, u, v, s, tolerance);
  }

  private static boolean negativeOrientation(double[] v, int n, int c) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += v[i * n + c];
    }
    if (Math.abs(sum) > 1e-9) {
      return sum < 0;
    }
    for (int i = 0; i < n; i++) {
      double x = v[i * n + c];
      if (Math.abs(x) > 1e-9) {
        return x < 0;
      }
    }
    return false;
  }

  /**
   * The same decomposition with the basis of one block rotated: U<sub>B</sub> &rarr; U<sub>B</sub>Q,
   * V<sub>B</sub> &rarr; V<sub>B</sub>Q. Equally valid as an SVD; used to check that reported
   * quantities do not depend on the arbitrary basis inside degenerate blocks (check 13).
   *
   * @param block index into {@link #blocks()}
   * @param q b &times; b orthogonal matrix, b the block size (orthogonal to 1e-10)
   */
  public CorrelationSvd rotateBlock(int block, double[][] q) {
    if (block < 0 || block >= blocks.size()) {
      throw new IllegalArgumentException(
          "block must be in 0.." + (blocks.size() - 1) + ", got " + block);
    }
    ModeBlock b = blocks.get(block);
    int size = b.size();
    if (q == null || q.length != size) {
      throw new IllegalArgumentException("q must be " + size + " x " + size);
    }
    for (int i = 0; i < size; i++) {
      if (q[i].length != size) {
        throw new IllegalArgumentException("q must be " + size + " x " + size);
      }
      for (int j = 0; j < size; j++) {
        double dot = 0;
        for (int r = 0; r < size; r++) {
          dot += q[r][i] * q[r][j];
        }
        if (Math.abs(dot - (i == j ? 1 : 0)) > 1e-10) {
          throw new IllegalArgumentException("q must be orthogonal (q^T q = I to 1e-10)");
        }
      }
    }
    double[] u2 = u.clone();
    double[] v2 = v.clone();
    rotate(u2, outputs, b, q);
    rotate(v2, inputs, b, q);
    return new CorrelationSvd(outputs, inputs, u2, v2, s.clone(), tolerance);
  }

  private static void rotate(double[] m, int rows, ModeBlock b, double[][] q) {
    int size = b.size();
    double[] row = new double[size];
    for (int i = 0; i < rows; i++) {
      for (int c = 0; c < size; c++) {
        double acc = 0;
        for (int r = 0; r < size; r++) {
          acc += m[i * rows + b.start() + r] * q[r][c];
        }
        row[c] = acc;
      }
      for (int c = 0; c < size; c++) {
        m[i * rows + b.start() + c] = row[c];
      }
    }
  }

  /** n<sub>out</sub>. */
  public int outputs() {
    return outputs;
  }

  /** n<sub>in</sub>. */
  public int inputs() {
    return inputs;
  }

  /** Number of non-zero singular values. */
  public int rank() {
    return rank;
  }

  /** All min(n<sub>out</sub>, n<sub>in</sub>) singular values, descending (a copy). */
  public double[] singularValues() {
    return s.clone();
  }

  /** Singular value &alpha;. */
  public double singularValue(int alpha) {
    return s[alpha];
  }

  /** Blocks of equal non-zero singular values, in descending order of value. */
  public List<ModeBlock> blocks() {
    return blocks;
  }

  /** The relative tolerance used for blocks and rank. */
  public double tolerance() {
    return tolerance;
  }

  /** Entry o of the left singular vector u<sub>&alpha;</sub>. */
  public double u(int o, int alpha) {
    return u[o * outputs + alpha];
  }

  /** Entry i of the right singular vector v<sub>&alpha;</sub>. */
  public double v(int i, int alpha) {
    return v[i * inputs + alpha];
  }

  /** U as a n<sub>out</sub> &times; n<sub>out</sub> matrix, columns = left singular vectors (a copy). */
  public double[][] uMatrix() {
    return unflatten(u, outputs);
  }

  /** V as a n<sub>in</sub> &times; n<sub>in</sub> matrix, columns = right singular vectors (a copy). */
  public double[][] vMatrix() {
    return unflatten(v, inputs);
  }

  private static double[][] unflatten(double[] a, int n) {
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a, i * n, out[i], 0, n);
    }
    return out;
  }
}
