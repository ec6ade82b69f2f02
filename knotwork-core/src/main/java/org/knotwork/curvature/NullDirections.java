package org.knotwork.curvature;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knotwork.common.linalg.EigenBackend;
import org.knotwork.common.linalg.EigenBackends;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.common.math.Vectors;
import org.knotwork.net.Coordinates;

/**
 * The numerical null space of a Hessian, split into the directions explained by the per-neuron
 * rescaling symmetry and the rest.
 *
 * <p>In network coordinates neuron i's rescaling direction t<sub>i</sub> = (w<sub>i</sub>, b<sub>i</sub>,
 * &minus;v<sub>i</sub>) satisfies H t<sub>i</sub> = (&minus;g<sub>w<sub>i</sub></sub>,
 * &minus;g<sub>b<sub>i</sub></sub>, g<sub>v<sub>i</sub></sub>), obtained by differentiating the orbit
 * orthogonality S10; it is therefore an exact null vector at every critical point (spline-lens.md
 * &sect;3, flat direction 1). A direction is labelled <em>rescaling</em> when
 * &Vert;H t&#770;<sub>i</sub>&Vert; &le; the spectrum's zero tolerance. The remaining null directions
 * (dead neurons, same-gap groups, zero-delta-slope neurons, &sect;3 items 2-4) are returned as an
 * orthonormal basis of the part of the numerical null space orthogonal to the labelled rescaling
 * directions. In spline coordinates there is no rescaling symmetry and every null direction is
 * "other".
 *
 * @param rescaling the labelled rescaling directions, by neuron
 * @param other orthonormal basis of the remaining null space (rows)
 * @param nullity number of eigenvalues counted as zero
 * @param tolerance the zero tolerance used
 */
