package org.knotwork.curvature;

import org.knotwork.common.math.Vectors;
import org.knotwork.data.Dataset;
import org.knotwork.loss.ActiveSideMoments;
import org.knotwork.loss.JacobianOperator;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;

/**
 * The curvature of the loss at one parameter point in one coordinate system: the exact dense Hessian
 * (S17, S18), its matrix-free product, its Gauss&ndash;Newton and residual parts, the Jacobian and the
 * empirical tangent kernel, the active-side moments (S6) and, in network coordinates, the rescaling
 * directions. Everything is computed on demand through the core's sweep engine. Immutable.
 *
 * <p>Parameter layouts are those of {@link Coordinates}. In spline coordinates the orientations are
 * held fixed.
 */
public final class CurvaturePoint {
  private final SweepLoss loss;
  private final NetworkParams network;
  private final SplineParams spline;

  private CurvaturePoint(SweepLoss loss, NetworkParams network, SplineParams spline) {
    if (loss == null) {
      throw new IllegalArgumentException("loss is required");
    }
    this.loss = loss;
    this.network = network;
    this.spline = spline;
  }

  /** The point {@code p} in network coordinates (w, b, v, c). */
  public static CurvaturePoint network(SweepLoss loss, NetworkParams p) {
    if (p == null) {
      throw new IllegalArgumentException("network parameters are required");
    }
    return new CurvaturePoint(loss, p, null);
  }

  /** The point {@code p} in spline coordinates (&beta;, &mu;, c). */
  public static CurvaturePoint spline(SweepLoss loss, SplineParams p) {
    if (p == null) {
      throw new IllegalArgumentException("spline parameters are required");
    }
    return new CurvaturePoint(loss, null, p);
  }

  /** The point for a network in the requested coordinates (spline: {@link NetworkParams#toSpline}). */
  public static CurvaturePoint of(SweepLoss loss, NetworkParams p, Coordinates coords) {
    return coords == Coordinates.NETWORK ? network(loss, p) : spline(loss, p.toSpline());
  }

  /** The loss. */
  public SweepLoss loss() {
    return loss;
  }

  /** The coordinate system. */
  public Coordinates coordinates() {
    return network != null ? Coordinates.NETWORK : Coordinates.SPLINE;
  }

  /** Network parameters, or null in spline coordinates. */
  public NetworkParams networkParams() {
    return network;
  }

  /** Spline parameters (in network coordinates: the network's {@link NetworkParams#toSpline}). */
  public SplineParams splineParams() {
    return spline != null ? spline : network.toSpline();
  }

  /** Width H. */
  public int width() {
    return network != null ? network.width() : spline.width();
  }

  /** Number of parameters P: 3H+1 or 2H+1. */
  public int dimension() {
    return coordinates().dimension(width());
  }

  /** The flat parameter vector. */
  public double[] parameters() {
    return network != null ? network.toVector() : spline.toVector();
  }

  /** The loss weight w (L = w&middot;&frac12;&Sigma;r<sup>2</sup>). */
  public double weight() {
    return loss.normalization().weight(loss.data().size());
  }

  /** L at the point. */
  public double value() {
    return network != null ? loss.loss(network) : loss.loss(spline);
  }

  /** &nabla;L (S7 or S8). */
  public double[] gradient() {
    return network != null ? loss.gradient(network) : loss.gradient(spline);
  }

  /** &Vert;&nabla;L&Vert;<sub>2</sub>. */
  public double gradientNorm() {
    return Vectors.norm(gradient());
  }

  /** The exact dense Hessian (S17 or S18). */
  public double[][] hessian() {
    return network != null ? loss.hessian(network) : loss.hessian(spline);
  }

  /** The Hessian as a matrix-free operator, O(N + H) per product. */
  public SymmetricOperator hessianOperator() {
    return SymmetricOperator.of(
        network != null ? loss.hessianOperator(network) : loss.hessianOperator(spline));
  }

