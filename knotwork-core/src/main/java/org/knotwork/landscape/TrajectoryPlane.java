package org.knotwork.landscape;

import org.knotwork.common.math.Vectors;
import java.util.List;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.loss.ShallowObjective;

/**
 * The principal-component plane of a training trajectory, with the trajectory projected onto it,
 * both computed from the same reference point (Li et al., NeurIPS 2018, &sect;7; the mismatch reported
 * in tomgoldstein/loss-landscape#1 comes from using different reference points for the two).
 *
 * <p>With rows m<sub>t</sub> = &theta;<sub>t</sub> &minus; &theta;<sub>ref</sub>, the directions
 * d<sub>1</sub>, d<sub>2</sub> are the top two right singular vectors of the T&times;P matrix M
 * (uncentred: the plane passes through &theta;<sub>ref</sub>), computed from the eigen-decomposition of
 * the smaller of MM<sup>T</sup> and M<sup>T</sup>M. The trajectory's coordinates are
 * (d<sub>1</sub>&middot;m<sub>t</sub>, d<sub>2</sub>&middot;m<sub>t</sub>), and {@code offPlane} is each
 * point's distance from the plane, so a reader can see how faithful the picture is; a point with
 * offPlane 0 has exactly the loss the plane shows at its coordinates. Each direction's sign is fixed
 * so that its largest-magnitude entry is positive.
 *
 * @param reference &theta;<sub>ref</sub>, the origin of the plane
 * @param d1 first unit direction
 * @param d2 second unit direction (orthogonal to d1; zero if the trajectory is a line)
 * @param coordinates coordinates[t] = the projection of point t
 * @param offPlane distance of point t from the plane
 * @param explained fraction of &Sigma;&Vert;m<sub>t</sub>&Vert;<sup>2</sup> captured by d1 and by d2
 */
public record TrajectoryPlane(double[] reference, double[] d1, double[] d2,
    double[][] coordinates, double[] offPlane, double[] explained) {

  /** Copies. */
  public TrajectoryPlane {
    reference = reference.clone();
    d1 = d1.clone();
    d2 = d2.clone();
    double[][] c = new double[coordinates.length][];
    for (int i = 0; i < c.length; i++) {
      c[i] = coordinates[i].clone();
    }
    coordinates = c;
    offPlane = offPlane.clone();
    explained = explained.clone();
  }

  @Override
  public double[] reference() {
    return reference.clone();
  }

  @Override
  public double[] d1() {
    return d1.clone();
  }

  @Override
  public double[] d2() {
    return d2.clone();
  }

  @Override
  public double[][] coordinates() {
    double[][] c = new double[coordinates.length][];
    for (int i = 0; i < c.length; i++) {
      c[i] = coordinates[i].clone();
    }
    return c;
  }

  @Override
  public double[] offPlane() {
    return offPlane.clone();
  }

  @Override
  public double[] explained() {
    return explained.clone();
  }

  /**
   * The plane of {@code trajectory} about {@code reference} (typically the last point).
   *
   * @param trajectory at least 2 points of equal length
   */
  public static TrajectoryPlane of(List<double[]> trajectory, double[] reference) {
    if (trajectory == null || trajectory.size() < 2) {
      throw new IllegalArgumentException("a trajectory needs at least 2 points");
    }
    int p = reference.length;
    int tn = trajectory.size();
    double[][] m = new double[tn][p];
    double total = 0;
    for (int t = 0; t < tn; t++) {
      double[] theta = trajectory.get(t);
      if (theta.length != p) {
        throw new IllegalArgumentException("trajectory point " + t + " has length "
            + theta.length + ", the reference has " + p);
      }
      for (int i = 0; i < p; i++) {
        m[t][i] = theta[i] - reference[i];
        total += m[t][i] * m[t][i];
      }
    }
    if (total == 0) {
      throw new IllegalArgumentException("every trajectory point equals the reference");
    }
    double[][] dirs = topRightSingularVectors(m, p);
    double[][] coords = new double[tn][2];
    double[] off = new double[tn];
    double[] captured = new double[2];
    for (int t = 0; t < tn; t++) {
      double a = Vectors.dot(dirs[0], m[t]);
      double b = Vectors.dot(dirs[1], m[t]);
      coords[t][0] = a;
      coords[t][1] = b;
      captured[0] += a * a;
      captured[1] += b * b;
      double rest = 0;
      for (int i = 0; i < p; i++) {
        double r = m[t][i] - a * dirs[0][i] - b * dirs[1][i];
        rest += r * r;
      }
      off[t] = Math.sqrt(rest);
    }
    return new TrajectoryPlane(reference, dirs[0], dirs[1], coords, off,
        new double[] {captured[0] / total, captured[1] / total});
  }

  /** The loss on the plane: L(&theta;<sub>ref</sub> + s&middot;d<sub>1</sub> + t&middot;d<sub>2</sub>). */
  public Slice2D slice(ShallowObjective objective, double[] s, double[] t) {
    return LossSlices.plane(objective, reference, d1, d2, s, t);
  }

  private static double[][] topRightSingularVectors(double[][] m, int p) {
    int tn = m.length;
    double[][] out = new double[2][p];
    if (tn <= p) {
      double[][] g = new double[tn][tn];
      for (int a = 0; a < tn; a++) {
        for (int b = 0; b <= a; b++) {
          double v = Vectors.dot(m[a], m[b]);
          g[a][b] = v;
          g[b][a] = v;
        }
      }
      SymmetricEigen e = SymmetricEigen.full(g);
      double[] lam = e.eigenvalues();
      double[][] u = e.eigenvectors();
      for (int k = 0; k < 2; k++) {
        int idx = tn - 1 - k;
        if (idx < 0 || !(lam[idx] > 1e-12 * lam[tn - 1])) {
          continue;
        }
        for (int t = 0; t < tn; t++) {
          for (int i = 0; i < p; i++) {
            out[k][i] += u[idx][t] * m[t][i];
          }
        }
        normalize(out[k]);
      }
    } else {
      double[][] g = new double[p][p];
      for (double[] row : m) {
        for (int a = 0; a < p; a++) {
          for (int b = 0; b <= a; b++) {
            g[a][b] += row[a] * row[b];
          }
        }
      }
      for (int a = 0; a < p; a++) {
        for (int b = 0; b < a; b++) {
          g[b][a] = g[a][b];
        }
      }
      SymmetricEigen e = SymmetricEigen.full(g);
      double[] lam = e.eigenvalues();
      double[][] v = e.eigenvectors();
      for (int k = 0; k < Math.min(2, p); k++) {
        int idx = p - 1 - k;
        if (lam[idx] > 1e-12 * lam[p - 1]) {
          out[k] = v[idx].clone();
        }
      }
    }
    // second direction exactly orthogonal to the first, then the sign convention
    double c = Vectors.dot(out[0], out[1]);
    for (int i = 0; i < p; i++) {
      out[1][i] -= c * out[0][i];
    }
    normalize(out[1]);
    fixSign(out[0]);
    fixSign(out[1]);
    return out;
  }

  private static void normalize(double[] v) {
    double n = Math.sqrt(Vectors.dot(v, v));
    if (n > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] /= n;
      }
    }
  }

  private static void fixSign(double[] v) {
    int arg = 0;
    for (int i = 1; i < v.length; i++) {
      if (Math.abs(v[i]) > Math.abs(v[arg])) {
        arg = i;
      }
    }
    if (v[arg] < 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] = -v[i];
      }
    }
  }

}
