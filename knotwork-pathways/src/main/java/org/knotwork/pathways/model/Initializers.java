package org.knotwork.pathways.model;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.knotwork.pathways.data.CorrelationSvd;
import org.knotwork.common.random.Rng;

/**
 * Initial weights: i.i.d. Gaussian (the authors' {@code torch.randn(shape) * eps}, notes &sect;1)
 * and SVD-aligned ("decoupled") weights whose mode strengths are known exactly (notes &sect;2.2,
 * &sect;5 checks 4-7; the "diagonal" initialisation of the Kleinman et al. fork, &sect;6).
 */
public final class Initializers {
  private Initializers() {}

  /**
   * Every weight i.i.d. N(0, eps<sup>2</sup>), independent of fan-in. Layer l of pathway j draws
   * from the stream {@code rng.split("pathway<j>/layer<l>")} in row-major order, so pathways and
   * layers do not shift each other's draws.
   *
   * @param eps standard deviation, finite and &ge; 0
   */
  public static Network gaussian(Architecture arch, double eps, Rng rng) {
    if (!(eps >= 0) || !Double.isFinite(eps)) {
      throw new IllegalArgumentException("eps must be finite and >= 0, got " + eps);
    }
    if (rng == null) {
      throw new IllegalArgumentException("rng is missing");
    }
    Network net = Network.zeros(arch);
    for (int j = 0; j < arch.pathwayCount(); j++) {
      for (int l = 0; l < arch.depth(j); l++) {
        Rng r = rng.split("pathway" + j + "/layer" + l);
        double[] w = net.raw(j, l);
        for (int i = 0; i < w.length; i++) {
          w[i] = eps * r.gaussian();
        }
      }
    }
    net.touch();
    return net;
  }

  /**
   * SVD-aligned weights: with per-layer, per-mode scalars a<sub>l,&alpha;</sub> (l = 1..D) of pathway
   * j, W<sub>1</sub> = R<sub>1</sub> diag(a<sub>1</sub>) V<sub>r</sub><sup>T</sup>, W<sub>l</sub> =
   * R<sub>l</sub> diag(a<sub>l</sub>) R<sub>l&minus;1</sub><sup>T</sup>, W<sub>D</sub> = U<sub>r</sub>
   * diag(a<sub>D</sub>) R<sub>D&minus;1</sub><sup>T</sup> (D = 1: U<sub>r</sub> diag(a<sub>1</sub>)
   * V<sub>r</sub><sup>T</sup>), where U<sub>r</sub>, V<sub>r</sub> hold the first r singular vectors
   * and R<sub>l</sub> is a random width<sub>l</sub> &times; r matrix with orthonormal columns. Then
   * K<sub>j,&alpha;&alpha;</sub> = &prod;<sub>l</sub> a<sub>l,&alpha;</sub>, K<sub>j</sub> is diagonal, and
   * for linear pathways with whitened inputs gradient descent keeps it so (each mode is a scalar
   * chain, notes &sect;2.2-2.4).
   *
   * @param scalars per pathway a D<sub>j</sub> &times; r array, r &le; rank and r &le; every hidden width
   * @param rng source of the R<sub>l</sub> (stream {@code "pathway<j>/basis<l>"})
   */
  public static Network aligned(Architecture arch, CorrelationSvd svd, List<double[][]> scalars,
      Rng rng) {
    if (svd == null || rng == null || scalars == null) {
      throw new IllegalArgumentException("svd, scalars and rng are required");
    }
    if (svd.outputs() != arch.outputs() || svd.inputs() != arch.inputs()) {
      throw new IllegalArgumentException("svd is " + svd.outputs() + " x " + svd.inputs()
          + " but the architecture maps " + arch.inputs() + " inputs to " + arch.outputs()
          + " outputs");
    }
    if (scalars.size() != arch.pathwayCount()) {
      throw new IllegalArgumentException("scalars must have one entry per pathway ("
          + arch.pathwayCount() + "), got " + scalars.size());
    }
    Network net = Network.zeros(arch);
    for (int j = 0; j < arch.pathwayCount(); j++) {
      double[][] a = scalars.get(j);
      int d = arch.depth(j);
      if (a == null || a.length != d) {
        throw new IllegalArgumentException("scalars[" + j + "] must have one row per layer ("
            + d + ")");
      }
      int r = a[0].length;
      if (r < 1 || r > svd.rank()) {
        throw new IllegalArgumentException("scalars[" + j + "] must cover 1.." + svd.rank()
            + " modes, got " + r);
      }
      for (int l = 0; l < d; l++) {
        if (a[l].length != r) {
          throw new IllegalArgumentException("scalars[" + j + "][" + l + "] must have " + r
              + " entries, got " + a[l].length);
        }
        for (int m = 0; m < r; m++) {
          if (!Double.isFinite(a[l][m])) {
            throw new IllegalArgumentException(
                "scalars[" + j + "][" + l + "][" + m + "] must be finite, got " + a[l][m]);
          }
        }
      }
      double[][] bases = new double[d + 1][];
      int[] dims = new int[d + 1];
      dims[0] = arch.inputs();
      bases[0] = columns(svd, false, r);
      for (int l = 1; l < d; l++) {
        dims[l] = arch.layerRows(j, l - 1);
        if (dims[l] < r) {
          throw new IllegalArgumentException("hidden width " + dims[l] + " of pathway " + j
              + " must be >= the number of aligned modes " + r);
        }
        bases[l] = orthonormal(dims[l], r, rng.split("pathway" + j + "/basis" + l));
      }
      dims[d] = arch.outputs();
      bases[d] = columns(svd, true, r);
      for (int l = 0; l < d; l++) {
        double[] w = net.raw(j, l);
        int rows = dims[l + 1];
        int cols = dims[l];
        double[] left = bases[l + 1];
        double[] right = bases[l];
        for (int i = 0; i < rows; i++) {
          for (int k = 0; k < cols; k++) {
            double acc = 0;
            for (int m = 0; m < r; m++) {
              acc += left[i * r + m] * a[l][m] * right[k * r + m];
            }
            w[i * cols + k] = acc;
          }
        }
      }
    }
    net.touch();
    return net;
  }

