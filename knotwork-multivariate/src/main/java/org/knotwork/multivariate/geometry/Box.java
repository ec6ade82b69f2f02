package org.knotwork.multivariate.geometry;

import org.knotwork.common.io.InputException;

/**
 * An axis-aligned box [xMin, xMax] &times; [yMin, yMax] in the plane: the bounded domain D over
 * which arrangements are computed (docs/multivariate-deep.md §3).
 *
 * @param xMin left edge
 * @param xMax right edge, &gt; xMin
 * @param yMin bottom edge
 * @param yMax top edge, &gt; yMin
 */
public record Box(double xMin, double xMax, double yMin, double yMax) {

  /** Validates. */
  public Box {
    if (!Double.isFinite(xMin) || !Double.isFinite(xMax) || !(xMax > xMin)) {
      throw new InputException("box needs finite xMin < xMax, got [" + xMin + ", " + xMax + "]");
    }
    if (!Double.isFinite(yMin) || !Double.isFinite(yMax) || !(yMax > yMin)) {
      throw new InputException("box needs finite yMin < yMax, got [" + yMin + ", " + yMax + "]");
    }
  }

  /** The square [&minus;r, r]<sup>2</sup>. */
  public static Box square(double r) {
    return new Box(-r, r, -r, r);
  }

  /** Width times height. */
  public double area() {
    return (xMax - xMin) * (yMax - yMin);
  }

  /** The box as a counter-clockwise polygon. */
  public ConvexPolygon polygon() {
    return new ConvexPolygon(new double[] {xMin, xMax, xMax, xMin},
        new double[] {yMin, yMin, yMax, yMax});
  }

  /** Whether (x, y) lies in the open box. */
  public boolean containsStrictly(double x, double y) {
    return x > xMin && x < xMax && y > yMin && y < yMax;
  }

  /**
   * The support value h(n) = max<sub>x &isin; box</sub> n&middot;x; the line n&middot;x = &beta;
   * meets the open box iff &minus;h(&minus;n) &lt; &beta; &lt; h(n) (M3).
   */
  public double support(double n1, double n2) {
    return Math.max(n1 * xMin, n1 * xMax) + Math.max(n2 * yMin, n2 * yMax);
  }

  /**
   * The chord of the line n&middot;x = &beta; inside the box, as {x0, y0, x1, y1}, or null when
   * the line misses the open box.
   */
  public double[] chord(double n1, double n2, double beta) {
    if (!(beta < support(n1, n2) && beta > -support(-n1, -n2))) {
      return null;
    }
    ConvexPolygon[] parts = polygon().split(n1, n2, -beta, 0.0);
    if (parts[0] == null || parts[1] == null) {
      return null;
    }
    // the vertices the two sides share (the same doubles in both) are the chord's ends
    ConvexPolygon p = parts[0];
    ConvexPolygon q = parts[1];
    double[] out = new double[4];
    int found = 0;
    for (int k = 0; k < p.size() && found < 2; k++) {
      for (int j = 0; j < q.size(); j++) {
        if (p.x(k) == q.x(j) && p.y(k) == q.y(j)) {
          out[2 * found] = p.x(k);
          out[2 * found + 1] = p.y(k);
          found++;
          break;
        }
      }
    }
    return found == 2 ? out : null;
  }
}
