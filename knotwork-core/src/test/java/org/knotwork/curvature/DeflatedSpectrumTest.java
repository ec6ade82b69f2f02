package org.knotwork.curvature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.common.math.Vectors;
import org.knotwork.common.random.Rng;
import org.knotwork.data.Dataset;
import org.knotwork.fixtures.NotesFixtures;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;

/**
 * docs/linalg.md (LA7)-(LA8) on spline Hessians: the deflated solve against the full solve, and the
 * BLAS-3 null-space labelling against the original one-vector-at-a-time labelling (kept here as the
 * reference).
 */
class DeflatedSpectrumTest {

  /** A random net whose neurons 0, 3, 4 (and 7 with its knot outside the data) have no data. */
  private static NetworkParams netWithDeadNeurons(int h, Rng rng) {
    NetworkParams r = NotesFixtures.randomNet(h, rng, false);
    double[] w = r.w();
    double[] b = r.b();
    double[] v = r.v();
    for (int i : new int[] {0, 3, 4, 7}) {
      // active side x > 5 or x < -5: no data point of [-1, 1] there
      w[i] = (i % 2 == 0 ? 1 : -1) * rng.uniform(0.5, 2);
      b[i] = -5 * Math.abs(w[i]) - rng.uniform(0, 1);
    }
    return new NetworkParams(w, b, v, r.c());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void deflatedSpectrumAgreesWithTheFullSolveOnHessiansWithDeadNeurons(long seed) {
    Rng rng = Rng.of(seed, "deflated-spectrum");
    Dataset data = NotesFixtures.randomData(15, rng.split("data"));
    NetworkParams net = netWithDeadNeurons(12, rng.split("net"));
    for (Coordinates c : Coordinates.values()) {
      CurvaturePoint point = CurvaturePoint.of(SweepLoss.of(data), net, c);
      double[][] h = point.hessian();
      int[] zeroRows = SymmetricEigen.zeroRows(h);
      // dead neurons have exactly zero rows: 3 per neuron in network coordinates, 2 in spline
      assertThat(zeroRows.length).isGreaterThanOrEqualTo(c == Coordinates.NETWORK ? 12 : 8);
      Spectrum full = Spectrum.of(h, true, ZeroTolerance.scaleAware());
      Spectrum defl = Spectrum.deflated(h, true, ZeroTolerance.scaleAware());
      double scale = Math.max(Math.abs(full.min()), Math.abs(full.max()));
      double[] a = full.eigenvalues();
      double[] b = defl.eigenvalues();
      for (int k = 0; k < a.length; k++) {
        assertThat(Math.abs(a[k] - b[k])).isLessThanOrEqualTo(1e-10 * scale);
      }
      assertThat(defl.inertia().positive()).isEqualTo(full.inertia().positive());
      assertThat(defl.inertia().zero()).isEqualTo(full.inertia().zero());
      assertThat(defl.inertia().negative()).isEqualTo(full.inertia().negative());
      // every deflated eigenvector is a unit eigenvector of the full matrix, orthogonal to the rest
      double[][] v = defl.eigenvectors();
      for (int k = 0; k < v.length; k++) {
        double[] r = Matrices.times(h, v[k]);
        Vectors.axpy(-b[k], v[k], r);
        assertThat(Vectors.norm(r)).isLessThan(1e-12 * scale);
        assertThat(Vectors.norm(v[k])).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-13));
        for (int l = 0; l < k; l++) {
          assertThat(Math.abs(Vectors.dot(v[k], v[l]))).isLessThan(1e-12);
        }
      }
      assertThat(defl.residual()).isLessThan(1e-12 * scale);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {4, 5})
  void blasLabellingEqualsTheOneVectorAtATimeLabelling(long seed) {
    Rng rng = Rng.of(seed, "labelling");
    Dataset x = NotesFixtures.randomData(14, rng.split("data"));
    NetworkParams net = netWithDeadNeurons(10, rng.split("net"));
    // targets from the network itself: an interpolating minimum, where every rescaling direction is
    // null (S19), plus a generic point, where only the dead neurons' are
    double[] y = new double[x.size()];
    for (int n = 0; n < y.length; n++) {
      y[n] = net.value(x.x(n));
    }
    for (Dataset data : List.of(new Dataset(x.x(), y), x)) {
      for (Coordinates c : Coordinates.values()) {
        CurvaturePoint point = CurvaturePoint.of(SweepLoss.of(data), net, c);
        Spectrum s = Spectrum.deflated(point.hessian(), true, ZeroTolerance.scaleAware());
        NullDirections fast = NullDirections.of(point, s);
        NullDirections ref = reference(point, s);
        assertThat(fast.nullity()).isEqualTo(ref.nullity());
        assertThat(fast.rescaling()).hasSameSizeAs(ref.rescaling());
        if (c == Coordinates.NETWORK) {
          assertThat(fast.rescaling()).hasSizeGreaterThanOrEqualTo(4);
        }
        for (int i = 0; i < ref.rescaling().size(); i++) {
          NullDirections.RescalingDirection f = fast.rescaling().get(i);
          NullDirections.RescalingDirection r = ref.rescaling().get(i);
          assertThat(f.neuron()).isEqualTo(r.neuron());
          assertThat(f.direction()).containsExactly(r.direction());
          assertThat(f.hessianResidual()).isEqualTo(r.hessianResidual());
          assertThat(Math.abs(f.outsideNullSpace() - r.outsideNullSpace())).isLessThan(1e-12);
        }
        double[][] fo = fast.other();
        double[][] ro = ref.other();
        assertThat(fo.length).isEqualTo(ro.length);
        // the same subspace: equal orthogonal projectors, and orthonormal rows
        int p = point.dimension();
        for (int i = 0; i < p; i++) {
          for (int j = 0; j < p; j++) {
            double pf = 0;
            double pr = 0;
            for (int k = 0; k < fo.length; k++) {
              pf += fo[k][i] * fo[k][j];
              pr += ro[k][i] * ro[k][j];
            }
            assertThat(Math.abs(pf - pr)).isLessThan(1e-10);
          }
        }
        for (int k = 0; k < fo.length; k++) {
          for (int l = 0; l <= k; l++) {
            assertThat(Math.abs(Vectors.dot(fo[k], fo[l]) - (k == l ? 1 : 0))).isLessThan(1e-12);
          }
        }
      }
    }
  }

