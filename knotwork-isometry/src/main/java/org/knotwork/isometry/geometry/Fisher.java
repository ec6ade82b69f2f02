package org.knotwork.isometry.geometry;

import org.ejml.data.DMatrixRMaj;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.isometry.net.Network;

/**
 * The true Fisher G = (1/n)&Sigma;<sub>i</sub> J<sub>i</sub><sup>T</sup>H<sub>i</sub>J<sub>i</sub> and the
 * empirical Fisher F = (1/n)&Sigma;<sub>i</sub> g<sub>i</sub>g<sub>i</sub><sup>T</sup>, g<sub>i</sub> =
 * J<sub>i</sub><sup>T</sup>r<sub>i</sub> (docs/isometry.md (I11)): explicitly as P &times; P matrices (small
 * nets), through nC &times; nC and n &times; n Gram matrices of the tangent kernel with the same non-zero
 * spectrum ((I13), (I14)), and matrix-free as G&middot;v.
 */
public final class Fisher {
  private Fisher() {}

  /** The explicit true Fisher (I11), P &times; P: per-example Jacobians by reverse passes. */
  public static double[][] explicitTrue(Probe probe) {
    Network net = probe.network();
    int p = net.parameterCount();
    int c = net.outputs();
    int n = probe.size();
    double[][] g = new double[p][p];
    for (int i = 0; i < n; i++) {
      double[][] j = Jacobians.parameters(net, probe.trace(i));
      double[][] h = probe.outputHessian(i);
      double[][] hj = new double[c][p];
      for (int a = 0; a < c; a++) {
        for (int b = 0; b < c; b++) {
          double w = h[a][b];
          if (w != 0) {
            for (int m = 0; m < p; m++) {
              hj[a][m] += w * j[b][m];
            }
          }
        }
      }
      for (int a = 0; a < c; a++) {
        for (int u = 0; u < p; u++) {
          double ju = j[a][u] / n;
          if (ju != 0) {
            double[] row = g[u];
            for (int v = 0; v < p; v++) {
              row[v] += ju * hj[a][v];
            }
          }
        }
      }
    }
    return symmetrised(g);
  }

  /** The explicit empirical Fisher (I11), P &times; P: per-example loss gradients by backpropagation. */
  public static double[][] explicitEmpirical(Probe probe) {
    Network net = probe.network();
    int p = net.parameterCount();
    int n = probe.size();
    double[][] f = new double[p][p];
    for (int i = 0; i < n; i++) {
      double[] g = new double[p];
      net.backward(probe.trace(i), probe.residual(i), g, null);
      for (int u = 0; u < p; u++) {
        double gu = g[u] / n;
        for (int v = 0; v < p; v++) {
          f[u][v] += gu * g[v];
        }
      }
    }
    return symmetrised(f);
  }

  /** The mean loss gradient (1/n)&Sigma;<sub>i</sub> g<sub>i</sub>. */
  public static double[] lossGradient(Probe probe) {
    Network net = probe.network();
    double[] g = new double[net.parameterCount()];
    for (int i = 0; i < probe.size(); i++) {
      net.backward(probe.trace(i), probe.residual(i), g, null);
    }
    for (int u = 0; u < g.length; u++) {
      g[u] /= probe.size();
    }
    return g;
  }

