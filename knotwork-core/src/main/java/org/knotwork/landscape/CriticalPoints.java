package org.knotwork.landscape;

import org.knotwork.common.math.Vectors;
import java.util.ArrayList;
import java.util.List;
import org.knotwork.curvature.CurvaturePoint;
import org.knotwork.curvature.Spectrum;
import org.knotwork.curvature.ZeroTolerance;
import org.knotwork.data.Dataset;
import org.knotwork.loss.ActiveSideMoments;
import org.knotwork.loss.KnotContact;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;

/**
 * Classifies a point of the loss surface from the active-side moments (S6) by the critical-point
 * conditions S15 and the classification theorem S16, and cross-checks the verdict with the exact
 * Hessian:
 * <ol>
 *   <li>a knot on a data point: {@link CriticalPointType#TRAPPED_KNOT} if every such knot is trapped
 *       there and the rest of the gradient vanishes, else {@link CriticalPointType#NONSMOOTH};</li>
 *   <li>&Vert;&nabla;L&Vert; above tolerance: {@link CriticalPointType#NOT_CRITICAL};</li>
 *   <li>a silent neuron (&mu;<sub>i</sub> = 0, active data) with S<sub>i</sub> &ne; 0:
 *       {@link CriticalPointType#STRICT_SADDLE}, with its escape direction;</li>
 *   <li>otherwise every S<sub>i</sub> vanishes and S16 makes the point a local minimum:
 *       {@link CriticalPointType#MINIMUM} if the spline-coordinate Hessian has no zero eigenvalue,
 *       else {@link CriticalPointType#DEGENERATE_MINIMUM}.</li>
 * </ol>
 */
public final class CriticalPoints {
  private CriticalPoints() {}

  /** Classifies a network; the network-coordinate spectrum is included in the report. */
  public static CriticalPointReport classify(SweepLoss loss, NetworkParams p,
      ClassificationTolerances tol) {
    return classify(loss, p.toSpline(), p, tol);
  }

  /** Classifies a point in spline coordinates (orientations fixed). */
  public static CriticalPointReport classify(SweepLoss loss, SplineParams p,
      ClassificationTolerances tol) {
    return classify(loss, p, null, tol);
  }

  private static CriticalPointReport classify(SweepLoss loss, SplineParams p, NetworkParams net,
      ClassificationTolerances tol) {
    CurvaturePoint point = CurvaturePoint.spline(loss, p);
    ActiveSideMoments m = loss.activeSideMoments(p);
    double[] r = loss.residuals(p);
    double mass = 0;
    for (double x : r) {
      mass += Math.abs(x);
    }
    double muMax = 0;
    for (int i = 0; i < p.width(); i++) {
      muMax = Math.max(muMax, Math.abs(p.mu(i)));
    }
    List<NeuronReport> neurons = new ArrayList<>();
    for (int i = 0; i < p.width(); i++) {
      NeuronState state;
      if (p.orientation(i) == 0) {
        state = NeuronState.KNOTLESS;
      } else if (m.activeCount(i) == 0) {
        state = NeuronState.DEAD;
      } else if (Math.abs(p.mu(i)) <= tol.silent() * muMax) {
        state = NeuronState.SILENT;
      } else {
        state = NeuronState.ALIVE;
      }
      neurons.add(new NeuronReport(i, p.orientation(i), p.beta(i), p.mu(i), m.s(i), m.x(i),
          m.d(i), m.activeCount(i), state));
    }
    Dataset data = loss.data();
    List<KnotContact> near = loss.contacts(p, tol.contact() * (data.xMax() - data.xMin()));
    double[] g = point.gradient();
    List<KnotAtData> contacts = new ArrayList<>();
    for (KnotContact c : near) {
      contacts.add(oneSided(loss, p, c, tol.gradient()));
      g[c.neuron()] = 0.0;
    }
    double gnorm = Vectors.sqrtSumOfSquares(g);
    boolean critical = gnorm <= tol.gradient();
    ZeroTolerance zt = critical ? ZeroTolerance.nearCritical(gnorm) : ZeroTolerance.scaleAware();
    double[][] hess = point.hessian();
    Spectrum spline = Spectrum.of(hess, true, zt);
    Spectrum network = net == null ? null
        : CurvaturePoint.network(loss, net).spectrum(false, zt);
    List<EscapeDirection> escapes = new ArrayList<>();
    for (NeuronReport n : neurons) {
      if (n.state() == NeuronState.SILENT && Math.abs(n.s()) > tol.moment() * mass) {
        escapes.add(escape(hess, p.width(), n.index()));
      }
    }
    CriticalPointType type;
    if (!contacts.isEmpty()) {
      boolean trapped = contacts.stream().allMatch(KnotAtData::trapped);
      type = trapped && critical ? CriticalPointType.TRAPPED_KNOT : CriticalPointType.NONSMOOTH;
    } else if (!critical) {
      type = CriticalPointType.NOT_CRITICAL;
    } else if (!escapes.isEmpty()) {
      type = CriticalPointType.STRICT_SADDLE;
    } else if (spline.inertia().zero() == 0) {
      type = CriticalPointType.MINIMUM;
    } else {
      type = CriticalPointType.DEGENERATE_MINIMUM;
    }
    boolean agrees = switch (type) {
      case MINIMUM, DEGENERATE_MINIMUM -> spline.inertia().negative() == 0;
      case STRICT_SADDLE -> spline.inertia().negative() >= 1;
      default -> true;
    };
    return new CriticalPointReport(type, point.value(), gnorm, mass, neurons, contacts, spline,
        network, escapes, agrees, tol);
  }