  /** The labelling as it was before (LA8): projections and the Gram matrix by Java dot products. */
  static NullDirections reference(CurvaturePoint point, Spectrum spectrum) {
    int[] zero = spectrum.zeroIndices();
    double[][] basis = new double[zero.length][];
    for (int k = 0; k < zero.length; k++) {
      basis[k] = spectrum.eigenvector(zero[k]);
    }
    double tol = spectrum.tolerance();
    List<NullDirections.RescalingDirection> labelled = new ArrayList<>();
    if (point.coordinates() == Coordinates.NETWORK) {
      double[][] t = point.rescalingDirections();
      SymmetricOperator hess = point.hessianOperator();
      for (int i = 0; i < t.length; i++) {
        if (Vectors.norm(t[i]) == 0) {
          continue;
        }
        double residual = Vectors.norm(hess.apply(t[i]));
        if (residual <= tol) {
          double[] rest = t[i].clone();
          Vectors.orthogonalize(rest, basis, basis.length);
          labelled.add(new NullDirections.RescalingDirection(i, t[i], residual, Vectors.norm(rest)));
        }
      }
    }
    int z = basis.length;
    if (z == 0) {
      return new NullDirections(labelled, new double[0][], 0, tol);
    }
    int dim = basis[0].length;
    double[][] projected = new double[z][];
    for (int k = 0; k < z; k++) {
      double[] m = basis[k].clone();
      for (NullDirections.RescalingDirection r : labelled) {
        double[] t = r.direction();
        Vectors.axpy(-Vectors.dot(t, m), t, m);
      }
      projected[k] = m;
    }
    double[][] gram = new double[z][z];
    for (int a = 0; a < z; a++) {
      for (int b = 0; b <= a; b++) {
        double g = Vectors.dot(projected[a], projected[b]);
        gram[a][b] = g;
        gram[b][a] = g;
      }
    }
    SymmetricEigen e = SymmetricEigen.full(gram);
    List<double[]> out = new ArrayList<>();
    for (int k = z - 1; k >= 0; k--) {
      if (e.eigenvalues()[k] <= 0.5) {
        continue;
      }
      double[] v = new double[dim];
      for (int a = 0; a < z; a++) {
        Vectors.axpy(e.eigenvectors()[k][a], projected[a], v);
      }
      Vectors.scale(1.0 / Math.sqrt(e.eigenvalues()[k]), v);
      out.add(v);
    }
    return new NullDirections(labelled, out.toArray(new double[0][]), z, tol);
  }

  /** Dense matrix-vector product, the test's own. */
  static final class Matrices {
    private Matrices() {
    }

    static double[] times(double[][] a, double[] x) {
      double[] y = new double[a.length];
      for (int i = 0; i < a.length; i++) {
        y[i] = Vectors.dot(a[i], x);
      }
      return y;
    }
  }
}
