package org.knotwork.spiking.analysis;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.knotwork.common.linalg.SymmetricEigen;

/**
 * Factor analysis by expectation-maximisation (docs/spiking.md (P15)): the covariance of p
 * variables modelled as L L&#7488; + &Psi; with a p&times;q loading L and a diagonal &Psi;; the shared
 * covariance L L&#7488; and its eigenvalues measure shared variability and its dimension.
 *
 * @param loading L, p&times;q
 * @param psi the private variances, length p
 * @param mean the sample mean, length p
 * @param logLikelihood mean log-likelihood per sample of the fitted data
 * @param iterations EM iterations run
 */
public record FactorAnalysis(double[][] loading, double[] psi, double[] mean, double logLikelihood,
    int iterations) {

  /**
   * Fits q factors to the rows of {@code data} (samples &times; p) by EM from a deterministic start
   * (the top-q principal axes), until the log-likelihood per sample changes by less than {@code tol}
   * or {@code maxIterations} are run. &Psi; is floored at 1e-3 of the sample variance.
   */
  public static FactorAnalysis fit(double[][] data, int q, double tol, int maxIterations) {
    int n = data.length;
    int p = data[0].length;
    if (q < 1 || q >= p || n < 2) {
      throw new IllegalArgumentException("need 1 <= q < p and >= 2 samples, got q=" + q + ", p="
          + p + ", n=" + n);
    }
    double[] mean = new double[p];
    for (double[] r : data) {
      for (int i = 0; i < p; i++) {
        mean[i] += r[i] / n;
      }
    }
    DMatrixRMaj s = covariance(data, mean);
    double[] floor = new double[p];
    for (int i = 0; i < p; i++) {
      floor[i] = Math.max(1e-3 * s.get(i, i), 1e-12);
    }
    // start: top-q principal axes
    double[][] sa = new double[p][p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        sa[i][j] = s.get(i, j);
      }
    }
    SymmetricEigen e = SymmetricEigen.full(sa);
    DMatrixRMaj l = new DMatrixRMaj(p, q);
    double rest = 0;
    for (int k = 0; k < p - q; k++) {
      rest += e.eigenvalues()[k] / (p - q);
    }
    for (int k = 0; k < q; k++) {
      int idx = p - 1 - k;
      double scale = Math.sqrt(Math.max(e.eigenvalues()[idx] - rest, 1e-6 * e.eigenvalues()[idx]));
      for (int i = 0; i < p; i++) {
        l.set(i, k, e.eigenvectors()[idx][i] * scale);
      }
    }
    double[] psi = new double[p];
    for (int i = 0; i < p; i++) {
      double shared = 0;
      for (int k = 0; k < q; k++) {
        shared += l.get(i, k) * l.get(i, k);
      }
      psi[i] = Math.max(s.get(i, i) - shared, floor[i]);
    }
    double ll = Double.NEGATIVE_INFINITY;
    int it = 0;
    for (; it < maxIterations; it++) {
      DMatrixRMaj sigmaInv = sigmaInverse(l, psi);
      double next = logLikelihood(s, l, psi, sigmaInv);
      if (it > 0 && Math.abs(next - ll) < tol) {
        ll = next;
        break;
      }
      ll = next;
      // E step: beta = L' Sigma^-1 (q x p); Ezz = I - beta L + beta S beta'
      DMatrixRMaj beta = new DMatrixRMaj(q, p);
      CommonOps_DDRM.multTransA(l, sigmaInv, beta);
      DMatrixRMaj betaS = new DMatrixRMaj(q, p);
      CommonOps_DDRM.mult(beta, s, betaS);
      DMatrixRMaj ezz = CommonOps_DDRM.identity(q);
      DMatrixRMaj bl = new DMatrixRMaj(q, q);
      CommonOps_DDRM.mult(beta, l, bl);
      CommonOps_DDRM.subtractEquals(ezz, bl);
      DMatrixRMaj bsb = new DMatrixRMaj(q, q);
      CommonOps_DDRM.multTransB(betaS, beta, bsb);
      CommonOps_DDRM.addEquals(ezz, bsb);
      // M step: L = S beta' Ezz^-1; psi = diag(S - L beta S)
      DMatrixRMaj sbt = new DMatrixRMaj(p, q);
      CommonOps_DDRM.transpose(betaS, sbt);
      DMatrixRMaj ezzInv = ezz.copy();
      CommonOps_DDRM.invert(ezzInv);
      DMatrixRMaj nl = new DMatrixRMaj(p, q);
      CommonOps_DDRM.mult(sbt, ezzInv, nl);
      for (int i = 0; i < p; i++) {
        double d = 0;
        for (int k = 0; k < q; k++) {
          d += nl.get(i, k) * betaS.get(k, i);
        }
        psi[i] = Math.max(s.get(i, i) - d, floor[i]);
      }
      l = nl;
    }
    double[][] la = new double[p][q];
    for (int i = 0; i < p; i++) {
      for (int k = 0; k < q; k++) {
        la[i][k] = l.get(i, k);
      }
    }
    return new FactorAnalysis(la, psi, mean, ll, it);
  }

  private static DMatrixRMaj covariance(double[][] data, double[] mean) {
    int p = mean.length;
    DMatrixRMaj s = new DMatrixRMaj(p, p);
    for (double[] r : data) {
      for (int i = 0; i < p; i++) {
        double a = r[i] - mean[i];
        for (int j = 0; j <= i; j++) {
          s.add(i, j, a * (r[j] - mean[j]));
        }
      }
    }
    for (int i = 0; i < p; i++) {
      for (int j = 0; j <= i; j++) {
        double v = s.get(i, j) / data.length;
        s.set(i, j, v);
        s.set(j, i, v);
      }
    }
    return s;
  }

  private static DMatrixRMaj sigma(DMatrixRMaj l, double[] psi) {
    int p = psi.length;
    DMatrixRMaj sig = new DMatrixRMaj(p, p);
    CommonOps_DDRM.multTransB(l, l, sig);
    for (int i = 0; i < p; i++) {
      sig.add(i, i, psi[i]);
    }
    return sig;
  }

  private static DMatrixRMaj sigmaInverse(DMatrixRMaj l, double[] psi) {
    DMatrixRMaj inv = new DMatrixRMaj(psi.length, psi.length);
    if (!CommonOps_DDRM.invertSPD(sigma(l, psi), inv)) {
      throw new IllegalStateException("factor-analysis covariance is not positive definite");
    }
    return inv;
  }

  /** Mean log-likelihood per sample of data with covariance S under the model (L, &Psi;). */
  private static double logLikelihood(DMatrixRMaj s, DMatrixRMaj l, double[] psi,
      DMatrixRMaj sigmaInv) {
    int p = psi.length;
    double logDet = -Math.log(CommonOps_DDRM.det(sigmaInv));
    double tr = 0;
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        tr += sigmaInv.get(i, j) * s.get(j, i);
      }
    }
    return -0.5 * (p * Math.log(2 * Math.PI) + logDet + tr);
  }

  /** Mean log-likelihood per sample of other data (held out) under this fit, with this fit's mean. */
  public double logLikelihood(double[][] data) {
    DMatrixRMaj l = new DMatrixRMaj(loading);
    DMatrixRMaj s = covariance(data, mean);
    return logLikelihood(s, l, psi, sigmaInverse(l, psi));
  }

  /** The eigenvalues of the shared covariance L L&#7488;, descending (q of them non-zero). */
  public double[] sharedEigenvalues() {
    int p = psi.length;
    int q = loading[0].length;
    double[][] shared = new double[p][p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        double v = 0;
        for (int k = 0; k < q; k++) {
          v += loading[i][k] * loading[j][k];
        }
        shared[i][j] = v;
      }
    }
    double[] asc = SymmetricEigen.values(shared).eigenvalues();
    double[] desc = new double[asc.length];
    for (int k = 0; k < asc.length; k++) {
      desc[k] = asc[asc.length - 1 - k];
    }
    return desc;
  }

  /**
   * The dimension in 1..maxQ with the largest held-out log-likelihood under 2-fold
   * cross-validation (first half of the samples against the second, and back).
   */
  public static int crossValidatedDimension(double[][] data, int maxQ) {
    int half = data.length / 2;
    double[][] a = java.util.Arrays.copyOfRange(data, 0, half);
    double[][] b = java.util.Arrays.copyOfRange(data, half, data.length);
    int best = 1;
    double bestLl = Double.NEGATIVE_INFINITY;
    for (int q = 1; q <= maxQ; q++) {
      double ll = fit(a, q, 1e-6, 1000).logLikelihood(b) + fit(b, q, 1e-6, 1000).logLikelihood(a);
      if (ll > bestLl) {
        bestLl = ll;
        best = q;
      }
    }
    return best;
  }
}