  /**
   * Balanced scalars: every layer a<sub>l,&alpha;</sub> = |K<sub>0,&alpha;</sub>|<sup>1/D</sup>, the
   * sign of K<sub>0,&alpha;</sub> carried by the first layer; a<sub>l+1</sub><sup>2</sup> &minus;
   * a<sub>l</sub><sup>2</sup> = 0 (the c = 0 case of notes &sect;2.3, Saxe's balanced start).
   *
   * @param depth D &ge; 1
   * @param k0 initial mode strengths, finite
   */
  public static double[][] balancedScalars(int depth, double[] k0) {
    checkDepth(depth);
    double[][] a = new double[depth][k0.length];
    for (int m = 0; m < k0.length; m++) {
      if (!Double.isFinite(k0[m])) {
        throw new IllegalArgumentException("k0[" + m + "] must be finite, got " + k0[m]);
      }
      double mag = Math.pow(Math.abs(k0[m]), 1.0 / depth);
      for (int l = 0; l < depth; l++) {
        a[l][m] = mag;
      }
      a[0][m] = Math.copySign(mag, k0[m]);
    }
    return a;
  }

  /**
   * Imbalanced scalar chains of the reduced model (notes &sect;2.3): first layer a<sub>1,&alpha;</sub>
   * = p<sub>&alpha;</sub>, the other D&minus;1 layers q<sub>&alpha;</sub> = (p<sub>&alpha;</sub><sup>2</sup>
   * + c)<sup>1/2</sup>, so that the conserved imbalance q<sup>2</sup> &minus; p<sup>2</sup> equals c and
   * K = p (p<sup>2</sup> + c)<sup>(D&minus;1)/2</sup>.
   *
   * @param depth D &ge; 1
   * @param p first-layer scalars, finite
   * @param c imbalance, finite and &ge; 0
   */
  public static double[][] imbalancedScalars(int depth, double[] p, double c) {
    checkDepth(depth);
    if (!(c >= 0) || !Double.isFinite(c)) {
      throw new IllegalArgumentException("c must be finite and >= 0, got " + c);
    }
    double[][] a = new double[depth][p.length];
    for (int m = 0; m < p.length; m++) {
      if (!Double.isFinite(p[m])) {
        throw new IllegalArgumentException("p[" + m + "] must be finite, got " + p[m]);
      }
      a[0][m] = p[m];
      double q = Math.sqrt(p[m] * p[m] + c);
      for (int l = 1; l < depth; l++) {
        a[l][m] = q;
      }
    }
    return a;
  }

  private static void checkDepth(int depth) {
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be >= 1, got " + depth);
    }
  }

  /** The first r columns of U (left) or V (right), as a row-major dim x r array. */
  private static double[] columns(CorrelationSvd svd, boolean left, int r) {
    int n = left ? svd.outputs() : svd.inputs();
    double[] out = new double[n * r];
    for (int i = 0; i < n; i++) {
      for (int m = 0; m < r; m++) {
        out[i * r + m] = left ? svd.u(i, m) : svd.v(i, m);
      }
    }
    return out;
  }

  /** A random n x r matrix with orthonormal columns (Q factor of a Gaussian matrix), row-major. */
  private static double[] orthonormal(int n, int r, Rng rng) {
    DMatrixRMaj g = new DMatrixRMaj(n, r);
    for (int i = 0; i < n * r; i++) {
      g.data[i] = rng.gaussian();
    }
    QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, r);
    if (!qr.decompose(g)) {
      throw new ArithmeticException("QR of a Gaussian matrix failed");
    }
    DMatrixRMaj q = qr.getQ(null, true);
    return q.getData().clone();
  }
}
