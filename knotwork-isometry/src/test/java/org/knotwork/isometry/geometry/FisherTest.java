package org.knotwork.isometry.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.common.random.Rng;
import org.knotwork.isometry.net.Activation;
import org.knotwork.isometry.net.Initialization;
import org.knotwork.isometry.net.MeanField;
import org.knotwork.isometry.net.Network;
import org.knotwork.isometry.net.OutputLoss;

/**
 * Notes' check 8 (Gram = explicit Fisher) and the tangent kernel against J J<sup>T</sup> from explicit
 * per-example Jacobians; the matrix-free product against the explicit matrix.
 */
class FisherTest {

  static Probe probe(Activation a, boolean softmax, long seed) {
    int n = 5;
    MeanField.Critical c = MeanField.of(a).critical(0.5);
    Network net = Initialization.critical(a, new int[] {6, 6, 6, 3}, Initialization.Scheme.ORTHOGONAL, c,
        Rng.of(seed, "net"));
    Rng r = Rng.of(seed, "data");
    double[][] x = new double[n][6];
    int[] y = new int[n];
    double[][] t = new double[n][3];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 6; j++) {
        x[i][j] = r.gaussian();
      }
      x[i] = Initialization.rescale(x[i], c.inputMeanSquare());
      y[i] = r.nextInt(3);
      for (int j = 0; j < 3; j++) {
        t[i][j] = r.gaussian();
      }
    }
    return new Probe(net, x, softmax ? OutputLoss.softmaxCrossEntropy(y) : OutputLoss.squared(t));
  }

  /** The largest |lambda| of the top-k descending eigenvalues, padded with zeros. */
  static double[] topDescending(double[] ascending, int k) {
    double[] out = new double[k];
    for (int i = 0; i < k && i < ascending.length; i++) {
      out[i] = ascending[ascending.length - 1 - i];
    }
    return out;
  }

  @Test
  void parameterCountIs105() {
    assertThat(probe(Activation.TANH, true, 0).network().parameterCount()).isEqualTo(105);
  }

  @Test
  void tangentKernelEqualsExplicitJacobianGram() {
    for (Activation a : Activation.values()) {
      Probe p = probe(a, true, 1);
      DMatrixRMaj k = p.tangentKernel();
      double[][] rows = new double[15][];
      for (int i = 0; i < 5; i++) {
        double[][] j = Jacobians.parameters(p.network(), p.trace(i));
        for (int c = 0; c < 3; c++) {
          rows[i * 3 + c] = j[c];
        }
      }
      double scale = 0;
      double err = 0;
      for (int r = 0; r < 15; r++) {
        for (int s = 0; s < 15; s++) {
          double e = 0;
          for (int u = 0; u < rows[r].length; u++) {
            e += rows[r][u] * rows[s][u];
          }
          scale = Math.max(scale, Math.abs(e));
          err = Math.max(err, Math.abs(e - k.get(r, s)));
        }
      }
      assertThat(err).as("%s", a).isLessThan(1e-13 * scale);
    }
  }

  @Test
  void gramSpectraEqualTheExplicitFisherSpectra() {
    for (boolean softmax : new boolean[] {true, false}) {
      for (long seed = 0; seed < 3; seed++) {
        Probe p = probe(Activation.TANH, softmax, seed);
        DMatrixRMaj k = p.tangentKernel();
        double[] explicitTrue = SymmetricEigen.values(Fisher.explicitTrue(p)).eigenvalues();
        double[] explicitEmp = SymmetricEigen.values(Fisher.explicitEmpirical(p)).eigenvalues();
        double[] gramTrue = SymmetricEigen.values(Fisher.trueGram(p, k)).eigenvalues();
        double[] gramEmp = SymmetricEigen.values(Fisher.empiricalGram(p, k)).eigenvalues();
        double lmax = explicitTrue[explicitTrue.length - 1];
        double[] a = topDescending(explicitTrue, 15);
        double[] b = topDescending(gramTrue, 15);
        for (int i = 0; i < 15; i++) {
          assertThat(Math.abs(a[i] - b[i])).as("true eigenvalue %d", i).isLessThan(1e-10 * lmax);
        }
        // the remaining P - nC explicit eigenvalues vanish; none is negative beyond rounding
        assertThat(explicitTrue[0]).isGreaterThanOrEqualTo(-1e-12 * lmax);
        assertThat(Math.abs(explicitTrue[explicitTrue.length - 16])).isLessThan(1e-10 * lmax);
        double emax = explicitEmp[explicitEmp.length - 1];
        double[] c = topDescending(explicitEmp, 5);
        double[] d = topDescending(gramEmp, 5);
        for (int i = 0; i < 5; i++) {
          assertThat(Math.abs(c[i] - d[i])).as("empirical eigenvalue %d", i).isLessThan(1e-10 * emax);
        }
        assertThat(explicitEmp[0]).isGreaterThanOrEqualTo(-1e-12 * emax);
        // trace identity (I15)
        double tr = 0;
        double[][] g = Fisher.explicitTrue(p);
        for (int u = 0; u < g.length; u++) {
          tr += g[u][u];
        }
        assertThat(Fisher.trueTrace(p, k)).isCloseTo(tr, within(1e-12 * tr));
        // power iteration (matrix-free) and Lanczos (Gram) give lambda_max to 1e-8
        Spectral.Estimate pow = Spectral.power(Fisher.trueOperator(p), Rng.of(seed, "power"), 1e-7, 100_000);
        assertThat(pow.value()).isCloseTo(lmax, within(1e-8 * lmax));
        Spectral.Estimate lan = Spectral.lanczos(LinearOperator.of(Fisher.trueGram(p, k)), 15,
            Rng.of(seed, "lanczos"), 1e-12);
        assertThat(lan.value()).isCloseTo(lmax, within(1e-10 * lmax));
        assertThat(lan.residual()).isLessThan(1e-8 * lmax);
      }
    }
  }

  @Test
  void matrixFreeProductEqualsTheExplicitMatrix() {
    Probe p = probe(Activation.TANH, true, 7);
    double[][] g = Fisher.explicitTrue(p);
    Rng r = Rng.of(7, "v");
    double[] v = new double[g.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = r.gaussian();
    }
    double[] a = Fisher.trueOperator(p).apply(v);
    double[] b = LinearOperator.of(g).apply(v);
    double scale = Arrays.stream(b).map(Math::abs).max().orElseThrow();
    for (int i = 0; i < v.length; i++) {
      assertThat(a[i]).isCloseTo(b[i], within(1e-12 * scale));
    }
  }

  @Test
  void squaredLossTrueFisherIsTheKernelOverN() {
    Probe p = probe(Activation.TANH, false, 2);
    DMatrixRMaj k = p.tangentKernel();
    double[][] m = Fisher.trueGram(p, k);
    for (int r = 0; r < 15; r++) {
      for (int s = 0; s < 15; s++) {
        assertThat(m[r][s]).isCloseTo(k.get(r, s) / 5, within(1e-14 * Math.abs(k.get(r, r))));
      }
    }
  }
}