  /** The Jacobian of the outputs on the data, matrix-free. */
  public JacobianOperator jacobian() {
    return network != null ? loss.jacobianOperator(network) : loss.jacobianOperator(spline);
  }

  /** The active-side moments S, X, D (S6), with this coordinate system's activation test. */
  public ActiveSideMoments moments() {
    return network != null ? loss.activeSideMoments(network) : loss.activeSideMoments(spline);
  }

  /**
   * The Gauss&ndash;Newton part w&middot;J<sup>T</sup>J of the Hessian, dense. It is computed as the exact
   * Hessian of the same loss with the targets replaced by the network's own outputs, where every
   * residual vanishes and only J<sup>T</sup>J remains (S19); cost O(N log N + H<sup>2</sup>).
   */
  public double[][] gaussNewton() {
    Dataset data = loss.data();
    double[] own = network != null ? loss.predict(network) : loss.predict(spline);
    SweepLoss interpolated = SweepLoss.of(new Dataset(data.x(), own), loss.normalization());
    return network != null ? interpolated.hessian(network) : interpolated.hessian(spline);
  }

  /**
   * The residual part w&middot;&Sigma;<sub>n</sub>r<sub>n</sub>&nabla;<sup>2</sup>f(x<sub>n</sub>) of the
   * Hessian, dense, from the active-side moments: in network coordinates the entries
   * (v<sub>i</sub>, w<sub>i</sub>) = w&middot;X<sub>i</sub> and (v<sub>i</sub>, b<sub>i</sub>) =
   * w&middot;S<sub>i</sub> (S17), in spline coordinates (&beta;<sub>i</sub>, &mu;<sub>i</sub>) =
   * &minus;w&middot;s<sub>i</sub>S<sub>i</sub> (S18), and zero elsewhere.
   */
  public double[][] residualTerm() {
    ActiveSideMoments m = moments();
    int h = width();
    int dim = dimension();
    double w = weight();
    double[][] r = new double[dim][dim];
    for (int i = 0; i < h; i++) {
      if (network != null) {
        r[2 * h + i][i] = w * m.x(i);
        r[i][2 * h + i] = w * m.x(i);
        r[2 * h + i][h + i] = w * m.s(i);
        r[h + i][2 * h + i] = w * m.s(i);
      } else {
        double v = -w * spline.orientation(i) * m.s(i);
        r[i][h + i] = v;
        r[h + i][i] = v;
      }
    }
    return r;
  }

  /** The empirical tangent kernel J J<sup>T</sup> (N&times;N, data order, without the weight w). */
  public double[][] tangentKernel() {
    return jacobian().tangentKernel();
  }

  /**
   * The unit rescaling directions t&#770;<sub>i</sub> &prop; (w<sub>i</sub>, b<sub>i</sub>,
   * &minus;v<sub>i</sub>) of every neuron in network coordinates: the tangent of the orbit
   * (aw<sub>i</sub>, ab<sub>i</sub>, v<sub>i</sub>/a) at a = 1, along which f and L are constant. Row i
   * is neuron i's direction (all zero if w<sub>i</sub> = b<sub>i</sub> = v<sub>i</sub> = 0).
   *
   * @throws IllegalStateException in spline coordinates, where the symmetry is quotiented out
   */
  public double[][] rescalingDirections() {
    if (network == null) {
      throw new IllegalStateException(
          "spline coordinates have no rescaling directions: the symmetry is quotiented out (S2)");
    }
    int h = width();
    double[][] t = new double[h][dimension()];
    for (int i = 0; i < h; i++) {
      double a = network.w(i);
      double b = network.b(i);
      double c = -network.v(i);
      double norm = Math.sqrt(a * a + b * b + c * c);
      if (norm > 0) {
        t[i][i] = a / norm;
        t[i][h + i] = b / norm;
        t[i][2 * h + i] = c / norm;
      }
    }
    return t;
  }

  /** The exact spectrum of the dense Hessian. */
  public Spectrum spectrum(boolean vectors, ZeroTolerance tolerance) {
    return Spectrum.of(hessian(), vectors, tolerance);
  }
}
