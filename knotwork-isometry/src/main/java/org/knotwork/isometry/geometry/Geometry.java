package org.knotwork.isometry.geometry;

import org.ejml.data.DMatrixRMaj;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.common.random.Rng;
import org.knotwork.isometry.net.Network;

/**
 * The geometry of one network at its initial point on a probe set (docs/isometry.md &sect;2,
 * experiment 1A): the hidden Jacobian's singular spectrum per input (I8), the largest squared singular
 * value of the input-output Jacobian, the true and empirical Fisher's &lambda;<sub>max</sub> (Lanczos on
 * their Gram forms (I13), (I14), (I16)), trace G (I15), the tangent kernel's spectrum and condition
 * number (I17), and the empirical length q<sup>l</sup> per layer (I2).
 *
 * @param jacobianSingularValues [input][k]: singular values of &part;h<sup>L</sup>/&part;h<sup>1</sup>, descending
 * @param meanSquaredSingularValue mean over inputs of &Vert;J&Vert;<sub>F</sub><sup>2</sup>/N<sub>1</sub>
 * @param meanSMax mean over inputs of s<sub>max</sub>(J)
 * @param meanSMaxSquared mean over inputs of s<sub>max</sub>(J)<sup>2</sup>
 * @param meanOutputSMaxSquared mean over inputs of s<sub>max</sub>(&part;h<sup>g</sup>/&part;x<sup>0</sup>)<sup>2</sup>
 * @param lambdaMaxTrue &lambda;<sub>max</sub> of the true Fisher (Lanczos)
 * @param lambdaMaxEmpirical &lambda;<sub>max</sub> of the empirical Fisher (Lanczos)
 * @param traceTrue trace of the true Fisher
 * @param fisherEigenvalues the true Fisher's Gram spectrum (nC values, ascending), or empty
 * @param ntkEigenvalues the tangent kernel's spectrum (nC values, ascending), or empty
 * @param ntkLambdaMin the tangent kernel's smallest eigenvalue (NaN without spectra)
 * @param ntkKappa &lambda;<sub>max</sub>/&lambda;<sub>min</sub> of the tangent kernel (NaN without spectra)
 * @param lengths mean (h<sup>l</sup>)<sup>2</sup> over units and inputs, l = 1..L
 * @param meanLoss the mean loss on the probe set
 */
public record Geometry(double[][] jacobianSingularValues, double meanSquaredSingularValue,
    double meanSMax, double meanSMaxSquared, double meanOutputSMaxSquared, double lambdaMaxTrue,
    double lambdaMaxEmpirical, double traceTrue, double[] fisherEigenvalues, double[] ntkEigenvalues,
    double ntkLambdaMin, double ntkKappa, double[] lengths, double meanLoss) {

  /** Measures {@code probe}'s network; {@code spectra} adds the full Fisher and kernel spectra. */
  public static Geometry measure(Probe probe, boolean spectra, Rng rng) {
    Network net = probe.network();
    int n = probe.size();
    int depth = net.depth();
    double[][] sv = new double[n][];
    double ms2 = 0;
    double smax = 0;
    double smax2 = 0;
    double out2 = 0;
    double[] lengths = new double[depth];
    for (int i = 0; i < n; i++) {
      Network.Trace t = probe.trace(i);
      sv[i] = Jacobians.singularValues(Jacobians.hidden(net, t));
      double f = 0;
      for (double s : sv[i]) {
        f += s * s;
      }
      ms2 += f / sv[i].length / n;
      smax += sv[i][0] / n;
      smax2 += sv[i][0] * sv[i][0] / n;
      double so = Jacobians.singularValues(Jacobians.inputOutput(net, t))[0];
      out2 += so * so / n;
      for (int l = 0; l < depth; l++) {
        double[] h = t.preActivations()[l];
        double s = 0;
        for (double v : h) {
          s += v * v;
        }
        lengths[l] += s / h.length / n;
      }
    }
    DMatrixRMaj k = probe.tangentKernel();
    double[][] gram = Fisher.trueGram(probe, k);
    double[][] emp = Fisher.empiricalGram(probe, k);
    Spectral.Estimate lt = Spectral.lanczos(LinearOperator.of(gram), 200, rng.split("true"), 1e-10);
    Spectral.Estimate le = Spectral.lanczos(LinearOperator.of(emp), 200, rng.split("empirical"), 1e-10);
    double[] fe = new double[0];
    double[] ke = new double[0];
    double kmin = Double.NaN;
    double kappa = Double.NaN;
    if (spectra) {
      fe = SymmetricEigen.values(gram).eigenvalues();
      ke = SymmetricEigen.values(Fisher.symmetrised(k)).eigenvalues();
      kmin = ke[0];
      kappa = ke[ke.length - 1] / ke[0];
    }
    return new Geometry(sv, ms2, smax, smax2, out2, lt.value(), le.value(), Fisher.trueTrace(probe, k),
        fe, ke, kmin, kappa, lengths, probe.meanLoss());
  }

  /** Pearson's correlation of x and y. */
  public static double correlation(double[] x, double[] y) {
    int n = x.length;
    if (n != y.length || n < 2) {
      throw new IllegalArgumentException("need two equal-length samples of size >= 2");
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i] / n;
      my += y[i] / n;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
