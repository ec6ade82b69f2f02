package org.knotwork.isometry.manifold;

/**
 * A matrix manifold embedded in R<sup>n&times;p</sup> with the Euclidean metric (docs/isometry.md (I19)):
 * the tangent projection (which turns a Euclidean gradient into the Riemannian one), a retraction,
 * transport of a tangent vector to a new point (by projection), and the inner products the
 * Riemannian Adam uses for its second moment.
 */
public interface Manifold {

  /** Rows n. */
  int rows();

  /** Columns p. */
  int cols();

  /** The orthogonal projection of an ambient matrix g onto the tangent space at w. */
  double[] project(double[] w, double[] g);

  /** The retraction R<sub>w</sub>(&xi;) of a tangent vector &xi; at w. */
  double[] retract(double[] w, double[] xi);

  /** Transport of a tangent vector at the old point to the tangent space at {@code to}: projection. */
  default double[] transport(double[] to, double[] xi) {
    return project(to, xi);
  }

  /**
   * True when the Riemannian Adam keeps one second moment per entry (the flat case, where it is
   * exactly Adam); false for one scalar per matrix (the squared norm of the gradient).
   */
  default boolean elementwiseSecondMoment() {
    return false;
  }

  /** R<sup>n&times;p</sup> itself: project is the identity, retract w + &xi;: the flat case. */
  static Manifold euclidean(int rows, int cols) {
    return new Manifold() {
      @Override
      public int rows() {
        return rows;
      }

      @Override
      public int cols() {
        return cols;
      }

      @Override
      public double[] project(double[] w, double[] g) {
        return g.clone();
      }

      @Override
      public double[] retract(double[] w, double[] xi) {
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
          out[i] = w[i] + xi[i];
        }
        return out;
      }

      @Override
      public double[] transport(double[] to, double[] xi) {
        return xi.clone();
      }

      @Override
      public boolean elementwiseSecondMoment() {
        return true;
      }
    };
  }
}
