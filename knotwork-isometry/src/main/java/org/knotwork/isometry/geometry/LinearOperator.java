package org.knotwork.isometry.geometry;

/** A symmetric linear map given by its action on vectors. */
public interface LinearOperator {
  /** The dimension of the space. */
  int dimension();

  /** A&middot;v (a new array). */
  double[] apply(double[] v);

  /** The operator of a dense symmetric matrix. */
  static LinearOperator of(double[][] a) {
    return new LinearOperator() {
      @Override
      public int dimension() {
        return a.length;
      }

      @Override
      public double[] apply(double[] v) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
          double s = 0;
          double[] row = a[i];
          for (int j = 0; j < v.length; j++) {
            s += row[j] * v[j];
          }
          out[i] = s;
        }
        return out;
      }
    };
  }
}