  /**
   * The true Fisher's Gram form (I13): (1/n)H<sup>1/2</sup>KH<sup>1/2</sup>, H = blockdiag H<sub>i</sub>,
   * whose non-zero eigenvalues are the true Fisher's.
   *
   * @param kernel the tangent kernel of {@code probe} ({@link Probe#tangentKernel})
   */
  public static double[][] trueGram(Probe probe, DMatrixRMaj kernel) {
    int n = probe.size();
    int c = probe.network().outputs();
    double[][][] root = new double[n][][];
    for (int i = 0; i < n; i++) {
      root[i] = sqrtPsd(probe.outputHessian(i));
    }
    int rows = n * c;
    double[][] m = new double[rows][rows];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        // block (i, j): A_i K_ij A_j / n
        double[][] kij = new double[c][c];
        for (int a = 0; a < c; a++) {
          for (int b = 0; b < c; b++) {
            kij[a][b] = kernel.get(i * c + a, j * c + b);
          }
        }
        double[][] t = mult(root[i], kij);
        double[][] u = mult(t, root[j]);
        for (int a = 0; a < c; a++) {
          for (int b = 0; b < c; b++) {
            m[i * c + a][j * c + b] = u[a][b] / n;
          }
        }
      }
    }
    return symmetrised(m);
  }

  /**
   * The empirical Fisher's Gram form (I14): (1/n)&Gamma;&Gamma;<sup>T</sup>, (&Gamma;&Gamma;<sup>T</sup>)<sub>ij</sub>
   * = r<sub>i</sub><sup>T</sup>K<sub>ij</sub>r<sub>j</sub>, n &times; n.
   */
  public static double[][] empiricalGram(Probe probe, DMatrixRMaj kernel) {
    int n = probe.size();
    int c = probe.network().outputs();
    double[][] r = new double[n][];
    for (int i = 0; i < n; i++) {
      r[i] = probe.residual(i);
    }
    double[][] e = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int a = 0; a < c; a++) {
          double t = 0;
          for (int b = 0; b < c; b++) {
            t += kernel.get(i * c + a, j * c + b) * r[j][b];
          }
          s += r[i][a] * t;
        }
        e[i][j] = s / n;
      }
    }
    return symmetrised(e);
  }

  /** trace G = (1/n)&Sigma;<sub>i</sub> tr(H<sub>i</sub>K<sub>ii</sub>) (I15). */
  public static double trueTrace(Probe probe, DMatrixRMaj kernel) {
    int n = probe.size();
    int c = probe.network().outputs();
    double s = 0;
    for (int i = 0; i < n; i++) {
      double[][] h = probe.outputHessian(i);
      for (int a = 0; a < c; a++) {
        for (int b = 0; b < c; b++) {
          s += h[a][b] * kernel.get(i * c + b, i * c + a);
        }
      }
    }
    return s / n;
  }

  /** The matrix-free true Fisher G&middot;v = (1/n)&Sigma;<sub>i</sub> J<sub>i</sub><sup>T</sup>H<sub>i</sub>(J<sub>i</sub>v) (forward then reverse pass). */
  public static LinearOperator trueOperator(Probe probe) {
    Network net = probe.network();
    int n = probe.size();
    double[][][] hs = new double[n][][];
    for (int i = 0; i < n; i++) {
      hs[i] = probe.outputHessian(i);
    }
    return new LinearOperator() {
      @Override
      public int dimension() {
        return net.parameterCount();
      }

      @Override
      public double[] apply(double[] v) {
        double[] out = new double[v.length];
        int c = net.outputs();
        for (int i = 0; i < n; i++) {
          double[] jv = net.tangent(probe.trace(i), v);
          double[] hjv = new double[c];
          for (int a = 0; a < c; a++) {
            double s = 0;
            for (int b = 0; b < c; b++) {
              s += hs[i][a][b] * jv[b];
            }
            hjv[a] = s / n;
          }
          net.backward(probe.trace(i), hjv, out, null);
        }
        return out;
      }
    };
  }

  /** A symmetric PSD square root by eigen-decomposition (negative rounding eigenvalues set to 0). */
  static double[][] sqrtPsd(double[][] h) {
    SymmetricEigen e = SymmetricEigen.full(symmetrised(h));
    int c = h.length;
    double[][] r = new double[c][c];
    for (int k = 0; k < c; k++) {
      double s = Math.sqrt(Math.max(0, e.eigenvalues()[k]));
      double[] v = e.eigenvectors()[k];
      for (int a = 0; a < c; a++) {
        for (int b = 0; b < c; b++) {
          r[a][b] += s * v[a] * v[b];
        }
      }
    }
    return symmetrised(r);
  }

  private static double[][] mult(double[][] a, double[][] b) {
    int n = a.length;
    int m = b[0].length;
    double[][] c = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < b.length; k++) {
        double x = a[i][k];
        for (int j = 0; j < m; j++) {
          c[i][j] += x * b[k][j];
        }
      }
    }
    return c;
  }

  /** (A + A<sup>T</sup>)/2, exactly symmetric. */
  public static double[][] symmetrised(double[][] a) {
    int n = a.length;
    double[][] s = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double v = 0.5 * (a[i][j] + a[j][i]);
        s[i][j] = v;
        s[j][i] = v;
      }
    }
    return s;
  }

  /** A symmetric matrix as a row-array copy of an EJML matrix, exactly symmetrised. */
  public static double[][] symmetrised(DMatrixRMaj a) {
    double[][] rows = new double[a.numRows][a.numCols];
    for (int i = 0; i < a.numRows; i++) {
      System.arraycopy(a.data, i * a.numCols, rows[i], 0, a.numCols);
    }
    return symmetrised(rows);
  }
}
