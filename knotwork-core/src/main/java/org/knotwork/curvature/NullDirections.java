package org.knotwork.curvature;

import org.knotwork.common.math.Vectors;
import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.linalg.SymmetricEigen;
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
   */
  public static NullDirections of(CurvaturePoint point, Spectrum spectrum) {
    if (!spectrum.hasVectors()) {
      throw new IllegalArgumentException("spectrum must include eigenvectors");
    }
    if (spectrum.dimension() != point.dimension()) {
      throw new IllegalArgumentException("spectrum has dimension " + spectrum.dimension()
          + " but the point has " + point.dimension() + " parameters");
    }
    int[] zero = spectrum.zeroIndices();
    double[][] basis = new double[zero.length][];
    for (int k = 0; k < zero.length; k++) {
      basis[k] = spectrum.eigenvector(zero[k]);
    }
    double tol = spectrum.tolerance();
    List<RescalingDirection> labelled = new ArrayList<>();
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
          labelled.add(new RescalingDirection(i, t[i], residual, Vectors.norm(rest)));
        }
      }
    }
    return new NullDirections(labelled, complement(basis, labelled), zero.length, tol);
  }

  /** Orthonormal basis of span(basis) with the labelled directions projected out. */
  private static double[][] complement(double[][] basis, List<RescalingDirection> labelled) {
    int z = basis.length;
    if (z == 0) {
      return new double[0][];
    }
    int dim = basis[0].length;
    double[][] projected = new double[z][];
    for (int k = 0; k < z; k++) {
      double[] m = basis[k].clone();
      for (RescalingDirection r : labelled) {
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
    double[] values = e.eigenvalues();
    double[][] vectors = e.eigenvectors();
    List<double[]> out = new ArrayList<>();
    for (int k = z - 1; k >= 0; k--) {
      double s2 = values[k];
      // singular values of the projected basis are 1 (kept) or ~0 (a labelled direction removed)
      if (s2 <= 0.5) {
        continue;
      }
      double[] y = vectors[k];
      double[] v = new double[dim];
      for (int a = 0; a < z; a++) {
        Vectors.axpy(y[a], projected[a], v);
      }
      Vectors.scale(1.0 / Math.sqrt(s2), v);
      out.add(v);
    }
    return out.toArray(new double[0][]);
  }
}
