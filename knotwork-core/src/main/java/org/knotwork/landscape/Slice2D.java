package org.knotwork.landscape;

/**
 * The loss on a two-parameter grid &theta;(s, t).
 *
 * @param s first-axis values
 * @param t second-axis values
 * @param loss loss[i][j] = L(&theta;(s<sub>i</sub>, t<sub>j</sub>))
 */
public record Slice2D(double[] s, double[] t, double[][] loss) {

  /** Validates the grid shape and copies. */
  public Slice2D {
    if (loss.length != s.length) {
      throw new IllegalArgumentException("loss has " + loss.length + " rows but s has "
          + s.length + " values");
    }
    double[][] copy = new double[loss.length][];
    for (int i = 0; i < loss.length; i++) {
      if (loss[i].length != t.length) {
        throw new IllegalArgumentException("loss row " + i + " has " + loss[i].length
            + " entries but t has " + t.length + " values");
      }
      copy[i] = loss[i].clone();
    }
    s = s.clone();
    t = t.clone();
    loss = copy;
  }

  @Override
  public double[] s() {
    return s.clone();
  }

  @Override
  public double[] t() {
    return t.clone();
  }

  @Override
  public double[][] loss() {
    double[][] copy = new double[loss.length][];
    for (int i = 0; i < loss.length; i++) {
      copy[i] = loss[i].clone();
    }
    return copy;
  }

  /** L at grid node (i, j). */
  public double loss(int i, int j) {
    return loss[i][j];
  }
}