  /**
   * The one-sided derivatives of L in the position of the contact's knot, with the knot placed exactly
   * on the data point. With relu'(0) = 0 the core evaluates, at &beta; = x<sub>k</sub>, the branch on
   * which x<sub>k</sub> is inactive: &beta; &gt; x<sub>k</sub> for a right-facing knot, &beta; &lt;
   * x<sub>k</sub> for a left-facing one; the other branch is evaluated one ulp away.
   */
  static KnotAtData oneSided(SweepLoss loss, SplineParams p, KnotContact c, double tol) {
    int i = c.neuron();
    double xk = loss.data().x(c.dataIndex());
    boolean right = p.orientation(i) > 0;
    double here = derivative(loss, p, i, xk);
    double there = derivative(loss, p, i, right ? Math.nextDown(xk) : Math.nextUp(xk));
    double left = right ? there : here;
    double rightD = right ? here : there;
    return new KnotAtData(i, c.dataIndex(), xk, c.distance(), left, rightD,
        left <= tol && rightD >= -tol);
  }

  private static double derivative(SweepLoss loss, SplineParams p, int i, double beta) {
    double[] b = p.beta();
    b[i] = beta;
    return loss.gradient(new SplineParams(b, p.mu(), p.orientation(), p.c()))[i];
  }


  /**
   * The negative eigenvector of the Hessian's (&beta;<sub>i</sub>, &mu;<sub>i</sub>) block [[0, b], [b, a]],
   * embedded in the full space: &lambda; = (a &minus; &radic;(a<sup>2</sup> + 4b<sup>2</sup>))/2, and from the
   * first row &minus;&lambda;e<sub>1</sub> + b e<sub>2</sub> = 0 the direction e &prop; (b, &lambda;).
   */
  static EscapeDirection escape(double[][] hess, int h, int i) {
    double a = hess[h + i][h + i];
    double b = hess[i][h + i];
    double lambda = 0.5 * (a - Math.hypot(a, 2 * b));
    double e1 = b;
    double e2 = lambda;
    double norm = Math.hypot(e1, e2);
    double[] dir = new double[hess.length];
    dir[i] = e1 / norm;
    dir[h + i] = e2 / norm;
    return new EscapeDirection(i, lambda, dir);
  }
}
