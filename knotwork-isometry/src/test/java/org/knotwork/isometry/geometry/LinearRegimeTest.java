package org.knotwork.isometry.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;
import org.knotwork.isometry.net.Activation;
import org.knotwork.isometry.net.Initialization;
import org.knotwork.isometry.net.MeanField;
import org.knotwork.isometry.net.Network;
import org.knotwork.isometry.net.OutputLoss;
import org.knotwork.isometry.net.ProbeInputs;

/**
 * A hand-derived limit (docs/isometry.md &sect;3): as q* &rarr; 0 a critical orthogonal tanh net is
 * linear and its logits vanish, so p = 1/C, H = (I &minus; 11<sup>T</sup>/C)/C, and every bias block has
 * the same Jacobian for every input, J<sub>b</sub>J<sub>b</sub><sup>T</sup> = I<sub>C</sub> (products of
 * orthogonal matrices with &sigma;<sub>w</sub> = 1); the weight blocks scale with &Vert;x&Vert;<sup>2</sup>
 * = N q* &rarr; 0. Hence K &rarr; (L + 1)(11<sup>T</sup> &otimes; I<sub>C</sub>) and
 * &lambda;<sub>max</sub>(G) &rarr; (L + 1)/C, with multiplicity C &minus; 1.
 */
class LinearRegimeTest {
  @Test
  void fisherLambdaMaxTendsToBiasCountOverClasses() {
    int depth = 16;
    int width = 32;
    int classes = 10;
    int n = 12;
    double q = 1e-7;
    MeanField.Critical c = MeanField.of(Activation.TANH).critical(q);
    int[] widths = new int[depth + 2];
    java.util.Arrays.fill(widths, width);
    widths[depth + 1] = classes;
    Network net = Initialization.critical(Activation.TANH, widths, Initialization.Scheme.ORTHOGONAL, c,
        Rng.of(1, "net"));
    double[][] x = ProbeInputs.gaussian(n, width, c.inputMeanSquare(), Rng.of(1, "x"));
    Probe p = new Probe(net, x, OutputLoss.softmaxCrossEntropy(ProbeInputs.labels(n, classes, Rng.of(1, "y"))));
    DMatrixRMaj k = p.tangentKernel();
    double[] e = org.knotwork.common.linalg.SymmetricEigen.values(Fisher.trueGram(p, k)).eigenvalues();
    double expected = (depth + 1.0) / classes;
    for (int i = 0; i < classes - 1; i++) {
      assertThat(Math.abs(e[e.length - 1 - i] / expected - 1)).as("eigenvalue %d: %g", i, e[e.length - 1 - i])
          .isLessThan(1e-3);
    }
    assertThat(e[e.length - classes]).isLessThan(1e-2 * expected);
  }
}