public record NullDirections(List<RescalingDirection> rescaling, double[][] other, int nullity,
    double tolerance) {

  /** Copies. */
  public NullDirections {
    rescaling = List.copyOf(rescaling);
    double[][] copy = new double[other.length][];
    for (int k = 0; k < other.length; k++) {
      copy[k] = other[k].clone();
    }
    other = copy;
  }

  @Override
  public double[][] other() {
    double[][] copy = new double[other.length][];
    for (int k = 0; k < other.length; k++) {
      copy[k] = other[k].clone();
    }
    return copy;
  }

  /**
   * One neuron's rescaling direction.
   *
   * @param neuron neuron index i
   * @param direction unit t&#770;<sub>i</sub> in the flat network layout
   * @param hessianResidual &Vert;H t&#770;<sub>i</sub>&Vert;<sub>2</sub>
   * @param outsideNullSpace &Vert;t&#770;<sub>i</sub> &minus; NN<sup>T</sup>t&#770;<sub>i</sub>&Vert;, its
   *     distance from the numerical null space spanned by the eigenvectors N
   */
  public record RescalingDirection(int neuron, double[] direction, double hessianResidual,
      double outsideNullSpace) {

    /** Copies. */
    public RescalingDirection {
      direction = direction.clone();
    }

    @Override
    public double[] direction() {
      return direction.clone();
    }
  }

  /**
   * Labels the null space of {@code spectrum}, which must be the spectrum (with eigenvectors) of
   * {@code point}'s Hessian.
   *
   * <p>The projections are dense products through the selected eigen backend (BLAS 3 on the native
   * one, docs/linalg.md (LA8)); the rescaling directions are sparse (three entries each), so their
   * dot products with the null basis N and their removal from it are gathers and scatters. With the
   * labelled directions T (rows): C = T N<sup>T</sup>, outsideNullSpace<sub>i</sub> = &Vert;row i of
   * T &minus; C N&Vert;, the projected basis M = N &minus; C<sup>T</sup>T, its Gram matrix
   * G = M M<sup>T</sup> = Y S Y<sup>T</sup>, and the other directions are the rows of
   * S<sup>&minus;1/2</sup>Y<sup>T</sup>M for the eigenvalues s &gt; 1/2 (1 for the part of N
   * orthogonal to T, about 0 for the labelled directions), in descending order of s.
   */
  public static NullDirections of(CurvaturePoint point, Spectrum spectrum) {
    if (!spectrum.hasVectors()) {
      throw new IllegalArgumentException("spectrum must include eigenvectors");
    }
    if (spectrum.dimension() != point.dimension()) {
      throw new IllegalArgumentException("spectrum has dimension " + spectrum.dimension()
          + " but the point has " + point.dimension() + " parameters");
    }
    int dim = spectrum.dimension();
    int[] zero = spectrum.zeroIndices();
    int z = zero.length;
    double[] basis = new double[z * dim];
    for (int k = 0; k < z; k++) {
      System.arraycopy(spectrum.eigenvector(zero[k]), 0, basis, k * dim, dim);
    }
    double tol = spectrum.tolerance();
    List<double[]> dirs = new ArrayList<>();
    List<Integer> neurons = new ArrayList<>();
    List<Double> residuals = new ArrayList<>();
    if (point.coordinates() == Coordinates.NETWORK) {
      double[][] t = point.rescalingDirections();
      SymmetricOperator hess = point.hessianOperator();
      for (int i = 0; i < t.length; i++) {
        if (Vectors.norm(t[i]) == 0) {
          continue;
        }
        double residual = Vectors.norm(hess.apply(t[i]));
        if (residual <= tol) {
          dirs.add(t[i]);
          neurons.add(i);
          residuals.add(residual);
        }
      }
    }
    int m = dirs.size();
    int[][] support = new int[m][];
    for (int i = 0; i < m; i++) {
      support[i] = nonZeros(dirs.get(i));
    }
    // C = T N^T (m x z), by gathers over each direction's few entries
    double[] c = new double[m * z];
    for (int i = 0; i < m; i++) {
      double[] t = dirs.get(i);
      for (int k = 0; k < z; k++) {
        double s = 0;
        for (int j : support[i]) {
          s += t[j] * basis[k * dim + j];
        }
        c[i * z + k] = s;
      }
    }
    EigenBackend backend = EigenBackends.selected();
    double[] cn = backend.product(false, false, m, dim, z, c, basis);
    List<RescalingDirection> labelled = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      double[] t = dirs.get(i);
      double ss = 0;
      for (int j = 0; j < dim; j++) {
        double r = t[j] - cn[i * dim + j];
        ss += r * r;
      }
      labelled.add(new RescalingDirection(neurons.get(i), t, residuals.get(i), Math.sqrt(ss)));
    }
    if (z == 0) {
      return new NullDirections(labelled, new double[0][], 0, tol);
    }
    // M = N - C^T T, by scatters
    double[] proj = basis.clone();
    for (int i = 0; i < m; i++) {
      double[] t = dirs.get(i);
      for (int k = 0; k < z; k++) {
        double f = c[i * z + k];
        for (int j : support[i]) {
          proj[k * dim + j] -= f * t[j];
        }
      }
    }
    double[] g = backend.product(false, true, z, z, dim, proj, proj);
    double[][] gram = new double[z][z];
    for (int a = 0; a < z; a++) {
      for (int b = 0; b <= a; b++) {
        double x = g[a * z + b];
        gram[a][b] = x;
        gram[b][a] = x;
      }
    }
    SymmetricEigen e = SymmetricEigen.fullUnchecked(gram);
    double[] values = e.eigenvalues();
    double[][] vectors = e.eigenvectors();
    // singular values of the projected basis are 1 (kept) or ~0 (a labelled direction removed)
    int kept = 0;
    for (int k = z - 1; k >= 0 && values[k] > 0.5; k--) {
      kept++;
    }
    double[] w = new double[kept * z];
    for (int r = 0; r < kept; r++) {
      int k = z - 1 - r;
      double f = 1.0 / Math.sqrt(values[k]);
      for (int a = 0; a < z; a++) {
        w[r * z + a] = f * vectors[k][a];
      }
    }
    double[] other = backend.product(false, false, kept, dim, z, w, proj);
    double[][] rows = new double[kept][];
    for (int r = 0; r < kept; r++) {
      rows[r] = Arrays.copyOfRange(other, r * dim, (r + 1) * dim);
    }
    return new NullDirections(labelled, rows, z, tol);
  }

  private static int[] nonZeros(double[] v) {
    int count = 0;
    for (double x : v) {
      if (x != 0) {
        count++;
      }
    }
    int[] out = new int[count];
    for (int j = 0, c = 0; j < v.length; j++) {
      if (v[j] != 0) {
        out[c++] = j;
      }
    }
    return out;
  }
}
