package org.knotwork.regime;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.interpolation.LinearInterpolator;
import org.hipparchus.analysis.interpolation.SplineInterpolator;
import org.hipparchus.analysis.polynomials.PolynomialFunction;
import org.hipparchus.analysis.polynomials.PolynomialSplineFunction;
import org.knotwork.data.Dataset;

/**
 * A named reference interpolant of a data set, defined on the whole line: inside the data hull it is
 * the interpolant, outside it continues affinely with its end slope (which is exactly how a natural
 * cubic spline, with zero second derivative at the ends, and a linear interpolant continue).
 *
 * <p>Points with equal x are merged into one point at the mean of their y (the least-squares
 * compromise, since no interpolant exists there).
 */
public final class Interpolant implements DoubleUnaryOperator {

  /** The kinds of reference interpolant. */
  public enum Kind {
    /**
     * The natural cubic spline interpolant: C<sup>2</sup>, piecewise cubic with knots at the data,
     * f'' = 0 at the ends; it minimises &int;f''<sup>2</sup> among interpolants. The kernel regime's
     * limit for a uniform knot density (S24).
     */
    NATURAL_CUBIC_SPLINE("natural-cubic-spline"),
    /**
     * The linear interpolant with knots at the data points: it minimises &int;|f''| among
     * interpolants whose slopes at the hull's ends are those of the end segments; the adaptive
     * regime's limit (notes &sect;6).
     */
    LINEAR_INTERPOLANT("linear-interpolant");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The name used in files and tables. */
    public String label() {
      return label;
    }
  }

  private final Kind kind;
  private final PolynomialSplineFunction f;
  private final double lo;
  private final double hi;
  private final double valueLo;
  private final double valueHi;
  private final double slopeLo;
  private final double slopeHi;
  private final double[] knots;
  private final double[] values;

  private Interpolant(Kind kind, double[] x, double[] y) {
    this.kind = kind;
    this.knots = x;
    this.values = y;
    lo = x[0];
    hi = x[x.length - 1];
    if (x.length == 1) {
      f = null;
      valueLo = valueHi = y[0];
      slopeLo = slopeHi = 0.0;
      return;
    }
    if (kind == Kind.NATURAL_CUBIC_SPLINE && x.length >= 3) {
      f = new SplineInterpolator().interpolate(x, y);
    } else {
      f = new LinearInterpolator().interpolate(x, y);
    }
    PolynomialFunction[] pieces = f.getPolynomials();
    valueLo = y[0];
    valueHi = y[y.length - 1];
    slopeLo = pieces[0].polynomialDerivative().value(0);
    PolynomialFunction last = pieces[pieces.length - 1];
    slopeHi = last.polynomialDerivative().value(hi - x[x.length - 2]);
  }

  /** The interpolant of the given kind through {@code data}. */
  public static Interpolant of(Kind kind, Dataset data) {
    double[][] merged = mergeDuplicates(data);
    return new Interpolant(kind, merged[0], merged[1]);
  }

  /** The natural cubic spline interpolant of {@code data}. */
  public static Interpolant naturalCubicSpline(Dataset data) {
    return of(Kind.NATURAL_CUBIC_SPLINE, data);
  }

  /** The linear interpolant of {@code data}. */
  public static Interpolant linear(Dataset data) {
    return of(Kind.LINEAR_INTERPOLANT, data);
  }

  /** Which interpolant this is. */
  public Kind kind() {
    return kind;
  }

  /** The distinct, sorted data abscissae it interpolates. */
  public double[] knots() {
    return knots.clone();
  }

  @Override
  public double applyAsDouble(double x) {
    if (f == null) {
      return valueLo;
    }
    if (x < lo) {
      return valueLo + slopeLo * (x - lo);
    }
    if (x > hi) {
      return valueHi + slopeHi * (x - hi);
    }
    return f.value(x);
  }

  /**
   * Total variation of the linear interpolant's slope inside the hull, &Sigma;<sub>k</sub>|slope
   * jump at interior data point k| &mdash; the least &int;|f''| over the hull of any interpolant
   * (Savarese et al. 2019), the target of &Sigma;|&mu;| in the adaptive regime (notes E9).
   */
  public static double linearTotalVariation(Dataset data) {
    double[][] m = mergeDuplicates(data);
    double[] x = m[0];
    double[] y = m[1];
    double tv = 0;
    for (int k = 1; k + 1 < x.length; k++) {
      double left = (y[k] - y[k - 1]) / (x[k] - x[k - 1]);
      double right = (y[k + 1] - y[k]) / (x[k + 1] - x[k]);
      tv += Math.abs(right - left);
    }
    return tv;
  }

  private static double[][] mergeDuplicates(Dataset data) {
    int n = data.size();
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (i, j) -> Double.compare(data.x(i), data.x(j)));
    double[] x = new double[n];
    double[] y = new double[n];
    int m = 0;
    for (int k = 0; k < n; ) {
      double xk = data.x(idx[k]);
      double sum = 0;
      int count = 0;
      while (k < n && data.x(idx[k]) == xk) {
        sum += data.y(idx[k]);
        count++;
        k++;
      }
      x[m] = xk;
      y[m] = sum / count;
      m++;
    }
    return new double[][] {Arrays.copyOf(x, m), Arrays.copyOf(y, m)};
  }

  @Override
  public String toString() {
    return kind.label() + " through " + knots.length + " points";
  }
}
